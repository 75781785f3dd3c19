/**
 * Runs one build and measures it: wall time, peak memory, and when each line of its log
 * appeared (so a build's phases can be timed to the millisecond, where Astro's own log
 * prints whole seconds).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface RunResult {
  wallMs: number;
  /** Peak RSS of the largest single process (GNU time's %M), in KiB; null without /usr/bin/time. */
  maxRssKb: number | null;
  /** Peak of the whole process tree's RSS summed (sampled every 100 ms from /proc), in KiB. */
  treeRssKb: number;
  status: number | null;
  /** Every output line with the milliseconds since the start at which it arrived. */
  lines: Array<{ ms: number; text: string }>;
}

const GNU_TIME = '/usr/bin/time';
const PAGE_KB = 4;

export function hasGnuTime(): boolean {
  if (!existsSync(GNU_TIME)) return false;
  return spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
}

/** RSS of `root` and all its descendants, in KiB, read from /proc. */
function treeRss(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces or parentheses: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE_KB);
    } catch {
      // The process ended between readdir and read.
    }
  }
  let total = 0;
  for (const [pid, kb] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        total += kb;
        break;
      }
    }
  }
  return total;
}

/** Runs a command to completion, measuring it. Output is kept, not shown. */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  const gnuTime = hasGnuTime();
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-time-'));
  const timeFile = path.join(scratch, 'rss');
  const [file, argv] = gnuTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  const lines: RunResult['lines'] = [];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peakTree = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakTree = Math.max(peakTree, treeRss(child.pid));
  }, 100);

  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - started;
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) lines.push({ ms, text });
    });
    stream.on('end', () => {
      if (pending) lines.push({ ms: performance.now() - started, text: pending });
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = performance.now() - started;
      clearInterval(sampler);
      let maxRssKb: number | null = null;
      if (gnuTime && existsSync(timeFile)) {
        const value = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
        maxRssKb = Number.isFinite(value) ? value : null;
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ wallMs, maxRssKb, treeRssKb: peakTree, status, lines });
    });
  });
}

/** Milliseconds since the start at which the first line matching `pattern` (after `afterMs`) arrived. */
export function lineTime(result: RunResult, pattern: RegExp, afterMs = -1): number | undefined {
  return result.lines.find((l) => l.ms >= afterMs && pattern.test(l.text))?.ms;
}
