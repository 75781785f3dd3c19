import { describe, expect, it } from 'vitest';
import { formatProblem, suggestId, validateFiles } from '../../src/checks/validate.ts';
import { validContent, withChanges, toFiles } from '../helpers/content-fixtures.ts';

const article = validContent['content/articles/analysis.md']!;
const event = validContent['content/events/meeting.md']!;

function errorsFor(changes: Parameters<typeof withChanges>[0]) {
  return validateFiles(withChanges(changes)).errors.map(formatProblem);
}

describe('validateFiles on valid content', () => {
  it('accepts it with no errors and returns every entry with dates as written', () => {
    const report = validateFiles(toFiles(validContent));
    expect(report.errors).toEqual([]);
    expect(report.entries.map((e) => `${e.collection}/${e.id}`).sort()).toEqual([
      'actors/claudia-sheinbaum',
      'actors/government-of-mexico',
      'articles/analysis',
      'events/meeting',
      'issues/fentanyl',
    ]);
    expect(report.entries.find((e) => e.id === 'meeting')!.data.date).toBe('2025-09-03');
  });

  it('accepts every date form YAML allows, keeping the precision', () => {
    for (const [written, kept] of [['2025-09-03', '2025-09-03'], ['"2025-09"', '2025-09'], ['1944', '1944'], ["'1985'", '1985']]) {
      const report = validateFiles(withChanges({ 'content/events/meeting.md': event.replace('date: 2025-09-03', `date: ${written}`) }));
      expect(report.errors, written).toEqual([]);
      expect(report.entries.find((e) => e.id === 'meeting')!.data.date).toBe(kept);
    }
  });
});

