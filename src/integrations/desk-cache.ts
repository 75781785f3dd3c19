/**
 * The editors' desk's bundle, kept between builds in `node_modules/.cache`. Bundling it is a second
 * Vite build, 3.2 s of an 8.7 s warm `npm run build` (5.5 s with the bundle kept), and what it makes depends on the project's
 * code and packages, never on content (the desk reads content.json, written anew on every build).
 * So it is bundled again only when something it is made from changed:
 *
 * - a file under src/: the modules bundled for the browser, and the Node code that writes the
 *   desk's configuration (from the schemas) and its page (with its policy);
 * - another file of the project that went into the bundle (none today), recorded when it was made;
 * - the installed packages (npm's record of node_modules, else the lockfile);
 * - the base path, the desk's settings in the environment (DESK_*, SITE_URL) and Node's version.
 *
 * tests/build/reproducible.test.ts compares a bundle made anew with the one the suite's build has
 * (taken from this cache on a machine that built before): every byte the same.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cachePath } from '../core/content-paths.ts';
import { copyFolder } from './search-index.ts';

/** Bumped when what is kept, or how it is keyed, changes. */
const CACHE_VERSION = 1;
const MANIFEST = 'manifest.json';
const OUTPUT = 'output';
/** Where npm records what it installed, then the lockfile: the packages the bundle took in. */
const PACKAGE_RECORDS = ['node_modules/.package-lock.json', 'package-lock.json', 'package.json'];

interface Manifest {
  key: string;
  /** Files of the project outside src/ and node_modules that went into the bundle, with their digests. */
  others: Record<string, string>;
}

export interface DeskCacheSettings {
  base: string;
  env?: Record<string, string | undefined>;
}

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Every file under `dir`, relative to `root`, in order. */
async function filesUnder(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** What decides the bundle, besides the files recorded with it. */
export async function deskCacheKey(root: string, { base, env = process.env }: DeskCacheSettings): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: CACHE_VERSION, base, node: process.version }));
  const settings = Object.keys(env)
    .filter((name) => name.startsWith('DESK_') || name === 'SITE_URL')
    .sort()
    .map((name) => [name, env[name]]);
  hash.update(`\n${JSON.stringify(settings)}\n`);
  const packages = PACKAGE_RECORDS.find((file) => existsSync(path.join(root, file)));
  if (packages) hash.update(`${packages}\n`).update(await readFile(path.join(root, packages)));
  for (const file of await filesUnder(root, 'src')) hash.update(`\n${file}\n`).update(sha(await readFile(path.join(root, file))));
  return hash.digest('hex');
}

/**
 * The project's files among a bundle's module ids, outside src/ (in the key already) and outside
 * node_modules (the packages' record): relative to the root, query strings and virtual modules left out.
 */
export function otherProjectFiles(root: string, moduleIds: readonly string[]): string[] {
  const inside = (file: string, dir: string) => file === dir || file.startsWith(`${dir}${path.sep}`);
  const files = moduleIds
    .filter((id) => !id.startsWith('\0'))
    .map((id) => path.resolve(id.split('?')[0]!))
    .filter((file) => inside(file, root) && !inside(file, path.join(root, 'src')) && !inside(file, path.join(root, 'node_modules')))
    .map((file) => path.relative(root, file).split(path.sep).join('/'));
  return [...new Set(files)].sort();
}

export function deskCache(root: string, settings: DeskCacheSettings) {
  const dir = cachePath(root, 'desk');
  const keyed = deskCacheKey(root, settings);
  return {
    /** Puts the kept bundle in `outDir` if nothing it was made from changed; says whether it did. */
    async restore(outDir: string): Promise<boolean> {
      let manifest: Manifest;
      try {
        manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest;
      } catch {
        return false;
      }
      if (manifest.key !== (await keyed)) return false;
      for (const [file, digest] of Object.entries(manifest.others)) {
        const now = await readFile(path.join(root, file)).catch(() => undefined);
        if (!now || sha(now) !== digest) return false;
      }
      await rm(outDir, { recursive: true, force: true });
      await copyFolder(path.join(dir, OUTPUT), outDir);
      return true;
    },
    /** Keeps the bundle just made in `outDir` (before anything made from content is added to it). */
    async save(outDir: string, moduleIds: readonly string[]): Promise<void> {
      const others: Record<string, string> = {};
      for (const file of otherProjectFiles(root, moduleIds)) others[file] = sha(await readFile(path.join(root, file)));
      const manifest: Manifest = { key: await keyed, others };
      // Made beside the cache and renamed into place: an interrupted save leaves no half bundle to reuse.
      const partial = `${dir}.partial-${process.pid}`;
      await rm(partial, { recursive: true, force: true });
      await copyFolder(outDir, path.join(partial, OUTPUT));
      await writeFile(path.join(partial, MANIFEST), JSON.stringify(manifest));
      await rm(dir, { recursive: true, force: true });
      await mkdir(path.dirname(dir), { recursive: true });
      await rename(partial, dir);
    },
  };
}
