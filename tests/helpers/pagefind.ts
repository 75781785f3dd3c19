/**
 * The reference the search-index tests compare with: the index Pagefind makes from the whole
 * pages (`addDirectory`), as the integration made it before it kept each page's share.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { expect } from 'vitest';

/** Every file of an index folder with a digest of its bytes, in path order. */
export function indexFiles(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort()
      .map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex').slice(0, 16)]),
  );
}

/**
 * Pagefind's index of the site's HTML pages (but those under `pagefind/`), written to `output`.
 * Pagefind numbers pages in the order the file system lists them, and so do its bytes; a folder
 * lists its entries in an order that may depend on its history, so the pages are first copied
 * into a new folder under `scratch` in path order, as the integration links the shares into one.
 */
export async function wholePagesIndex(site: string, output: string, scratch: string): Promise<{ files: Record<string, string>; pageCount: number; pages: number }> {
  const copy = mkdtempSync(path.join(scratch, 'whole-'));
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
    .sort();
  for (const page of pages) {
    mkdirSync(path.dirname(path.join(copy, page)), { recursive: true });
    writeFileSync(path.join(copy, page), readFileSync(path.join(site, page)));
  }
  const { index } = await pagefind.createIndex({});
  let pageCount = 0;
  try {
    const added = await index!.addDirectory({ path: copy });
    expect(added.errors).toEqual([]);
    pageCount = added.page_count;
    await index!.writeFiles({ outputPath: output });
  } finally {
    await pagefind.close();
  }
  return { files: indexFiles(output), pageCount, pages: pages.length };
}
