import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearOutput } from '../../src/integrations/clear-output.ts';

const root = mkdtempSync(path.join(tmpdir(), 'clear-output-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A last build's output: pages in nested folders. */
function output(name: string, files = 200): string {
  const dir = path.join(root, name, 'dist');
  for (let i = 0; i < files; i++) {
    mkdirSync(path.join(dir, 'articles', `a${i}`), { recursive: true });
    writeFileSync(path.join(dir, 'articles', `a${i}`, 'index.html'), `<p>${i}</p>`);
  }
  return dir;
}

describe('clearing the last build’s output', () => {
  it('moves it away at once, so Astro finds no output to empty, and deletes it by the end', async () => {
    const dist = output('plain');
    const trash = path.join(root, 'plain', 'cache');
    const { moved, removal } = await clearOutput(dist, trash);
    expect(moved).toBe(true);
    expect(existsSync(dist)).toBe(false);
    await removal;
    expect(readdirSync(trash)).toEqual([]);
  });

  it('leaves an output holding .git for Astro to empty in place, as Astro keeps .git', async () => {
    const dist = output('git', 3);
    mkdirSync(path.join(dist, '.git'));
    const { moved, removal } = await clearOutput(dist, path.join(root, 'git', 'cache'));
    await removal;
    expect(moved).toBe(false);
    expect(existsSync(path.join(dist, 'articles', 'a0', 'index.html'))).toBe(true);
  });

  it('deletes what an interrupted build left in the cache, and nothing else there', async () => {
    const trash = path.join(root, 'leftover', 'cache');
    mkdirSync(path.join(trash, 'on-the-table-old-output-1-1', 'articles'), { recursive: true });
    mkdirSync(path.join(trash, 'on-the-table-pagefind'), { recursive: true });
    const { moved, removal } = await clearOutput(path.join(root, 'leftover', 'dist'), trash);
    await removal;
    expect(moved).toBe(false);
    expect(readdirSync(trash)).toEqual(['on-the-table-pagefind']);
  });
});
