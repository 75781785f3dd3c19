/**
 * The temporary copy of the project that the benchmark builds, as the build tests make theirs
 * (tests/helpers/project.ts): sources copied, node_modules linked package by package, so the copy
 * keeps its own caches and never touches the real project's.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measure, lineTime, type RunResult } from './measure.ts';

const COPIED = ['src', 'public', 'astro.config.ts', 'package.json', 'tsconfig.json'];
/** Entries of node_modules that are packages (or npm's own bookkeeping), not caches. */
const NOT_A_CACHE = new Set(['.bin', '.package-lock.json']);

/**
 * Copies the site's sources once, at the start: others may edit the project while a long run
 * goes on, and every size must build the same code. Returns the folder and a digest of its files.
 */
export function snapshotSources(root: string): { dir: string; digest: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'on-the-table-bench-sources-'));
  for (const entry of COPIED) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files) {
    const full = path.join(dir, file);
    if (statSync(full).isFile()) hash.update(file).update(readFileSync(full));
  }
  return { dir, digest: hash.digest('hex').slice(0, 12) };
}

/** A buildable copy: the snapshot's sources, and the real project's packages linked one by one. */
export function copyProject(sources: string, root: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'on-the-table-bench-'));
  for (const entry of COPIED) cpSync(path.join(sources, entry), path.join(dir, entry), { recursive: true });
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    // .astro (content cache), .vite, .cache (Open Graph images) and the like stay the copy's own.
    if (name.startsWith('.') && !NOT_A_CACHE.has(name)) continue;
    symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name));
  }
  return dir;
}

/** Everything a fresh clone would not have: the output and every cache a build leaves. */
export function makeCold(project: string) {
  for (const entry of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache']) {
    rmSync(path.join(project, entry), { recursive: true, force: true });
  }
}

export function removeDir(dir: string) {
  if (dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
}

export function countHtml(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  } catch {
    return 0;
  }
}

/** `npm run build` in the copy: the project's own build command, real configuration. */
export function buildProject(project: string, profileDir?: string): Promise<RunResult> {
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };
  if (!profileDir) return measure('npm', ['run', 'build'], { cwd: project, env });
  // Profiled, Astro runs on this Node (24) directly: npm may run on an older system Node that
  // refuses --cpu-prof in NODE_OPTIONS. Every Node process it starts writes its own profile.
  const astro = path.join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const options = `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${profileDir}`.trim();
  return measure(process.execPath, [astro, 'build'], { cwd: project, env: { ...env, NODE_OPTIONS: options } });
}

export interface Phases {
  /** Node start, config (the lexicon, the content checks), integrations' setup. */
  startup: number;
  /** Astro's content layer: every changed body parsed and rendered, the data store written. */
  content: number;
  /** Types, build info and Vite's bundling of pages and scripts. */
  bundle: number;
  /** Rendering every route to HTML (site data, pages, feeds, JSON, sitemap). */
  pages: number;
  /** After the pages: waiting for the Open Graph pool, if it is still drawing, and copying the cards into dist/. */
  images: number;
  /** The Pagefind index, built or reused. */
  search: number;
  /** Everything after the pages: images, search, the other integrations and the exit. */
  finish: number;
}

/** Splits an `astro build` run into phases by when its log lines arrived. */
export function astroPhases(run: RunResult): Phases | null {
  const syncStart = lineTime(run, /Syncing content/);
  const syncEnd = lineTime(run, /Synced content/);
  const routes = lineTime(run, /generating static routes/);
  const routesDone = routes === undefined ? undefined : lineTime(run, /✓ Completed in/, routes);
  if (syncStart === undefined || syncEnd === undefined || routes === undefined || routesDone === undefined) return null;
  // The integrations' own lines (src/integrations/search-index.ts, og-images.ts) close their
  // phases, which run one after the other in the order the config lists them.
  const ends = {
    search: lineTime(run, /Indexed \d+ pages|search index: reused/, routesDone),
    images: lineTime(run, /Open Graph images:/, routesDone),
  };
  const lengths = { search: 0, images: 0 };
  let from = routesDone;
  for (const [phase, end] of Object.entries(ends).filter((e): e is [keyof typeof ends, number] => e[1] !== undefined).sort((a, b) => a[1] - b[1])) {
    lengths[phase] = end - from;
    from = end;
  }
  return {
    startup: syncStart,
    content: syncEnd - syncStart,
    bundle: routes - syncEnd,
    pages: routesDone - routes,
    ...lengths,
    finish: run.wallMs - routesDone,
  };
}
