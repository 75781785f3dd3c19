/** A few full builds proving the build refuses bad content exactly as `check:content` does. */
import { afterEach, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, exists, read, removeProject, write } from '../helpers/project.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) removeProject(dir);
  dir = undefined;
});

describe('the build stops on bad content', () => {
  it('an unknown reference, naming file, line, field and the closest id, and writes no site', () => {
    dir = copyProject();
    const file = 'content/events/sheinbaum-rubio-palace-meeting.md';
    write(dir, file, read(dir, file).replace('  - claudia-sheinbaum\n', '  - claudia-sheinbaun\n'));
    const build = astroBuild(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/events\/sheinbaum-rubio-palace-meeting\.md:\d+ — actors\[0\] — "claudia-sheinbaun" is not an id in actors — did you mean "claudia-sheinbaum"\?/);
    expect(exists(dir, 'dist/index.html')).toBe(false);
  });

  it('several problems at once, each with its file', () => {
    dir = copyProject();
    write(dir, 'content/events/broken-date.md', '---\ntitle: Broken\ndate: 2025-13-45\nsources:\n  - title: T\n    publisher: P\n---\n');
    write(dir, 'content/issues/empty.md', '');
    const build = astroBuild(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/events/broken-date.md:3 — date — "2025-13-45" has no month 13');
    expect(build.output).toContain('content/issues/empty.md — (file) — is empty');
    expect(build.output).toContain('The content has 2 problems to fix');
  });

  it('a translation with no English entry, naming the file', () => {
    dir = copyProject();
    write(dir, 'content/es/articles/no-such-article.md', '---\ntitle: Nada\nsummary: Nada.\ntranslated: 2026-11-30\n---\nTexto.\n');
    const build = astroBuild(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/es/articles/no-such-article.md — (file) — translates content/articles/no-such-article.md, which does not exist');
    expect(exists(dir, 'dist/index.html')).toBe(false);
  });

  it('a refused quotation far down an article, naming its file line (the body Astro renders is trimmed)', () => {
    dir = copyProject();
    const file = 'content/articles/rubio-visit-at-a-glance.md';
    const text = `${read(dir, file).trimEnd()}\n\n${'More text.\n\n'.repeat(30)}::: quote{actor="claudia-sheinbaum"}\nWords.\n:::\n`;
    write(dir, file, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('::: quote')) + 1;
    const build = astroBuild(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${file}:${line} — quote — "::: quote{actor="claudia-sheinbaum"}" is not a quotation: its opening line is malformed`);
    expect(exists(dir, 'dist/index.html')).toBe(false);
  });

  it('an `updated` date with no correction (a silent edit), saying how to add one', () => {
    dir = copyProject();
    const file = 'content/articles/rubio-visit-at-a-glance.md';
    write(dir, file, read(dir, file).replace(/^updated: .*$/m, 'updated: 2026-12-01').replace(/^corrections:[\s\S]*?(?=^\w)/m, ''));
    const build = astroBuild(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/articles\/rubio-visit-at-a-glance\.md:\d+ — updated — is 2026-12-01, but the article has no corrections: a changed article must say what changed — add to the end of corrections/);
  });
});
