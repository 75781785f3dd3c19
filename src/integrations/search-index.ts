/**
 * Astro integration: builds the Pagefind full-text index over the finished site, so search works
 * from static files with no server. Only regions marked `data-pagefind-body` are indexed
 * (content, not navigation); filters come from `data-pagefind-filter` marks. Pagefind writes one
 * index per page language (`<html lang>`), so each edition's search page searches its own edition.
 *
 * Pagefind has no incremental mode and re-indexing every page is a large share of a warm build
 * (docs/benchmarks.md), so the last index is kept in `node_modules/.cache` with a digest of the
 * HTML it was made from: when no page changed, that index is copied back instead of rebuilt.
 * It is then exactly the index a fresh run made from the same pages.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const READS_AT_ONCE = 32;

/** A digest of every HTML page (path and bytes), and of what else decides the index (`salt`: Pagefind's version). */
export async function pagesDigest(site: string, salt: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${salt}\n`);
  const pages = (await readdir(site, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
    .sort();
  // Reads overlap (one at a time, the thread sat idle for 2 s at 2,840 pages); the hash takes them in order.
  for (let start = 0; start < pages.length; start += READS_AT_ONCE) {
    const batch = pages.slice(start, start + READS_AT_ONCE);
    const contents = await Promise.all(batch.map((page) => readFile(path.join(site, page))));
    batch.forEach((page, i) => hash.update(`${page}\n`).update(contents[i]!));
  }
  return hash.digest('hex');
}

/**
 * Copies a folder's files, all at once: `fs.cp` copies one file at a time and took twice as
 * long for Pagefind's 1,300 files at N = 1,000 (docs/benchmarks.md).
 */
export async function copyFolder(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const folders = new Set([to]);
  const files: string[] = [];
  for (const entry of entries) {
    const relative = path.relative(from, path.join(entry.parentPath, entry.name));
    if (entry.isDirectory()) folders.add(path.join(to, relative));
    else if (entry.isFile()) files.push(relative);
    else throw new Error(`${path.join(from, relative)}: not a file or a folder, so not copied`);
  }
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(files.map((file) => copyFile(path.join(from, file), path.join(to, file))));
}

export default function searchIndex(options: { cacheDir?: string } = {}): AstroIntegration {
  let cacheDir = options.cacheDir ?? '';
  let salt = '';
  return {
    name: 'on-the-table:search-index',
    hooks: {
      'astro:config:done': async ({ config }) => {
        const root = fileURLToPath(config.root);
        cacheDir ||= path.join(root, 'node_modules', '.cache', 'on-the-table-pagefind');
        // Pagefind's package does not export its package.json; read it where npm put it.
        const manifest = await readFile(path.join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8').catch(() => '{}');
        salt = `pagefind ${(JSON.parse(manifest) as { version?: string }).version ?? 'unknown'}`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = path.join(site, 'pagefind');
        const digest = await pagesDigest(site, salt);
        const cached = await readFile(path.join(cacheDir, 'digest'), 'utf8').catch(() => '');
        if (cached === digest) {
          await copyFolder(path.join(cacheDir, 'pagefind'), output);
          logger.info('No page changed since the last search index: reused it (search index: reused)');
          return;
        }
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
        // Keep this index for the next build; the digest is written last, so a half-written copy is never reused.
        await rm(cacheDir, { recursive: true, force: true });
        await mkdir(cacheDir, { recursive: true });
        await copyFolder(output, path.join(cacheDir, 'pagefind'));
        await writeFile(path.join(cacheDir, 'digest'), digest);
      },
    },
  };
}
