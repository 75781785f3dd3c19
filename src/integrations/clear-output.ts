/**
 * Astro integration: moves the last build's output out of the way instead of letting Astro delete
 * it on its main thread. Before bundling, Astro empties `dist/` with `rmSync`, file by file: at
 * 1,000 articles that is some 7,000 pages, search fragments and cards, a second or more of every
 * warm build spent waiting on the disk (docs/benchmarks.md, round three). Renamed into
 * `node_modules/.cache` (same disk, so one rename), the old output is deleted on libuv's threads
 * while Astro bundles and renders, and the build waits for that only at its end.
 *
 * Astro keeps a `.git` folder inside the output; when there is one, or the rename fails, nothing
 * is moved and Astro empties the folder itself, as before.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachePath } from '../core/content-paths.ts';

const TRASH_PREFIX = 'on-the-table-old-output-';

/** Moves `outDir` into `trashDir` and starts deleting it (and any trash an interrupted build left); resolves when all of it is gone. */
export async function clearOutput(outDir: string, trashDir: string): Promise<{ moved: boolean; removal: Promise<void> }> {
  await mkdir(trashDir, { recursive: true });
  const leftovers = (await readdir(trashDir)).filter((name) => name.startsWith(TRASH_PREFIX)).map((name) => path.join(trashDir, name));
  let moved = false;
  if (existsSync(outDir) && !existsSync(path.join(outDir, '.git'))) {
    const trash = path.join(trashDir, `${TRASH_PREFIX}${process.pid}-${Date.now()}`);
    try {
      await rename(outDir, trash);
      leftovers.push(trash);
      moved = true;
    } catch {
      // Another disk, or a folder in use: Astro empties it in place.
    }
  }
  const removal = Promise.all(leftovers.map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 }))).then(() => undefined);
  return { moved, removal };
}

export default function clearOutputIntegration(): AstroIntegration {
  let outDir = '';
  let trashDir = '';
  let removal: Promise<void> = Promise.resolve();
  return {
    name: 'on-the-table:clear-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        trashDir = cachePath(fileURLToPath(config.root));
      },
      'astro:build:start': async () => {
        ({ removal } = await clearOutput(outDir, trashDir));
        // A failure to delete the old output never fails the build; it is retried by the next one.
        removal = removal.catch(() => undefined);
      },
      'astro:build:done': async () => {
        await removal;
      },
    },
  };
}
