/**
 * Astro integration: builds the Pagefind full-text index over the finished site, so search works
 * from static files with no server. Only regions marked `data-pagefind-body` are indexed
 * (content, not navigation); filters come from `data-pagefind-filter` marks. Pagefind writes one
 * index per page language (`<html lang>`), so each edition's search page searches its own edition.
 *
 * Pagefind has no incremental mode, so the work it can be spared is kept in `node_modules/.cache`:
 * - when no page changed (a digest of every page), the last index is copied back as it was;
 * - otherwise each page's share of the index (src/lib/search-shares.ts: the few KB of its HTML
 *   that Pagefind reads) is kept with a digest of the page. Only new and changed pages are read
 *   for their share; deleted pages drop out; pages with no `data-pagefind-body` (which Pagefind
 *   drops from a site that has one) are not given to it at all. Pagefind then indexes every
 *   share and writes the index, which is byte for byte the index of the whole pages
 *   (tests/unit/search-shares.test.ts). Pagefind cannot take a page it indexed before: its
 *   own work on every share (words, stems, the index files) is done again on every run.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { codeDigest } from '../lib/code-digest.ts';
import { SHARE_VERSION, pageShare } from '../lib/search-shares.ts';
import { SEARCH_BUNDLE } from '../lib/routes.ts';
import { cachePath } from '../core/content-paths.ts';

const READS_AT_ONCE = 32;

/** A digest of every HTML page (its path and the digest of its bytes), and of what else decides the index (`salt`: Pagefind's version). */
export async function pagesDigest(site: string, salt: string): Promise<string> {
  return (await readPages(site, salt, () => undefined)).digest;
}

