/** Corrections, commitments and translations: every refusal the contract names, through the one validator the build runs. */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateFiles, REFERENCE_FIELDS } from '../../src/checks/validate.ts';
import { fieldNames, plainSchemas } from '../../src/schemas/index.ts';
import { validContent, withChanges } from '../helpers/content-fixtures.ts';

const article = validContent['content/articles/analysis.md']!;
const errorsFor = (changes: Parameters<typeof withChanges>[0]) => validateFiles(withChanges(changes)).errors.map(formatProblem);

const corrected = (frontmatter: string) => article.replace('published: 2025-09-04\n', `published: 2025-09-04\n${frontmatter}`);

describe('corrections', () => {
  const good = `updated: 2025-10-02
corrections:
  - date: 2025-09-20
    kind: clarification
    text: Said whose view it was.
  - date: 2025-10-02
    kind: correction
    text: Named the right outlet.
`;

  it('accepts dated corrections in order whose newest date is `updated`', () => {
    expect(errorsFor({ 'content/articles/analysis.md': corrected(good) })).toEqual([]);
  });

  it('refuses an `updated` with no correction of that date (a silent edit), saying how to add one', () => {
    expect(errorsFor({ 'content/articles/analysis.md': corrected('updated: 2025-10-02\n') })).toEqual([
      expect.stringMatching(/^content\/articles\/analysis\.md:5 — updated — is 2025-10-02, but the article has no corrections: .* — add to the end of corrections: {2}- \{ date: 2025-10-02, kind: correction/),
    ]);
    expect(errorsFor({ 'content/articles/analysis.md': corrected(good.replace('updated: 2025-10-02', 'updated: 2025-10-05')) })).toEqual([
      expect.stringMatching(/updated — is 2025-10-05, but the newest correction is dated 2025-10-02: the change on 2025-10-05 is not recorded/),
    ]);
  });

  it('refuses corrections without `updated`', () => {
    expect(errorsFor({ 'content/articles/analysis.md': corrected(good.replace('updated: 2025-10-02\n', '')) })).toEqual([
      expect.stringMatching(/^content\/articles\/analysis\.md:\d+ — updated — is missing, but the newest correction is dated 2025-10-02 — add "updated: 2025-10-02"/),
    ]);
  });

  it('refuses a correction before publication, after today, or out of order', () => {
    expect(errorsFor({ 'content/articles/analysis.md': corrected(good.replace('2025-09-20', '2025-09-01')) })).toEqual([
      'content/articles/analysis.md:7 — corrections[0].date — 2025-09-01 is before the article was published (2025-09-04) — a correction dates from the day the article changed: check the date',
    ]);
    expect(errorsFor({ 'content/articles/analysis.md': corrected(good.replaceAll('2025-10-02', '2999-01-01')) })).toContainEqual(
      expect.stringMatching(/corrections\[1\]\.date — 2999-01-01 is in the future/),
    );
    const swapped = good.replace('2025-09-20', '2025-10-03').replace('updated: 2025-10-02', 'updated: 2025-10-02');
    expect(errorsFor({ 'content/articles/analysis.md': corrected(swapped) })).toContainEqual(
      'content/articles/analysis.md:10 — corrections[1].date — 2025-10-02 comes after 2025-10-03 in the list but is earlier — corrections run oldest first: add new ones at the end, and never reorder or remove old ones',
    );
  });

  it('refuses an unknown kind, suggesting the closest', () => {
    expect(errorsFor({ 'content/articles/analysis.md': corrected(good.replace('kind: clarification', 'kind: clarifcation')) })).toEqual([
      expect.stringMatching(/^content\/articles\/analysis\.md:8 — corrections\[0\]\.kind — "clarifcation" is not allowed: .* — did you mean "clarification"\?$/),
    ]);
  });
});

const commitment = `---
title: A group will meet regularly
made: "2025-09-03"
by: [government-of-mexico]
to: [claudia-sheinbaum]
issues: [fentanyl]
event: meeting
deadline: "2025-12"
sources:
  - title: Report
    publisher: A paper
history:
  - date: "2025-09-03"
    status: not-started
    note: Announced.
    sources:
      - title: Report
        publisher: A paper
  - date: "2025-10"
    status: in-progress
    note: It met.
    event: meeting
    sources:
      - title: Second report
        publisher: A paper
---
`;
const withCommitment = (text: string) => errorsFor({ 'content/commitments/group.md': text });

describe('commitments', () => {
  it('accepts a valid history, with dates of different precision compared as spans', () => {
    expect(withCommitment(commitment)).toEqual([]);
    // 2025-09 is not before 2025-09-03: a month-precision entry may follow a day in that month.
    expect(withCommitment(commitment.replace('date: "2025-10"', 'date: "2025-09"'))).toEqual([]);
  });

  it('refuses a history out of date order and an entry before the promise', () => {
    expect(withCommitment(commitment.replace('date: "2025-10"', 'date: "2025-08"'))).toEqual([
      'content/commitments/group.md:19 — history[1].date — 2025-08 is before the promise was made (2025-09-03) — no status can predate the promise: check the date, or the promise’s "made" date',
      'content/commitments/group.md:19 — history[1].date — 2025-08 is before the entry above it (2025-09-03) — the history runs oldest first and only grows: add new statuses at the end',
    ]);
  });

  it('refuses an unknown status with the closest, an entry without a source, an empty history', () => {
    expect(withCommitment(commitment.replace('status: in-progress', 'status: in-progres'))).toEqual([
      expect.stringMatching(/^content\/commitments\/group\.md:20 — history\[1\]\.status — "in-progres" is not allowed: .* — did you mean "in-progress"\?$/),
    ]);
    const noSource = commitment.replace(/ {4}sources:\n {6}- title: Second report\n {8}publisher: A paper\n/, '    sources: []\n');
    expect(withCommitment(noSource)).toEqual([expect.stringMatching(/history\[1\]\.sources — needs at least one source: a status changes only with a source/)]);
    expect(withCommitment(commitment.replace(/history:[\s\S]*?---\n$/, 'history: []\n---\n'))).toEqual([expect.stringMatching(/history — needs at least one status entry/)]);
  });

  it('refuses a deadline before the promise', () => {
    expect(withCommitment(commitment.replace('deadline: "2025-12"', 'deadline: "2025-08"'))).toEqual([
      'content/commitments/group.md:8 — deadline — 2025-08 is before the promise was made (2025-09-03) — a deadline comes after the promise: check both dates',
    ]);
  });

  it('refuses unknown actor, issue and event ids, nested ones included, with the closest id', () => {
    const bad = commitment.replace('by: [government-of-mexico]', 'by: [government-of-mexic]').replace('    event: meeting', '    event: meting');
    expect(withCommitment(bad)).toEqual([
      'content/commitments/group.md:4 — by[0] — "government-of-mexic" is not an id in actors — did you mean "government-of-mexico"?',
      'content/commitments/group.md:22 — history[1].event — "meting" is not an id in events — did you mean "meeting"?',
    ]);
  });
});

describe('translations', () => {
  const translation = `---
title: Análisis
summary: Qué pasó.
translated: 2025-09-05
---
Sheinbaum habló.
`;

  it('accepts a translation that carries only words', () => {
    expect(errorsFor({ 'content/es/articles/analysis.md': translation })).toEqual([]);
  });

  it('refuses a translation with no English entry, naming the closest id', () => {
    expect(errorsFor({ 'content/es/articles/analisis.md': translation })).toEqual([
      'content/es/articles/analisis.md — (file) — translates content/articles/analisis.md, which does not exist — a translation has its English entry’s file name: did you mean analysis.md?',
    ]);
  });

  it('refuses a field that belongs only to the English file, and a missing translated date', () => {
    expect(errorsFor({ 'content/es/articles/analysis.md': translation.replace('summary: Qué pasó.', 'summary: Qué pasó.\nissues: [fentanyl]') })).toEqual([
      'content/es/articles/analysis.md:4 — issues — belongs to the English file only: a translation carries words, every other field comes from content/articles/analysis.md — remove "issues:" from this file',
    ]);
    expect(errorsFor({ 'content/es/articles/analysis.md': translation.replace('translated: 2025-09-05\n', '') })).toEqual([
      'content/es/articles/analysis.md:2 — translated — is required but missing — add a "translated:" line to the frontmatter',
    ]);
  });

  it('refuses an alias two actors claim across languages, naming both files', () => {
    const errors = errorsFor({ 'content/es/actors/government-of-mexico.md': '---\nrole: Ejecutivo federal\naliases: [Sheinbaum]\ntranslated: 2025-09-05\n---\n' });
    expect(errors).toContainEqual(expect.stringContaining('content/actors/claudia-sheinbaum.md — aliases — "Sheinbaum" names more than one actor (content/actors/claudia-sheinbaum.md and content/actors/government-of-mexico.md)'));
  });

  it('refuses corrections that do not line up with the English ones', () => {
    const english = corrected('updated: 2025-10-02\ncorrections:\n  - date: 2025-10-02\n    kind: correction\n    text: Fixed.\n');
    const spanish = translation.replace('translated: 2025-09-05', 'translated: 2025-10-03\ncorrections:\n  - date: 2025-10-01\n    text: Corregido.');
    expect(errorsFor({ 'content/articles/analysis.md': english, 'content/es/articles/analysis.md': spanish })).toEqual([
      'content/es/articles/analysis.md:6 — corrections[0].date — is 2025-10-01, but the English item in this position has 2025-10-02 — keep the English date and order; translate only the text',
    ]);
  });
});

describe('field lists come from the schemas', () => {
  it('finds every reference field, nested ones included', () => {
    const paths = (c: keyof typeof REFERENCE_FIELDS) => REFERENCE_FIELDS[c].map((r) => `${r.path.join('.')}→${r.collection}`).sort();
    expect(paths('actors')).toEqual(['affiliations.*→actors']);
    expect(paths('articles')).toEqual(['actors.*→actors', 'events.*→events', 'issues.*→issues']);
    expect(paths('commitments')).toEqual(['by.*→actors', 'event→events', 'history.*.event→events', 'issues.*→issues', 'to.*→actors']);
  });

  it('names a schema field in the unknown-field hint, so a new field needs no second list', () => {
    // An issue's fields, written out here (content/README.md lists them): the hint lists exactly
    // these, and it is the schema's own list that it reads, so a field added to the schema shows.
    const issueFields = ['title', 'summary', 'order', 'sources', 'updated', 'corrections'];
    expect(fieldNames(plainSchemas.issues)).toEqual(issueFields);
    const errors = errorsFor({ 'content/issues/fentanyl.md': validContent['content/issues/fentanyl.md']!.replace('order: 1', 'order: 1\ncolour: red') });
    expect(errors).toEqual([`content/issues/fentanyl.md:5 — colour — is not a field of issues — the fields are: ${issueFields.join(', ')}`]);
  });
});
