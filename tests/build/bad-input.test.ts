/**
 * The build refuses bad content exactly as `check:content` does (src/integrations/content-checks.ts
 * runs the same validator before Astro loads an entry): one build of a copy with six bad inputs at
 * once (seven problems: a silent edit also unmatches its translation), each named with its file,
 * line and field, and no site written. Each rule is tested on its own in tests/unit/
 * (editorial-checks, content-validation, quote-rules…); this proves the build stops on them, reports
 * each, and that no problem hides another. (Five builds, one per input, until issue 22.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, exists, read, removeProject, write, type BuildResult } from '../helpers/project.ts';

let dir: string;
let build: BuildResult;
/** The line of the refused quotation, far down its article. */
let quoteLine: number;

const QUOTED = 'content/articles/tariffs-as-leverage.md';
const EDITED = 'content/articles/rubio-visit-at-a-glance.md';

beforeAll(() => {
  dir = copyProject();
  // An unknown reference.
  const event = 'content/events/sheinbaum-rubio-palace-meeting.md';
  write(dir, event, read(dir, event).replace('  - claudia-sheinbaum\n', '  - claudia-sheinbaun\n'));
  // A date that does not exist, and an empty file.
  write(dir, 'content/events/broken-date.md', '---\ntitle: Broken\ndate: 2025-13-45\nsources:\n  - title: T\n    publisher: P\n---\n');
  write(dir, 'content/issues/empty.md', '');
  // A translation with no English entry.
  write(dir, 'content/es/articles/no-such-article.md', '---\ntitle: Nada\nsummary: Nada.\ntranslated: 2026-11-30\n---\nTexto.\n');
  // A refused quotation far down an article (the body Astro renders is trimmed: the line must be the file's).
  const text = `${read(dir, QUOTED).trimEnd()}\n\n${'More text.\n\n'.repeat(30)}::: quote{actor="claudia-sheinbaum"}\nWords.\n:::\n`;
  write(dir, QUOTED, text);
  quoteLine = text.split('\n').findIndex((l) => l.startsWith('::: quote')) + 1;
  // An `updated` date with no correction: a silent edit.
  write(dir, EDITED, read(dir, EDITED).replace(/^updated: .*$/m, 'updated: 2026-12-01').replace(/^corrections:[\s\S]*?(?=^\w)/m, ''));
  build = astroBuild(dir);
});
afterAll(() => removeProject(dir));

describe('the build stops on bad content', () => {
  it('fails, writes no site, and counts every problem', () => {
    expect(build.status, build.output).not.toBe(0);
    expect(exists(dir, 'dist/index.html')).toBe(false);
    // Six bad inputs, and the silent edit's second consequence: its Spanish translation's corrections no longer match.
    expect(build.output).toContain('The content has 7 problems to fix');
    const problems = build.output.split('\n').filter((line) => line.startsWith('error: ')).map((line) => line.split(' — ').slice(0, 2).join(' — ').replace(/^error: /, '').replace(/:\d+ — /, ' — '));
    expect(problems.sort()).toEqual(
      [
        'content/events/sheinbaum-rubio-palace-meeting.md — actors[0]',
        'content/events/broken-date.md — date',
        'content/issues/empty.md — (file)',
        'content/es/articles/no-such-article.md — (file)',
        `${QUOTED} — quote`,
        `${EDITED} — updated`,
        'content/es/articles/rubio-visit-at-a-glance.md — corrections[0]',
      ].sort(),
    );
  });

  it('an unknown reference, naming file, line, field and the closest id', () => {
    expect(build.output).toMatch(/content\/events\/sheinbaum-rubio-palace-meeting\.md:\d+ — actors\[0\] — "claudia-sheinbaun" is not an id in actors — did you mean "claudia-sheinbaum"\?/);
  });

  it('several problems in several files, each with its file', () => {
    expect(build.output).toContain('content/events/broken-date.md:3 — date — "2025-13-45" has no month 13');
    expect(build.output).toContain('content/issues/empty.md — (file) — is empty');
  });

  it('a translation with no English entry, naming the file', () => {
    expect(build.output).toContain('content/es/articles/no-such-article.md — (file) — translates content/articles/no-such-article.md, which does not exist');
  });

  it('a refused quotation far down an article, naming its file line', () => {
    expect(build.output).toContain(`${QUOTED}:${quoteLine} — quote — "::: quote{actor="claudia-sheinbaum"}" is not a quotation: its opening line is malformed`);
  });

  it('an `updated` date with no correction (a silent edit), saying how to add one', () => {
    expect(build.output).toMatch(/content\/articles\/rubio-visit-at-a-glance\.md:\d+ — updated — is 2026-12-01, but the article has no corrections: a changed article must say what changed — add to the end of corrections/);
    expect(build.output).toMatch(/content\/es\/articles\/rubio-visit-at-a-glance\.md:\d+ — corrections\[0\] — the English file has 0 corrections, this translation \d+/);
  });
});
