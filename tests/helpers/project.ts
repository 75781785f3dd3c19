/** Helpers for tests that build the site: the real one, or a temporary copy to change. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachePath } from '../../src/core/content-paths.ts';
import { SITE_TODAY } from './today.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = path.join(ROOT, 'dist');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * The environment without what Vitest adds to it: it sets BASE_URL, MODE, NODE_ENV and friends
 * for its own Vite, and an `astro build` that inherited them would build for the wrong base path.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Runs `astro build` in a project folder with the Node running the tests (Node 24 via the `node`
 * package), with "today" from the suite's one setting (tests/helpers/today.ts) unless `env` says otherwise.
 */
export function astroBuild(cwd: string, env: Record<string, string> = {}, args: string[] = []): BuildResult {
  const result = spawnSync(process.execPath, [ASTRO, 'build', ...args], {
    cwd,
    env: { ...cleanEnv(), SITE_TODAY, ...env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A throwaway copy of the project (sources and content, not the build output) whose
 * node_modules links to the real packages but keeps its own caches (Astro's, Vite's, ours): its
 * first build is cold and it never changes the real project's. `caches` names the real project's
 * build caches to start the copy with (copied, not linked), as an editor's machine that built before
 * would have them: the editors' desk's bundle, say, which no test of content needs made again.
 */
export function copyProject(options: { caches?: Array<Parameters<typeof cachePath>[1]> } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'on-the-table-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.ts', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
  }
  for (const cache of options.caches ?? []) {
    if (existsSync(cachePath(ROOT, cache))) cpSync(cachePath(ROOT, cache), cachePath(dir, cache), { recursive: true });
  }
  return dir;
}

export function removeProject(dir: string) {
  if (dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
}

export function write(dir: string, relative: string, text: string) {
  mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  writeFileSync(path.join(dir, relative), text);
}

export function read(dir: string, relative: string): string {
  return readFileSync(path.join(dir, relative), 'utf8');
}

export function exists(dir: string, relative: string): boolean {
  return existsSync(path.join(dir, relative));
}

/** Every file under a folder, relative, with forward slashes. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}
