/**
 * The built site's search index, made from the pages' kept shares (src/integrations/search-index.ts),
 * is byte for byte the index Pagefind makes from the whole built pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFiles, wholePagesIndex } from '../helpers/pagefind.ts';
import { DIST } from '../helpers/project.ts';

const root = mkdtempSync(path.join(tmpdir(), 'site-search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the search index of the built site', () => {
  it('is the index Pagefind makes from the whole pages', async () => {
    const reference = await wholePagesIndex(DIST, path.join(root, 'pagefind'), root);
    expect(reference.pageCount).toBe(reference.pages);
    expect(Object.keys(reference.files).filter((file) => file.startsWith('fragment/')).length).toBeGreaterThan(100);
    expect(indexFiles(path.join(DIST, 'pagefind'))).toEqual(reference.files);
  });
});
