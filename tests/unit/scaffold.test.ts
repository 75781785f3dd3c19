import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/checks/validate.ts';
import { COLLECTION_OF, idFromTitle, MARKED_FIELDS, scaffold, scaffoldTranslation, type Kind } from '../../src/checks/scaffold.ts';
import { toFiles, validContent } from '../helpers/content-fixtures.ts';

describe('scaffold', () => {
  it('names files from titles as ids', () => {
    expect(idFromTitle('Sheinbaum’s “red line”: no U.S. troops')).toBe('sheinbaums-red-line-no-u-s-troops');
    expect(idFromTitle('Omar García Harfuch')).toBe('omar-garcia-harfuch');
  });

  for (const kind of Object.keys(COLLECTION_OF) as Kind[]) {
    it(`writes a ${kind} that fails check:content only on the fields it marked`, () => {
      const file = `content/${COLLECTION_OF[kind]}/${idFromTitle('A new "entry": test')}.md`;
      const text = scaffold(kind, 'A new "entry": test', '2026-11-23');
      const report = validateFiles(toFiles({ ...validContent, [file]: text }));
      const failing = [...new Set(report.errors.map((e) => `${e.file} ${e.field}`))].sort();
      expect(failing).toEqual(MARKED_FIELDS[kind].map((field) => `${file} ${field}`).sort());
      for (const field of MARKED_FIELDS[kind]) expect(text).toMatch(new RegExp(`^${field}: .*# fill in`, 'm'));
    });

    it(`writes a ${kind} that passes once the marked fields are filled`, () => {
      const filled: Record<Kind, (t: string) => string> = {
        article: (t) => t.replace('summary: ""', 'summary: A dek.').replace('issues: []', 'issues: [fentanyl]'),
        actor: (t) => t.replace('kind: ""', 'kind: person').replace('role: ""', 'role: Adviser'),
        issue: (t) => t.replace('summary: ""', 'summary: A question.'),
        event: (t) => t.replace('date: ""', 'date: 2025-09').replace('sources: []', 'sources: [{ title: T, publisher: P }]'),
        commitment: (t) =>
          t
            .replace('made: ""', 'made: 2025-09')
            .replace('by: []', 'by: [claudia-sheinbaum]')
            .replace('issues: []', 'issues: [fentanyl]')
            .replace('sources: []', 'sources: [{ title: T, publisher: P }]')
            .replace('history: []', 'history: [{ date: 2025-09, status: not-started, note: Promised., sources: [{ title: T, publisher: P }] }]'),
      };
      const file = `content/${COLLECTION_OF[kind]}/new-entry.md`;
      const report = validateFiles(toFiles({ ...validContent, [file]: filled[kind](scaffold(kind, 'New entry', '2026-11-23')) }));
      expect(report.errors).toEqual([]);
    });
  }

  it('starts a translation from the English entry that fails only on its translated date, then passes', () => {
    const text = scaffoldTranslation('articles', validContent['content/articles/analysis.md']!);
    expect(text).toMatch(/^title: Analysis$/m);
    expect(text).toMatch(/^translated: "" # fill in/m);
    expect(text).not.toMatch(/^(issues|sources|published):/m);
    expect(text).toContain('Sheinbaum spoke.');
    // English words become our translation in the Spanish file (the words rule); Spanish speakers' stay for the translator.
    expect(text).toContain(':::quote{actor="claudia-sheinbaum" source="1" original="en" translator="ours"}');
    expect(scaffoldTranslation('articles', validContent['content/articles/analysis.md']!.replace('source="1"}', 'source="1" original="es"}'))).toContain('source="1" original="es"}');
    const file = 'content/es/articles/analysis.md';
    const failing = validateFiles(toFiles({ ...validContent, [file]: text })).errors.map((e) => `${e.file} ${e.field}`);
    expect(failing).toEqual([`${file} translated`]);
    const done = text.replace(/^translated: .*$/m, 'translated: 2025-09-05');
    expect(validateFiles(toFiles({ ...validContent, [file]: done })).errors).toEqual([]);
  });
});
