/**
 * Where things are on disk, relative to the project root, in one place (as src/lib/routes.ts is for
 * addresses): the content folder, each collection's folder in each edition, an entry's file, the
 * house-style glossary, and the caches the build keeps between runs. Paths use `/`; Node accepts
 * them on every platform.
 */

/** The editors' folder. */
export const CONTENT_DIR = 'content';

/** The house-style glossary, in the content folder. */
export const GLOSSARY_FILE = 'glossary.yml';

/** A collection's folder inside the content folder: `articles` for the English edition of record, `es/articles` for a translation. */
export function collectionFolder(collection: string, locale = 'en'): string {
  return locale === 'en' ? collection : `${locale}/${collection}`;
}

/** An entry's file from the project root: `content/articles/x.md`, `content/es/articles/x.md`. */
export function entryFile(collection: string, id: string, locale = 'en', contentDir = CONTENT_DIR): string {
  return `${contentDir}/${collectionFolder(collection, locale)}/${id}.md`;
}

/** The build's caches, kept in `node_modules/.cache` so that a CI cache of that folder carries them and `npm install` on a new machine starts without them. */
export const CACHE_DIR = 'node_modules/.cache';
const CACHES = {
  /** The content checks' verdict on the whole folder. */
  checks: 'on-the-table-checks.json',
  /** The checks' parse of each Markdown body. */
  blockChecks: 'on-the-table-block-checks.json',
  /** Each page's share of the search index, and the last index. */
  searchIndex: 'on-the-table-pagefind',
  /** Drawn Open Graph cards. */
  cards: 'on-the-table-og',
  /** The editors' desk's bundle, with what it was made from. */
  desk: 'on-the-table-desk',
  /** Node's compile cache for the build. */
  compile: 'on-the-table-compile',
} as const;

/** A cache's path under `root` (a cache in `CACHE_DIR` itself when no name is given: where the old output is deleted). */
export function cachePath(root: string, name?: keyof typeof CACHES): string {
  const dir = `${root.replace(/[\\/]+$/, '')}/${CACHE_DIR}`;
  return name ? `${dir}/${CACHES[name]}` : dir;
}
