/**
 * How fast the Open Graph cards are drawn, on the real cards (content/ as planned by
 * src/lib/og-cards.ts), in the three ways the build could draw them:
 *
 * - one at a time, each card awaited before the next;
 * - Takumi's own parallelism: several cards in flight in one process, drawn on libuv's threads;
 * - a pool of child processes (as the build did until round three), each drawing one at a time.
 *
 * Run: `node bench/og-cards.ts [--rounds 3] [--repeat 5] [--compare path/to/module.ts]`. A module given
 * with --compare must export `drawCard(card): Promise<Buffer>`; it is timed one card at a time
 * beside the others (that is how satori + resvg were measured, docs/benchmarks.md).
 * Also checks that drawing a card twice gives the same bytes.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { readCardSources } from '../src/checks/lexicon.ts';
import type { OgCard } from '../src/lib/og-cards.ts';
import { planOgCards } from '../src/lib/og-cards.ts';
import { drawCard } from '../src/lib/og-image.ts';
import { CONTENT_DIR } from '../src/core/content-paths.ts';

type Draw = (card: OgCard) => Promise<Buffer>;

/** A child of the pool: draws the cards it is sent and answers with their sizes. */
if (process.env.OG_BENCH_CHILD) {
  process.on('message', async (cards: OgCard[]) => {
    const sizes: number[] = [];
    for (const card of cards) sizes.push((await drawCard(card)).length);
    process.send!(sizes);
  });
} else {
  await main();
}

async function oneAtATime(draw: Draw, cards: OgCard[]) {
  const started = performance.now();
  const sizes: number[] = [];
  for (const card of cards) sizes.push((await draw(card)).length);
  return { ms: performance.now() - started, sizes };
}

/** `lanes` cards in flight at once in this process. */
async function inFlight(draw: Draw, cards: OgCard[], lanes: number) {
  const started = performance.now();
  const queue = [...cards];
  const sizes: number[] = [];
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) sizes.push((await draw(next)).length);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return { ms: performance.now() - started, sizes };
}

/** A pool of `size` child processes, started (and their fonts loaded) before the clock starts, each drawing one at a time. */
async function pool(cards: OgCard[], size: number) {
  const children = Array.from({ length: size }, () => fork(process.argv[1]!, [], { env: { ...process.env, OG_BENCH_CHILD: '1' }, stdio: 'inherit' }));
  const ask = (child: (typeof children)[number], batch: OgCard[]) =>
    new Promise<number[]>((resolve) => {
      child.once('message', (sizes) => resolve(sizes as number[]));
      child.send(batch);
    });
  await Promise.all(children.map((child) => ask(child, cards.slice(0, 1))));
  // Cards are handed out one at a time, as a pool does, so a slow card does not hold a lane.
  const started = performance.now();
  const queue = [...cards];
  const sizes: number[] = [];
  await Promise.all(
    children.map(async (child) => {
      for (let next = queue.shift(); next; next = queue.shift()) sizes.push(...(await ask(child, [next])));
    }),
  );
  const ms = performance.now() - started;
  for (const child of children) child.kill();
  return { ms, sizes };
}

async function main() {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, repeat: { type: 'string', default: '5' }, compare: { type: 'string' }, content: { type: 'string', default: CONTENT_DIR } } });
  const planned = planOgCards(await readCardSources(path.resolve(values.content)));
  const cards = Array.from({ length: Number(values.rounds) }, () => planned.map((p) => p.card)).flat();
  const cores = availableParallelism();
  const kb = (sizes: number[]) => (sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024).toFixed(1);
  type Mode = { name: string; run: () => Promise<{ ms: number; sizes: number[] }> };
  /** Runs every mode `repeat` times, interleaved (the machine is shared: load moves between runs), and prints each one's median. */
  const measure = async (modes: Mode[]) => {
    const runs = new Map(modes.map((m) => [m.name, [] as Array<{ ms: number; cpuMs: number; jsMs: number; kb: string }>]));
    for (let r = 0; r < Number(values.repeat); r++) {
      for (const mode of modes) {
        // This process's CPU time (all its threads); a pool's children are not counted.
        // The JavaScript thread's busy time: what drawing takes from Astro, which renders pages there.
        const cpu = process.cpuUsage();
        const loop = performance.eventLoopUtilization();
        const result = await mode.run();
        const used = process.cpuUsage(cpu);
        const jsMs = performance.eventLoopUtilization(loop).active;
        runs.get(mode.name)!.push({ ms: result.ms, cpuMs: (used.user + used.system) / 1000, jsMs, kb: kb(result.sizes) });
      }
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    for (const [name, list] of runs) {
      const per = (xs: number[]) => (median(xs) / cards.length).toFixed(1).padStart(5);
      const all = list.map((r) => (r.ms / cards.length).toFixed(1)).join(', ');
      console.log(`${name.padEnd(40)} ${per(list.map((r) => r.ms))} ms per card (median; runs ${all}), ${per(list.map((r) => r.cpuMs))} ms CPU in this process, ${per(list.map((r) => r.jsMs))} ms of it on the JS thread; PNG ${list[0]!.kb} KB on average`);
    }
  };

  console.log(`${planned.length} real cards × ${values.rounds} rounds = ${cards.length} draws per run, ${values.repeat} runs of each way, ${cores} cores, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? 'default (4)'}`);
  // Same bytes twice: the cache and two builds of one commit depend on it.
  const first = await drawCard(planned[0]!.card);
  const again = await drawCard(planned[0]!.card);
  const inParallel = await Promise.all(planned.slice(0, 4).map(() => drawCard(planned[0]!.card)));
  console.log(`deterministic: ${[again, ...inParallel].every((png) => png.equals(first)) ? 'yes' : 'NO'} (one card drawn 6 times, 4 of them at once)`);

  const modes: Mode[] = [];
  if (values.compare) {
    const other = (await import(pathToFileURL(path.resolve(values.compare)).href)) as { drawCard: Draw };
    await other.drawCard(planned[0]!.card);
    modes.push({ name: `${path.basename(values.compare)}, one at a time`, run: () => oneAtATime(other.drawCard, cards) });
  }
  modes.push({ name: 'Takumi, one at a time', run: () => oneAtATime(drawCard, cards) });
  for (const lanes of [...new Set([cores, cores * 2, 8])]) modes.push({ name: `Takumi, ${lanes} in flight in one process`, run: () => inFlight(drawCard, cards, lanes) });
  modes.push({ name: `Takumi, pool of ${cores} child processes`, run: () => pool(cards, cores) });
  await measure(modes);
}
