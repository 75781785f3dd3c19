/**
 * Issue 20's rules on small fixtures, through the validator the build and `check:content` share:
 * words in the speaker's own language, commitment quotes, corrections on every collection, edition
 * corrections and the house style.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateFiles } from '../../src/checks/validate.ts';
import { createStyleMatcher } from '../../src/checks/house-style.ts';
import { validContent, withChanges } from '../helpers/content-fixtures.ts';

const sheinbaum = validContent['content/actors/claudia-sheinbaum.md']!.replace('country: MX', 'country: MX\nspeaks: [es]');
const englishSource = `  - title: Report
    publisher: A paper`;
const spanishSource = `  - title: Nota
    publisher: Un diario
    language: es`;
/** The fixture article with a Spanish-language source second and a quotation block of our choosing. */
const article = (block: string) =>
  validContent['content/articles/analysis.md']!.replace(englishSource, `${englishSource}\n${spanishSource}`).replace(':::quote{actor="claudia-sheinbaum" source="1"}', block);
const translation = (block: string) => `---
title: Análisis
summary: Lo que pasó.
translated: 2025-09-05
---
Sheinbaum habló.

${block}
Palabras.
:::
`;

function problems(changes: Record<string, string | null>) {
  const report = validateFiles(
    withChanges({ 'content/actors/claudia-sheinbaum.md': sheinbaum, 'content/articles/analysis.md': article(':::quote{actor="claudia-sheinbaum" source="1" original="es"}'), ...changes }),
  );
  return { errors: report.errors.map(formatProblem), warnings: report.warnings.map(formatProblem) };
}
const errorsFor = (changes: Record<string, string | null>) => problems(changes).errors;

