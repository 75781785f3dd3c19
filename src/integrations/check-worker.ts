/**
 * The content checks of `astro dev`, in a worker thread (src/integrations/content-checks.ts): at
 * a newsroom's size a check takes seconds, and on Astro's thread it would hold back the very
 * page the editor is waiting for. The cache of each body's Markdown checks lives here, between saves.
 */
import { parentPort } from 'node:worker_threads';
import { MemoryBlockCache } from '../lib/check-cache.ts';
import { validateContentDir } from '../lib/content-validation.ts';

const blockCache = new MemoryBlockCache();

parentPort!.on('message', async ({ root, contentDir }: { root: string; contentDir: string }) => {
  const { errors, warnings } = await validateContentDir(root, contentDir, blockCache);
  parentPort!.postMessage({ errors, warnings });
});
