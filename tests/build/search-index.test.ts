/**
 * The built site's search index, made from the pages' kept shares (src/integrations/search-index.ts),
 * is byte for byte the index Pagefind makes from the whole built pages.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/project.ts';

const root = mkdtempSync(path.join(tmpdir(), 'site-search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function indexFiles(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort()
      .map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]),
  );
}

describe('the search index of the built site', () => {
  it('is the index Pagefind makes from the whole pages', async () => {
    // The pages copied into a new folder in path order, as the integration links the shares (see its comment).
    const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
      .sort();
    const site = path.join(root, 'site');
    for (const page of pages) {
      mkdirSync(path.dirname(path.join(site, page)), { recursive: true });
      writeFileSync(path.join(site, page), readFileSync(path.join(DIST, page)));
    }
    const { index } = await pagefind.createIndex({});
    try {
      const added = await index!.addDirectory({ path: site });
      expect(added.errors).toEqual([]);
      expect(added.page_count).toBe(pages.length);
      await index!.writeFiles({ outputPath: path.join(root, 'pagefind') });
    } finally {
      await pagefind.close();
    }
    const reference = indexFiles(path.join(root, 'pagefind'));
    expect(Object.keys(reference).filter((file) => file.startsWith('fragment/')).length).toBeGreaterThan(100);
    expect(indexFiles(path.join(DIST, 'pagefind'))).toEqual(reference);
  });
});