describe('validateFiles refuses bad input with file, line and field', () => {
  it('malformed YAML', () => {
    expect(errorsFor({ 'content/events/meeting.md': event.replace('title: The meeting', 'title: [The meeting') })).toEqual([
      expect.stringMatching(/^content\/events\/meeting\.md:\d+ — \(file\) — the frontmatter is not valid YAML/),
    ]);
  });

  it('a missing required field', () => {
    expect(errorsFor({ 'content/events/meeting.md': event.replace('title: The meeting\n', '') })).toEqual([
      'content/events/meeting.md:2 — title — is required but missing — add a "title:" line to the frontmatter',
    ]);
  });

  it('a wrong type', () => {
    const errors = errorsFor({ 'content/articles/analysis.md': article.replace('issues: [fentanyl]', 'issues: fentanyl') });
    expect(errors).toEqual([expect.stringMatching(/^content\/articles\/analysis\.md:5 — issues — /)]);
  });

  it('an impossible date', () => {
    expect(errorsFor({ 'content/events/meeting.md': event.replace('date: 2025-09-03', 'date: 2025-13-45') })).toEqual([
      'content/events/meeting.md:3 — date — "2025-13-45" has no month 13: months run from 01 to 12',
    ]);
  });

  it('a day that does not exist, which YAML would silently roll over', () => {
    expect(errorsFor({ 'content/events/meeting.md': event.replace('date: 2025-09-03', 'date: 2025-02-30') })).toEqual([
      'content/events/meeting.md:3 — date — "2025-02-30" does not exist: 2025-02 has days 01 to 28',
    ]);
  });

  it('an end before its date', () => {
    expect(errorsFor({ 'content/events/meeting.md': event.replace('date: 2025-09-03', 'date: 2025-09-03\nend: 2025-08') })).toEqual([
      'content/events/meeting.md:4 — end — 2025-08 is before the date 2025-09-03 — the end of a span comes after its start: check both dates',
    ]);
  });

  it('an unknown id, suggesting the closest one', () => {
    expect(errorsFor({ 'content/articles/analysis.md': article.replace('actors: [claudia-sheinbaum]', 'actors: [claudia-sheinbaun]') })).toEqual([
      'content/articles/analysis.md:6 — actors[0] — "claudia-sheinbaun" is not an id in actors — did you mean "claudia-sheinbaum"?',
    ]);
    expect(errorsFor({ 'content/articles/analysis.md': article.replace('events: [meeting]', 'events: [meetings]') })).toEqual([
      'content/articles/analysis.md:7 — events[0] — "meetings" is not an id in events — did you mean "meeting"?',
    ]);
  });

  it('an event without a source', () => {
    const noSources = event.slice(0, event.indexOf('sources:')) + '---\n';
    expect(errorsFor({ 'content/events/meeting.md': noSources })).toEqual(['content/events/meeting.md:2 — sources — is required but missing — add a "sources:" line to the frontmatter']);
    expect(errorsFor({ 'content/events/meeting.md': event.replace(/sources:[\s\S]*?---/, 'sources: []\n---') })).toEqual([
      'content/events/meeting.md:6 — sources — needs at least one source',
    ]);
  });

  it('a source with a malformed URL', () => {
    expect(errorsFor({ 'content/events/meeting.md': event.replace('https://example.com/report', 'example.com/report') })).toEqual([
      'content/events/meeting.md:10 — sources[0].url — must be a full web address starting with https:// or http://',
    ]);
  });

  it('two files that would produce the same id or address', () => {
    const errors = errorsFor({ 'content/issues/Fentanyl.md': validContent['content/issues/fentanyl.md']! });
    expect(errors).toContain('content/issues/Fentanyl.md — (file) — has the same id and address as content/issues/fentanyl.md (/issues/fentanyl/) — rename one of the two files');
    expect(errors).toContain('content/issues/Fentanyl.md — (file) — the file name "Fentanyl.md" is not a valid id — ids are lower-case words joined by hyphens: rename it to fentanyl.md');
  });

  it('a slug field, which would change the id', () => {
    expect(errorsFor({ 'content/issues/fentanyl.md': validContent['content/issues/fentanyl.md']!.replace('order: 1', 'order: 1\nslug: drugs') })).toEqual([
      'content/issues/fentanyl.md:5 — slug — a slug would change the entry’s id and address — remove it: the id is the file name, so rename the file instead',
    ]);
  });

  it('an unknown field, suggesting the right one', () => {
    expect(errorsFor({ 'content/issues/fentanyl.md': validContent['content/issues/fentanyl.md']!.replace('order: 1', 'ordr: 1') })).toEqual([
      'content/issues/fentanyl.md:4 — ordr — is not a field of issues — did you mean "order"?',
    ]);
  });

  it('an empty file', () => {
    expect(errorsFor({ 'content/issues/empty.md': '  \n' })).toEqual(['content/issues/empty.md — (file) — is empty — add the frontmatter (see content/README.md) or delete the file']);
  });

  it('a file without frontmatter', () => {
    expect(errorsFor({ 'content/issues/plain.md': '# Just text\n' })[0]).toMatch(/^content\/issues\/plain\.md:1 — \(file\) — has no frontmatter/);
  });

  it('a file that is not UTF-8', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('---\ntitle: Migraci'), 0xf3, ...new TextEncoder().encode('n\nsummary: x\n---\n')]);
    expect(errorsFor({ 'content/issues/migration.md': latin1 })).toEqual([
      'content/issues/migration.md — (file) — is not valid UTF-8 text — save the file with UTF-8 encoding in your editor',
    ]);
  });

  it('a quotation naming an unknown actor or a missing source', () => {
    expect(errorsFor({ 'content/articles/analysis.md': article.replace('actor="claudia-sheinbaum" source="1"', 'actor="sheinbaum" source="2"') })).toEqual([
      'content/articles/analysis.md:14 — quote.actor — "sheinbaum" is not an id in actors — did you mean "claudia-sheinbaum"?',
      "content/articles/analysis.md:14 — quote.source — source=\"2\" is not a position in this article's 1 sources — add the source to the article’s sources and give its position, counting from 1",
    ]);
  });

  it('an alias two actors claim, naming both files', () => {
    const errors = errorsFor({
      'content/actors/government-of-mexico.md': validContent['content/actors/government-of-mexico.md']!.replace('country: MX', 'country: MX\naliases: [sheinbaum]'),
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('names more than one actor (content/actors/claudia-sheinbaum.md and content/actors/government-of-mexico.md)');
  });

  it('reports every problem at once, not only the first', () => {
    const errors = errorsFor({
      'content/events/meeting.md': event.replace('date: 2025-09-03', 'date: 2025-13-45'),
      'content/issues/fentanyl.md': validContent['content/issues/fentanyl.md']!.replace('title: Fentanyl\n', ''),
    });
    expect(errors).toHaveLength(2);
  });
});

