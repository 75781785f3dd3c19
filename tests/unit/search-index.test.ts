import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFolder, pagesDigest } from '../../src/integrations/search-index.ts';

const root = mkdtempSync(path.join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A built site of `count` pages in nested folders, plus files the digest must not read. */
function site(name: string, count: number): string {
  const dir = path.join(root, name);
  for (let i = 0; i < count; i++) {
    const page = path.join(dir, 'articles', `a${i}`, 'index.html');
    mkdirSync(path.dirname(page), { recursive: true });
    writeFileSync(page, `<html lang="en"><body data-pagefind-body><p>Page ${i}</p></body></html>`);
  }
  writeFileSync(path.join(dir, 'index.html'), '<html lang="en"><body>Home</body></html>');
  mkdirSync(path.join(dir, 'pagefind'), { recursive: true });
  writeFileSync(path.join(dir, 'pagefind', 'old.html'), 'an earlier index');
  writeFileSync(path.join(dir, 'feed.xml'), '<rss/>');
  return dir;
}

/** The digest, one page at a time: the path and the digest of the bytes of each page in path order. */
function sequentialDigest(dir: string, salt: string): string {
  const hash = createHash('sha256').update(`${salt}\n`);
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
    .sort();
  for (const page of pages) hash.update(`${page}\n${createHash('sha256').update(readFileSync(path.join(dir, page))).digest('hex')}\n`);
  return hash.digest('hex');
}

describe('the digest that decides whether the search index is reused', () => {
  // More pages than are read at once, so batches and their order are exercised.
  const first = site('first', 150);

  it('is the digest of every page in path order, whatever order the reads finish in', async () => {
    expect(await pagesDigest(first, 'pagefind 1.6.0')).toBe(sequentialDigest(first, 'pagefind 1.6.0'));
  });

  it('is the same for the same pages in another folder, and ignores feeds and the old index', async () => {
    const second = site('second', 150);
    writeFileSync(path.join(second, 'feed.xml'), '<rss>changed</rss>');
    writeFileSync(path.join(second, 'pagefind', 'old.html'), 'another index');
    expect(await pagesDigest(second, 'x')).toBe(await pagesDigest(first, 'x'));
  });

  it('changes when one page changes by a byte, when a page moves, and with Pagefind’s version', async () => {
    const before = await pagesDigest(first, 'x');
    const edited = site('edited', 150);
    const page = path.join(edited, 'articles', 'a77', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Page 77', 'Page 78'));
    expect(await pagesDigest(edited, 'x')).not.toBe(before);

    const moved = site('moved', 150);
    renameSync(path.join(moved, 'articles', 'a149'), path.join(moved, 'articles', 'z149'));
    expect(await pagesDigest(moved, 'x')).not.toBe(before);

    expect(await pagesDigest(first, 'y')).not.toBe(before);
  });
});

describe('copying the kept search index', () => {
  it('copies every file and folder, byte for byte', async () => {
    const from = path.join(root, 'index');
    const files: Record<string, string> = {
      'pagefind-entry.json': '{"languages":{}}',
      'index/en_1.pf_index': 'index',
      'fragment/en_a.pf_fragment': 'fragment',
      'filter/es_b.pf_filter': 'filter',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(from, file)), { recursive: true });
      writeFileSync(path.join(from, file), text);
    }
    mkdirSync(path.join(from, 'empty'));
    const to = path.join(root, 'copy', 'pagefind');
    await copyFolder(from, to);
    expect(readdirSync(to, { recursive: true, encoding: 'utf8' }).sort()).toEqual(readdirSync(from, { recursive: true, encoding: 'utf8' }).sort());
    for (const [file, text] of Object.entries(files)) expect(readFileSync(path.join(to, file), 'utf8')).toBe(text);
  });
});
