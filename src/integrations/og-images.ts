/**
 * Astro integration: the Open Graph images (src/lib/og-cards.ts says which, src/lib/og-image.ts
 * draws one).
 *
 * Takumi draws a card in about 6 ms of CPU on libuv's thread pool, off Astro's JavaScript thread
 * (under 1 ms of a card's time is spent there), so the cards are drawn in Astro's own process,
 * several in flight at once: one fewer than the cores while Astro loads and renders the content,
 * two per core once the pages are written (so a thread never waits for its next card). Measured
 * against a pool of child processes, this was faster and needs no worker module or child
 * processes (docs/benchmarks.md, round three; `node bench/og-cards.ts`). Each card is
 * cached by a digest of what it shows, so a warm build draws only the cards whose words changed;
 * cards already cached are copied into `dist/` as soon as the pages are written, the ones drawn in
 * this build when it is done. `astro dev` draws a card when it is asked for.
 */
import { availableParallelism } from 'node:os';
import { access, copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCardSources } from '../checks/lexicon.ts';
import { cardCacheFile, defaultCardCache, planOgCards, type PlannedCard } from '../lib/og-cards.ts';
// A static import: Astro loads this file in Vite's module runner, which is closed before
// astro:build:done, so a dynamic import there fails. Loading Takumi costs about 15 ms; its fonts
// are read only when a card is drawn.
import { drawCardToCache } from '../lib/og-image.ts';
import { normaliseBase } from '../lib/routes.ts';
import { CONTENT_DIR } from '../core/content-paths.ts';

const exists = (file: string) => access(file).then(() => true, () => false);

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
 * Draws a queue of cards, a number of them in flight at once, raised in steps by `widen(total)`
 * (the hooks below say when), never more than `most`.
 */
function drawingQueue(queue: Array<PlannedCard & { cached: string }>, most: number) {
  const lanes: Promise<void>[] = [];
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await drawCardToCache(next.card, next.cached);
  };
  const widen = (count: number) => {
    for (let i = lanes.length; i < count && i < most && queue.length > 0; i++) {
      const running = lane();
      // A failure is reported by finish(), in build:done; until then it is not unhandled.
      running.catch(() => {});
      lanes.push(running);
    }
  };
  return {
    widen,
    /** Resolves when every card is drawn; rejects on the first failure. */
    finish: async () => {
      await Promise.all(lanes);
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
  const contentDir = () => path.join(root, options.contentDir ?? CONTENT_DIR);
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
        drawing = { ...drawingQueue(missing, 2 * threads), count: missing.length, started };
        // Astro renders on one thread: leave it a core while it works.
        drawing.widen(Math.max(1, threads - 1));
      },
      // The pages are written and Astro's thread is free: every core draws, and the cached cards
      // are copied while the search index is made.
      'astro:build:generated': ({ dir }) => {
        drawing?.widen(2 * threads);
        if (cached.length === 0) return;
        copying = copyCards(fileURLToPath(dir), cached);
        // A failure is reported in build:done; until then it is not unhandled.
        copying.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!planned.length) return;
        drawing?.widen(2 * threads);
        await drawing?.finish();
        const site = fileURLToPath(dir);
        await (copying ?? copyCards(site, cached));
        await copyCards(site, drawn);
        const report = drawing ? `${drawing.count} drawn, up to ${2 * threads} at once (${((performance.now() - drawing.started) / 1000).toFixed(1)} s after the start)` : 'none drawn';
        logger.info(`${planned.length} Open Graph images: ${report}, the rest from the cache`);
      },
      'astro:server:setup': ({ server }) => {
        const base = normaliseBase(server.config.base);
        server.middlewares.use(async (request, response, next) => {
          const url = request.url?.split('?')[0] ?? '';
          if (!url.startsWith(base) || !url.endsWith('.png') || !url.includes('/og/')) return next();
          const card = (await plan()).find((p) => p.file === url.slice(base.length));
          if (!card) return next();
          try {
            if (!(await exists(card.cached))) await drawCardToCache(card.card, card.cached);
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