describe('words in the speaker’s own language', () => {
  it('accepts a Spanish speaker quoted in English as the source’s translation, and in Spanish from a Spanish source', () => {
    expect(
      errorsFor({
        'content/articles/analysis.md': article(':::quote{actor="claudia-sheinbaum" source="1" original="es"}'),
        'content/es/articles/analysis.md': translation(':::quote{actor="claudia-sheinbaum" source="2"}'),
      }),
    ).toEqual([]);
  });

  it('refuses a Spanish-edition quotation of a Spanish speaker marked original="en" (a back-translation)', () => {
    expect(
      errorsFor({
        'content/articles/analysis.md': article(':::quote{actor="claudia-sheinbaum" source="1" original="es"}'),
        'content/es/articles/analysis.md': translation(':::quote{actor="claudia-sheinbaum" source="1" original="en" translator="ours"}'),
      }),
    ).toEqual([expect.stringMatching(/^content\/es\/articles\/analysis\.md:8 — quote\.original — original="en" says claudia-sheinbaum spoke English, but their profile says they speak Spanish — quote their own Spanish words/)]);
  });

  it('refuses our translation back into the speaker’s language, even without original', () => {
    expect(
      errorsFor({
        'content/articles/analysis.md': article(':::quote{actor="claudia-sheinbaum" source="1" original="es"}'),
        'content/es/articles/analysis.md': translation(':::quote{actor="claudia-sheinbaum" source="2" original="es" translator="ours"}'),
      }),
    ).toEqual([expect.stringMatching(/:8 — quote\.translator — claudia-sheinbaum spoke Spanish, the language of this edition: a translation back into it is never a quotation/)]);
  });

  it('refuses a Spanish-edition quotation of a Spanish speaker that cites an English-language source', () => {
    expect(
      errorsFor({
        'content/articles/analysis.md': article(':::quote{actor="claudia-sheinbaum" source="1" original="es"}'),
        'content/es/articles/analysis.md': translation(':::quote{actor="claudia-sheinbaum" source="1"}'),
      }),
    ).toEqual([expect.stringMatching(/:8 — quote\.source — source="1" is in English, but the words of a Spanish speaker in this edition must be their own/)]);
  });

  it('refuses an English quotation of a Spanish speaker with no original', () => {
    expect(errorsFor({ 'content/articles/analysis.md': article(':::quote{actor="claudia-sheinbaum" source="1"}') })).toEqual([
      expect.stringMatching(/^content\/articles\/analysis\.md:\d+ — quote\.original — with no original="…" the words are English as spoken, but claudia-sheinbaum speaks Spanish — .*original="es"/),
    ]);
  });

  it('refuses English words said to be the source’s translation when the source prints them in Spanish', () => {
    expect(errorsFor({ 'content/articles/analysis.md': article(':::quote{actor="claudia-sheinbaum" source="2" original="es"}') })).toEqual([
      expect.stringMatching(/quote\.translator — source="2" prints the words in Spanish, so the English words are not the source's translation — add translator="ours"/),
    ]);
    expect(errorsFor({ 'content/articles/analysis.md': article(':::quote{actor="claudia-sheinbaum" source="2" original="es" translator="ours"}') })).toEqual([]);
  });

  it('leaves an actor with no speaks to the other rules', () => {
    expect(
      errorsFor({
        'content/actors/claudia-sheinbaum.md': validContent['content/actors/claudia-sheinbaum.md']!,
        'content/articles/analysis.md': article(':::quote{actor="claudia-sheinbaum" source="1"}'),
      }),
    ).toEqual([]);
  });

  it('refuses a speaks list with a language the site does not have', () => {
    expect(errorsFor({ 'content/actors/claudia-sheinbaum.md': sheinbaum.replace('speaks: [es]', 'speaks: [fr]') })).toEqual([
      expect.stringMatching(/^content\/actors\/claudia-sheinbaum\.md:6 — speaks\[0\] — "fr" is not allowed/),
    ]);
  });
});

describe('a commitment’s quote', () => {
  const commitment = (quoteLines: string, sources = englishSource) => `---
title: Mexico will release water
made: 2025-12
by: [claudia-sheinbaum]
issues: [fentanyl]
${quoteLines}
sources:
${sources}
history:
  - date: 2025-12
    status: not-started
    note: Announced.
    sources:
${sources.replace(/^/gm, '    ')}
---
`;
  const spanish = (quote: string) => `---\ntitle: México liberará agua\nquote: "${quote}"\nhistory:\n  - note: Anunciado.\ntranslated: 2025-12-20\n---\n`;

  it('takes the first of by as the speaker: an English quote of a Spanish speaker needs quoteOriginal', () => {
    expect(errorsFor({ 'content/commitments/water.md': commitment('quote: "intends to release"') })).toEqual([
      expect.stringMatching(/^content\/commitments\/water\.md:6 — quote — claudia-sheinbaum, the first of by and so the quote's speaker, speaks Spanish: .* add "quoteOriginal: es"/),
    ]);
    expect(errorsFor({ 'content/commitments/water.md': commitment('quote: "intends to release"\nquoteOriginal: es') })).toEqual([]);
  });

  it('takes a Spanish quote only with a Spanish-language source', () => {
    expect(errorsFor({ 'content/commitments/water.md': commitment('quote: "intends to release"\nquoteOriginal: es'), 'content/es/commitments/water.md': spanish('tiene la intención de liberar') })).toEqual([
      expect.stringMatching(/^content\/es\/commitments\/water\.md:3 — quote — no Spanish-language source in sources/),
    ]);
    expect(
      errorsFor({
        'content/commitments/water.md': commitment('quote: "intends to release"\nquoteOriginal: es', `${englishSource}\n${spanishSource}`),
        'content/es/commitments/water.md': spanish('tiene la intención de liberar'),
      }),
    ).toEqual([]);
  });
});

describe('corrections on every collection', () => {
  const actor = validContent['content/actors/government-of-mexico.md']!;

  it('refuses an actor whose updated has no correction, and one whose newest correction is not updated', () => {
    expect(errorsFor({ 'content/actors/government-of-mexico.md': actor.replace('country: MX', 'country: MX\nupdated: 2025-12-01') })).toEqual([
      expect.stringMatching(/^content\/actors\/government-of-mexico\.md:6 — updated — is 2025-12-01, but the actor has no corrections: a changed actor must say what changed/),
    ]);
    const corrected = actor.replace('country: MX', 'country: MX\nupdated: 2025-12-01\ncorrections:\n  - { date: 2025-12-01, kind: correction, text: "Gave the wrong role." }');
    expect(errorsFor({ 'content/actors/government-of-mexico.md': corrected })).toEqual([]);
  });

  it('refuses an event correction in the future or out of order', () => {
    const event = validContent['content/events/meeting.md']!.replace(
      'sources:',
      'updated: 2025-09-04\ncorrections:\n  - { date: 2025-09-05, kind: update, text: "Added a source." }\n  - { date: 2025-09-04, kind: correction, text: "Fixed the date." }\nsources:',
    );
    expect(errorsFor({ 'content/events/meeting.md': event })).toEqual([expect.stringMatching(/meeting\.md:\d+ — corrections\[1\]\.date — 2025-09-04 comes after 2025-09-05 in the list but is earlier/)]);
    const future = validContent['content/events/meeting.md']!.replace('sources:', 'updated: 2999-01-01\ncorrections:\n  - { date: 2999-01-01, kind: update, text: "Later." }\nsources:');
    expect(errorsFor({ 'content/events/meeting.md': future })).toEqual([expect.stringMatching(/corrections\[0\]\.date — 2999-01-01 is in the future/)]);
  });

  it('lets any translation carry the English correction texts and its own edition corrections, in date order', () => {
    const english = validContent['content/issues/fentanyl.md']!.replace('order: 1', 'order: 1\nupdated: 2025-09-04\ncorrections:\n  - { date: 2025-09-04, kind: correction, text: "Fixed a figure." }');
    const spanish = (edition: string) =>
      `---\ntitle: Fentanilo\nsummary: La droga.\ncorrections:\n  - { date: 2025-09-04, text: "La versión en inglés decía otra cifra." }\neditionCorrections:\n${edition}\ntranslated: 2025-09-06\n---\n`;
    expect(errorsFor({ 'content/issues/fentanyl.md': english, 'content/es/issues/fentanyl.md': spanish('  - { date: 2025-09-06, kind: correction, text: "Una cita estaba mal." }') })).toEqual([]);
    expect(
      errorsFor({
        'content/issues/fentanyl.md': english,
        'content/es/issues/fentanyl.md': spanish('  - { date: 2025-09-06, kind: correction, text: "Uno." }\n  - { date: 2025-09-05, kind: correction, text: "Dos." }'),
      }),
    ).toEqual([expect.stringMatching(/^content\/es\/issues\/fentanyl\.md:\d+ — editionCorrections\[1\]\.date — 2025-09-05 comes after 2025-09-06/)]);
  });
});

describe('house style', () => {
  const glossary = `- lang: es
  use: comunicado conjunto
  avoid: [declaración conjunta]
- lang: en
  use: another report
  avoid: [less reliable]
  warn: true
`;
  const spanishIssue = (body: string, title = 'Fentanilo') => `---\ntitle: ${title}\nsummary: La droga.\ntranslated: 2025-09-06\n---\n${body}\n`;

  it('names each avoided variant in prose with file, line and the term to use', () => {
    expect(errorsFor({ 'content/glossary.yml': glossary, 'content/es/issues/fentanyl.md': spanishIssue('Primero.\n\nLuego la Declaración conjunta del 3 de septiembre.') })).toEqual([
      'content/es/issues/fentanyl.md:8 — body — "Declaración conjunta" is a variant the house style avoids — write "comunicado conjunto" (content/glossary.yml)',
    ]);
    expect(errorsFor({ 'content/glossary.yml': glossary, 'content/es/issues/fentanyl.md': spanishIssue('Texto.', 'La declaración conjunta') })).toEqual([
      expect.stringMatching(/^content\/es\/issues\/fentanyl\.md:2 — title — "declaración conjunta" is a variant/),
    ]);
  });

  it('allows a variant inside a quotation, quotation marks, code, or prose of the other language', () => {
    const allowed = [
      'El diario habló de una “declaración conjunta” ese día.',
      'La `declaración conjunta` en código.',
      '```\ndeclaración conjunta\n```',
    ].join('\n\n');
    expect(errorsFor({ 'content/glossary.yml': glossary, 'content/es/issues/fentanyl.md': spanishIssue(allowed) })).toEqual([]);
    expect(errorsFor({ 'content/glossary.yml': glossary, 'content/issues/fentanyl.md': validContent['content/issues/fentanyl.md']!.replace('Explainer.', 'The declaración conjunta, in Spanish.') })).toEqual([]);
  });

  it('reports warn: true entries as warnings, not errors', () => {
    const result = problems({ 'content/glossary.yml': glossary, 'content/issues/fentanyl.md': validContent['content/issues/fentanyl.md']!.replace('Explainer.', 'One less reliable report.') });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContainEqual(expect.stringMatching(/^content\/issues\/fentanyl\.md:\d+ — body — "less reliable" is a variant the house style avoids/));
  });

  it('refuses a glossary entry with no use, naming its line', () => {
    expect(errorsFor({ 'content/glossary.yml': '- lang: es\n  avoid: [declaración conjunta]\n' })).toEqual([
      'content/glossary.yml:1 — [0].use — is required but missing — add "use:" to this entry',
    ]);
  });

  it('skips words inside a quotation block', () => {
    const matcher = createStyleMatcher([{ lang: 'es', use: 'comunicado conjunto', avoid: ['declaración conjunta'], warn: false }], 'es');
    expect(matcher.inMarkdown(':::quote{actor="x"}\nla declaración conjunta\n:::\n\nFuera: declaración conjunta.').map((f) => f.line)).toEqual([5]);
  });
});