/** The site's HTML pages (not Pagefind's own), in path order. */
async function listPages(site: string): Promise<string[]> {
  return (await readdir(site, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${SEARCH_BUNDLE}${path.sep}`))
    .sort();
}

/**
 * Reads every page once: the digest of them all, and each page with its own digest to `visit`
 * (which may keep what it needs of the page; the bytes are not held after it returns).
 */
async function readPages(site: string, salt: string, visit: (page: string, pageDigest: string, bytes: Buffer) => void): Promise<{ digest: string; pages: string[] }> {
  const hash = createHash('sha256');
  hash.update(`${salt}\n`);
  const pages = await listPages(site);
  // Reads overlap (one at a time, the thread sat idle for 2 s at 2,840 pages); the hash takes them in order.
  for (let start = 0; start < pages.length; start += READS_AT_ONCE) {
    const batch = pages.slice(start, start + READS_AT_ONCE);
    const contents = await Promise.all(batch.map((page) => readFile(path.join(site, page))));
    batch.forEach((page, i) => {
      const bytes = contents[i]!;
      const pageDigest = createHash('sha256').update(bytes).digest('hex');
      hash.update(`${page}\n${pageDigest}\n`);
      visit(page, pageDigest, bytes);
    });
  }
  return { digest: hash.digest('hex'), pages };
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

/** What each page gave the index at the last build: its digest, whether it has a share (a search region), and whether that share is the whole page. */
interface SharesManifest {
  salt: string;
  pages: Record<string, { digest: string; share: boolean; whole: boolean }>;
}

/** What a run did, for the build log and the tests. */
export interface SearchIndexRun {
  /** The whole index copied back: no page changed. */
  reusedIndex: boolean;
  /** HTML pages in the site. */
  pages: number;
  /** Pages Pagefind indexed: those with a search region, or every page if none has one. */
  indexed: number;
  /** Pages read for their share on this run (new or changed), and pages whose kept share was used. */
  parsed: number;
  reused: number;
  /** Shares that are the whole page, where the extractor met something it does not model. */
  whole: number;
  /** Milliseconds: reading and digesting the pages (with the shares of changed ones), and Pagefind's indexing and writing. */
  readMs: number;
  pagefindMs: number;
}

/**
 * Builds the search index of the site at `site` into `output`, reusing what `cacheDir` holds
 * from the last run (see the module comment). `salt` names what else decides the index
 * (Pagefind's version); the shares' own version is added to it here.
 *
 * The cache holds `pagefind/` and `digest` (the last index and the digest of the pages it was
 * made from), `shares/` (each page's share, a file at the page's path) and `shares.json` (each
 * page's digest). Pagefind reads the shares as a folder (`addDirectory`): at 1,507 shares that
 * took 3.3–4.5 s of its CPU, against 5.1–5.4 s for the same shares sent one by one
 * (`addHTMLFile`: each a base64 JSON message its service takes one at a time). It numbers
 * pages in the order the file system lists them, and some file systems (tmpfs, btrfs) list a
 * folder's entries in the order they were made, so every run links the shares into a new
 * folder in path order: the folder, and so the index, is the same whichever pages changed
 * since the last run. (ext4 lists them by a hash of their names: there the index is also byte
 * for byte the one Pagefind makes from the built site, as before the shares.)
 */
export async function buildSearchIndex(options: { site: string; output: string; cacheDir: string; salt: string }): Promise<SearchIndexRun> {
  const { site, output, cacheDir } = options;
  const salt = `${options.salt}; shares ${SHARE_VERSION}`;
  const store = path.join(cacheDir, 'shares');
  const started = performance.now();
  await mkdir(cacheDir, { recursive: true });
  const kept = await readFile(path.join(cacheDir, 'shares.json'), 'utf8')
    .then((text) => JSON.parse(text) as SharesManifest)
    .catch(() => null);
  const previous = kept?.salt === salt ? kept.pages : {};
  if (kept?.salt !== salt) await rm(store, { recursive: true, force: true });
  const manifest: SharesManifest = { salt, pages: {} };
  const changed = new Map<string, string>();
  const { digest, pages } = await readPages(site, salt, (page, pageDigest, bytes) => {
    const before = previous[page];
    if (before?.digest === pageDigest) {
      manifest.pages[page] = before;
      return;
    }
    // Most pages have no search region: looking for it in the bytes spares decoding them (0.5 s at 3,138 pages).
    const { share, whole } = bytes.includes('data-pagefind-body') ? pageShare(bytes.toString('utf8')) : { share: null, whole: false };
    manifest.pages[page] = { digest: pageDigest, share: share !== null, whole };
    if (share !== null) changed.set(page, share);
  });
  const parsed = pages.filter((page) => manifest.pages[page] !== previous[page]).length;
  const withShare = pages.filter((page) => manifest.pages[page]!.share);
  const run = {
    pages: pages.length,
    // With no search region anywhere, Pagefind indexes every page's <body>.
    indexed: withShare.length > 0 ? withShare.length : pages.length,
    parsed,
    reused: pages.length - parsed,
    whole: withShare.filter((page) => manifest.pages[page]!.whole).length,
  };

  // Bring the kept shares up to date: changed and new pages written, deleted ones (and pages that lost their search region) removed.
  const stale = Object.keys(previous).filter((page) => previous[page]!.share && !manifest.pages[page]?.share);
  await Promise.all(stale.map((page) => rm(path.join(store, page), { force: true })));
  await Promise.all([...new Set([...changed.keys()].map((page) => path.dirname(path.join(store, page))))].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...changed].map(([page, share]) => writeFile(path.join(store, page), share)));
  await writeFile(path.join(cacheDir, 'shares.json'), JSON.stringify(manifest));
  const readMs = performance.now() - started;

  const cachedDigest = await readFile(path.join(cacheDir, 'digest'), 'utf8').catch(() => '');
  if (cachedDigest === digest) {
    await copyFolder(path.join(cacheDir, SEARCH_BUNDLE), output);
    return { ...run, readMs, reusedIndex: true, pagefindMs: 0 };
  }
  await rm(path.join(cacheDir, 'digest'), { force: true });

  const indexing = performance.now();
  // A new folder of links to the shares, made in path order (see above).
  const folder = await mkdtemp(path.join(cacheDir, 'site-'));
  try {
    for (const page of withShare) {
      await mkdir(path.dirname(path.join(folder, page)), { recursive: true });
      await link(path.join(store, page), path.join(folder, page));
    }
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      // No page has a search region: Pagefind then indexes every page's whole <body>.
      const added = await index.addDirectory({ path: withShare.length > 0 ? folder : site });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      await rm(output, { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const pagefindMs = performance.now() - indexing;

  // Keep this index for the next build; the digest is written last, so a half-written copy is never reused.
  await rm(path.join(cacheDir, SEARCH_BUNDLE), { recursive: true, force: true });
  await copyFolder(output, path.join(cacheDir, SEARCH_BUNDLE));
  await writeFile(path.join(cacheDir, 'digest'), digest);
  return { ...run, readMs, reusedIndex: false, pagefindMs };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default function searchIndex(options: { cacheDir?: string } = {}): AstroIntegration {
  let cacheDir = options.cacheDir ?? '';
  let salt = '';
  return {
    name: 'on-the-table:search-index',
    hooks: {
      'astro:config:done': async ({ config }) => {
        const root = fileURLToPath(config.root);
        cacheDir ||= cachePath(root, 'searchIndex');
        // Pagefind's package does not export its package.json; read it where npm put it.
        const manifest = await readFile(path.join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8').catch(() => '{}');
        // The extractor's own source is part of what decides a share: an edit to it makes every share anew, even if SHARE_VERSION was not bumped.
        salt = `pagefind ${(JSON.parse(manifest) as { version?: string }).version ?? 'unknown'}; extractor ${codeDigest(root, ['src/lib/search-shares.ts'])}`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const run = await buildSearchIndex({ site, output: path.join(site, SEARCH_BUNDLE), cacheDir, salt });
        if (run.reusedIndex) {
          logger.info(`No page changed since the last search index: reused it (search index: reused; ${run.pages} pages read in ${seconds(run.readMs)})`);
          return;
        }
        const pages = (count: number) => `${count} ${count === 1 ? 'page' : 'pages'}`;
        const whole = run.whole > 0 ? `, ${pages(run.whole)} kept whole (a structure the shares do not model)` : '';
        logger.info(
          `Indexed ${run.indexed} pages for search (of ${run.pages}; the others have no search region): ` +
            `${pages(run.parsed)} read for their share, ${run.reused} unchanged and reused${whole}; ` +
            `pages read in ${seconds(run.readMs)}, Pagefind ${seconds(run.pagefindMs)} (search index: ${run.parsed === run.pages ? 'fresh' : 'updated'})`,
        );
      },
    },
  };
}
