/**
 * The content checks of `astro dev`, in a worker thread (src/integrations/content-checks.ts): at
 * a newsroom's size a check takes seconds, and on Astro's thread it would hold back the very
 * page the editor is waiting for. The caches of each file's parse and each body's Markdown
 * checks live here, between saves.
 */
import { parentPort } from 'node:worker_threads';
import { MemoryBlockCache } from '../checks/cache.ts';
import { validateContentDir, type ParseCache } from '../checks/validate.ts';

// Kept between saves: a save parses again only the file that changed.
const blockCache = new MemoryBlockCache();
const parseCache: ParseCache = new Map();

parentPort!.on('message', async ({ root, contentDir }: { root: string; contentDir: string }) => {
  const { errors, warnings } = await validateContentDir(root, contentDir, blockCache, parseCache);
  parentPort!.postMessage({ errors, warnings });
});