describe('warnings', () => {
  it('warns about stray content-like files instead of ignoring them silently', () => {
    const report = validateFiles(withChanges({ 'content/article/typo.md': article, 'content/README.md': '# Guide' }));
    expect(report.errors).toEqual([]);
    expect(report.warnings.map(formatProblem)).toContain(
      'content/article/typo.md — (file) — looks like content but is not in a collection folder, so the site ignores it — move it to content/actors/, content/issues/, content/events/, content/articles/, content/commitments/ (or content/es/<collection>/ for a translation) with a .md extension',
    );
    expect(report.warnings.some((w) => w.file === 'content/README.md')).toBe(false);
  });

  it('warns about an actor nobody mentions, an issue without articles and an article without events', () => {
    const report = validateFiles(
      withChanges({
        'content/actors/lonely.md': '---\nname: Lonely Figure\nkind: person\nrole: Nobody\n---\n',
        'content/issues/water.md': '---\ntitle: Water\nsummary: A treaty.\n---\n',
        'content/articles/analysis.md': article.replace('events: [meeting]\n', ''),
      }),
    );
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => `${w.file} ${w.message}`).sort()).toEqual([
      'content/actors/lonely.md nobody mentions this actor: no article or event names them',
      'content/articles/analysis.md the article lists no events',
      'content/issues/water.md no published article is about this issue yet',
    ]);
  });
});

describe('suggestId', () => {
  it('suggests near ids and nothing for unrelated ones', () => {
    expect(suggestId('sheinbaum', ['claudia-sheinbaum', 'marco-rubio'])).toBe('claudia-sheinbaum');
    expect(suggestId('tarifs', ['tariffs', 'fentanyl'])).toBe('tariffs');
    expect(suggestId('zzzzzzzzzzzzzz', ['tariffs', 'fentanyl'])).toBeUndefined();
  });
});

describe('validateFiles details', () => {
  it('points a YAML syntax error at its own line', () => {
    const [error] = validateFiles(withChanges({ 'content/events/meeting.md': event.replace('issues: [fentanyl]', 'issues: [fentanyl') })).errors;
    expect(error!.line).toBeGreaterThan(4);
  });

  it('names a source’s fields for a misspelt key inside a source', () => {
    expect(errorsFor({ 'content/events/meeting.md': event.replace('publisher: A paper', 'publsher: A paper') })).toContain(
      'content/events/meeting.md:8 — sources[0].publsher — is not a field of a source — did you mean "publisher"?',
    );
  });

  it('gives an event’s address on the timeline when two files collide', () => {
    expect(errorsFor({ 'content/events/Meeting.md': event }).join('\n')).toContain('(/timeline/#meeting)');
  });

  it('refuses a web address with spaces', () => {
    expect(errorsFor({ 'content/events/meeting.md': event.replace('https://example.com/report', 'https://example.com/a report') })).toEqual([
      'content/events/meeting.md:10 — sources[0].url — must not contain spaces: copy the address from the browser’s address bar',
    ]);
  });

  it('refuses an unknown block, which the build would refuse too', () => {
    expect(errorsFor({ 'content/articles/analysis.md': article + '\n:::note\nA note.\n:::\n' })[0]).toMatch(/^content\/articles\/analysis\.md:18 — body — ":::note" is not a known block/);
  });
});
