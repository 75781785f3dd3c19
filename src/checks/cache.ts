/**
 * A cache of the per-file Markdown checks (`blockProblems`), the dearest step of the content
 * checks: every body with a `:::` block is parsed with the build's own Markdown parser. A body's
 * problems depend only on its text, its collection, how many sources it has and which actors
 * exist, so they are kept under a digest of those; after an edit only the edited file is parsed
 * again. On disk in `node_modules/.cache`, stamped with a digest of the checking code, so a change
 * to the rules discards it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BlockProblem } from '../markdown/quote-rules.ts';
import { cachePath } from '../core/content-paths.ts';

export interface BlockCache {
  get(key: string): BlockProblem[] | undefined;
  set(key: string, problems: BlockProblem[]): void;
}

export function blockCacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url').slice(0, 27);
}

/** A cache in memory (what `astro dev` keeps between saves), recording which keys this run used. */
export class MemoryBlockCache implements BlockCache {
  readonly entries = new Map<string, BlockProblem[]>();
  readonly used = new Set<string>();
  hits = 0;
  get(key: string) {
    const found = this.entries.get(key);
    if (found) {
      this.hits++;
      this.used.add(key);
    }
    return found;
  }
  set(key: string, problems: BlockProblem[]) {
    this.entries.set(key, problems);
    this.used.add(key);
  }
}

interface Stored {
  code: string;
  entries: Record<string, BlockProblem[]>;
}

/** The cache file as a `MemoryBlockCache`; empty when missing, unreadable or made by other checking code. */
export async function loadBlockCache(file: string, code: string): Promise<MemoryBlockCache> {
  const cache = new MemoryBlockCache();
  const stored = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Partial<Stored>;
  if (stored.code === code) for (const [key, problems] of Object.entries(stored.entries ?? {})) cache.entries.set(key, problems);
  return cache;
}

/** Writes the entries this run used (so the file never outgrows the content), atomically. */
export async function saveBlockCache(file: string, code: string, cache: MemoryBlockCache): Promise<void> {
  const entries = Object.fromEntries([...cache.used].map((key) => [key, cache.entries.get(key)!]));
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify({ code, entries } satisfies Stored));
  await rename(partial, file);
}

/** The code that decides the checks' verdict: its digest stamps both the verdict cache and this one. */
// The checks and the Markdown syntax they parse with, and what they take from below: an edit to an
// interface string (src/lib/i18n.ts) keeps the verdict (tests/unit/pipeline-code.test.ts checks
// the list against the imports).
export const CHECKING_CODE = ['src/checks', 'src/markdown', 'src/schemas', 'src/core', 'src/lib/routes.ts'];

export const blockCacheFile = (root: string) => cachePath(root, 'blockChecks');
