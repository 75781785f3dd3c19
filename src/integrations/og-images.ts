/**
 * Astro integration: the Open Graph images (src/lib/og-cards.ts says which, src/lib/og-image.ts
 * draws one).
 *
 * Drawing a card costs 25–50 ms of CPU (satori's layout, then resvg's parse, raster and PNG),
 * and a newsroom has thousands. Astro renders pages on one thread, so the cards are drawn in a
 * pool of worker processes, started as soon as the content checks have passed: one worker
 * fewer than the cores while Astro loads and renders the content, every core once the pages
 * are written. Each card is cached by a digest of what it shows, so a warm build draws only the
 * cards whose words changed; cards already cached are copied into `dist/` as soon as the pages are
 * written, the ones drawn in this build when it is done. `astro dev` draws a card when it is asked for.
 */
import { availableParallelism } from 'node:os';
import { access, copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Tinypool } from 'tinypool';
import { readCardSources } from '../lib/lexicon.ts';
import { cardCacheFile, defaultCardCache, planOgCards, type PlannedCard } from '../lib/og-cards.ts';
import { normalizeBase } from '../lib/routes.ts';

const exists = (file: string) => access(file).then(() => true, () => false);

// Child processes rather than threads: the images' memory stays out of Astro's process, and
// satori and resvg are never loaded there.
const createPool = (threads: number) =>
  new Tinypool({ filename: new URL('./og-worker.ts', import.meta.url).href, runtime: 'child_process', minThreads: threads, maxThreads: threads });

/** The cards not yet in the cache, each once (two pages may show the same card). */
async function missingCards(cards: ReadonlyArray<PlannedCard & { cached: string }>) {
  const present = await Promise.all(cards.map((card) => exists(card.cached)));
  const missing: Array<PlannedCard & { cached: string }> = [];
  const seen = new Set<string>();
  cards.forEach((card, i) => {
    if (present[i] || seen.has(card.cached)) return;
    seen.add(card.cached);
    missing.push(card);
  });
  return missing;
}

/** Copies cards from the cache into the built site. */
async function copyCards(site: string, cards: ReadonlyArray<PlannedCard & { cached: string }>) {
  const folders = new Set(cards.map((p) => path.dirname(path.join(site, p.file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(cards.map((p) => copyFile(p.cached, path.join(site, p.file))));
}

/**
 * Draws a queue of cards with a pool whose workers can be put to work in steps: while Astro
 * renders on one core, one worker fewer than the cores; once the pages are written, all of them.
 */
function drawingQueue(queue: Array<PlannedCard & { cached: string }>, cores: number) {
  const pool = createPool(Math.max(1, Math.min(cores, queue.length)));
  const lanes: Promise<void>[] = [];
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await pool.run({ card: next.card, file: next.cached });
  };
  const widen = (count: number) => {
    for (let i = 0; i < count && lanes.length < cores && queue.length > 0; i++) {
      const running = lane();
      // A failure is reported by finish(), in build:done; until then it is not unhandled.
      running.catch(() => {});
      lanes.push(running);
    }
  };
  return {
    widen,
    /** Resolves when every card is drawn (and the workers have exited); rejects on the first failure. */
    finish: async () => {
      try {
        await Promise.all(lanes);
      } finally {
        await pool.destroy();
      }
    },
  };
}

export default function ogImages(options: { contentDir?: string; cacheDir?: string; threads?: number } = {}): AstroIntegration {
  const threads = options.threads ?? availableParallelism();
  let root = '';
  let cacheDir = '';
  let planned: Array<PlannedCard & { cached: string }> = [];
  let drawing: { widen: (count: number) => void; finish: () => Promise<void>; count: number; started: number } | undefined;
  /** The cards that were in the cache from the start, and those drawn in this build. */
  let cached: Array<PlannedCard & { cached: string }> = [];
  let drawn: Array<PlannedCard & { cached: string }> = [];
  let copying: Promise<void> | undefined;
  const contentDir = () => path.join(root, options.contentDir ?? 'content');
  const plan = async () => planOgCards(await readCardSources(contentDir())).map((p) => ({ ...p, cached: cardCacheFile(p.card, cacheDir) }));

  return {
    name: 'on-the-table:og-images',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        root = fileURLToPath(config.root);
        cacheDir = options.cacheDir ?? defaultCardCache(root);
        if (command !== 'build') return;
        // Runs after the content checks (listed before this integration), so the files are valid.
        planned = await plan();
        const missing = await missingCards(planned);
        const toDraw = new Set(missing.map((card) => card.cached));
        cached = planned.filter((card) => !toDraw.has(card.cached));
        drawn = planned.filter((card) => toDraw.has(card.cached));
        if (missing.length === 0) return;
        const started = performance.now();
        drawing = { ...drawingQueue(missing, threads), count: missing.length, started };
        // Astro renders on one thread: leave it a core while it works.
        drawing.widen(Math.max(1, threads - 1));
      },
      // The pages are written and Astro's thread is free: every core draws, and the cached cards
      // are copied while the search index is made.
      'astro:build:generated': ({ dir }) => {
        drawing?.widen(threads);
        if (cached.length === 0) return;
        copying = copyCards(fileURLToPath(dir), cached);
        // A failure is reported in build:done; until then it is not unhandled.
        copying.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!planned.length) return;
        drawing?.widen(threads);
        await drawing?.finish();
        const site = fileURLToPath(dir);
        await (copying ?? copyCards(site, cached));
        await copyCards(site, drawn);
        const report = drawing ? `${drawing.count} drawn by up to ${threads} workers (${((performance.now() - drawing.started) / 1000).toFixed(1)} s after the start)` : 'none drawn';
        logger.info(`${planned.length} Open Graph images: ${report}, the rest from the cache`);
      },
      'astro:server:setup': ({ server }) => {
        const base = normalizeBase(server.config.base);
        // One worker, started on the first request for a card that is not in the cache.
        let pool: Tinypool | undefined;
        server.httpServer?.once('close', () => void pool?.destroy());
        server.middlewares.use(async (request, response, next) => {
          const url = request.url?.split('?')[0] ?? '';
          if (!url.startsWith(base) || !url.endsWith('.png') || !url.includes('/og/')) return next();
          const card = (await plan()).find((p) => p.file === url.slice(base.length));
          if (!card) return next();
          try {
            if (!(await exists(card.cached))) {
              pool ??= createPool(1);
              await pool.run({ card: card.card, file: card.cached });
            }
            response.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-cache' });
            response.end(await readFile(card.cached));
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
