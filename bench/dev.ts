/**
 * The editor's preview, measured: `astro dev` runs in a project, an article is saved with a new
 * sentence, and the time is taken until the server serves that article's page with the sentence
 * in it. Requests follow one another without pause, so the figure includes rendering the page.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createUrls } from '../src/lib/routes.ts';
import { entryFile } from '../src/core/content-paths.ts';

/** How long a save may take to show before the measurement gives up. */
export const SAVE_TIMEOUT_MS = 120_000;

export interface DevResult {
  /** Save → page with the change served, ms, one per save. */
  savesMs: number[];
  /** `astro dev` start → first page served, ms. */
  startMs: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function fetchText(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { headers: { 'cache-control': 'no-cache' } });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

/** Waits until `url` serves a page containing `needle` (or any page when null); throws after `timeoutMs`. */
async function until(url: string, needle: string | null, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const text = await fetchText(url);
    if (text !== null && (needle === null || text.includes(needle))) return;
    if (text === null) await sleep(50);
  }
  throw new Error(`${url} did not serve ${needle === null ? 'a page' : `"${needle}"`} within ${timeoutMs / 1000} s`);
}

/**
 * Saves `article` (a file under content/articles/) `saves` times, each time with a new sentence
 * before its first subheading, and measures each save until its page shows it.
 */
export async function measureDevPreview(project: string, article: string, saves = 5): Promise<DevResult> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: project,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const file = path.join(project, entryFile('articles', article));
  const original = readFileSync(file, 'utf8');
  const url = `http://127.0.0.1:${port}${createUrls('/', 'en').article(article)}`;
  try {
    await until(url, null, 600_000);
    const startMs = performance.now() - started;
    // Let the first render's work (module graph, caches) settle before timing saves.
    await until(url, null, 60_000);
    await sleep(1000);
    const savesMs: number[] = [];
    for (let i = 0; i < saves; i++) {
      const sentence = `A sentence saved by the benchmark, number ${i + 1} of ${Date.now()}.`;
      const at = original.indexOf('\n\n## ');
      const saved = performance.now();
      writeFileSync(file, at === -1 ? `${original}\n\n${sentence}\n` : `${original.slice(0, at)}\n\n${sentence}${original.slice(at)}`);
      await until(url, sentence, SAVE_TIMEOUT_MS);
      savesMs.push(performance.now() - saved);
      // The content checks run after each save (debounced); let them finish before the next one.
      await sleep(1500);
    }
    return { savesMs, startMs };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- astro dev log ---\n${log.split('\n').slice(-30).join('\n')}`);
  } finally {
    writeFileSync(file, original);
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
