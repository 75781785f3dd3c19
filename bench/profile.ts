/**
 * Reading a V8 CPU profile (`node --cpu-prof`) into the figures docs/benchmarks.md reports: where
 * the self time went, by package (or by our own source folder) and by function.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by package (`astro`, `micromark`, …), by our own folder (`src/lib`), or by V8 (`(garbage collector)`). */
  byPlace: Array<{ place: string; ms: number }>;
  byFunction: Array<{ fn: string; place: string; ms: number }>;
}

/** Where a script lives: its npm package, our source folder, Node itself, or V8's own bookkeeping. */
export function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    const all = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
    return all.at(-1)![1]!;
  }
  if (url.startsWith('node:')) return 'node';
  const own = /\/(src\/[^/]+|astro\.config\.ts|\.astro|dist\/[^/]+)/.exec(url);
  return own ? own[1]! : url.replace(/^file:\/\//, '');
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

/**
 * Where the self time went, for the whole profile or for a window of it. `window` is in ms on
 * the run's clock (since the build started), the profile's end taken as the run's `endMs`.
 */
export function summariseProfile(profile: CpuProfile, top = 15, window?: { fromMs: number; toMs: number; endMs: number }): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  // Sample times in µs on V8's clock, rebuilt from the deltas; mapped onto the run's clock by the profile's end.
  let at = profile.startTime;
  const toRunMs = (us: number) => (window ? window.endMs - (profile.endTime - us) / 1000 : 0);
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (window) {
      const ms = toRunMs(at);
      if (ms < window.fromMs || ms >= window.toMs) return;
    }
    selfMs.set(id, (selfMs.get(id) ?? 0) + delta / 1000);
  });
  const places = new Map<string, number>();
  const functions = new Map<string, { fn: string; place: string; ms: number }>();
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const place = placeOf(url, functionName);
    places.set(place, (places.get(place) ?? 0) + ms);
    const key = `${functionName}@${url}:${lineNumber}`;
    const entry = functions.get(key) ?? { fn: `${functionName || '(anonymous)'}:${lineNumber + 1}`, place, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  const sorted = <T extends { ms: number }>(list: T[]) => list.sort((a, b) => b.ms - a.ms).slice(0, top);
  return {
    totalMs: window ? window.toMs - window.fromMs : (profile.endTime - profile.startTime) / 1000,
    byPlace: sorted([...places].map(([place, ms]) => ({ place, ms }))),
    byFunction: sorted([...functions.values()]),
  };
}

export function formatSummary(name: string, s: ProfileSummary, functions = true): string {
  const line = (ms: number, label: string) => `${(ms / 1000).toFixed(2).padStart(7)} s  ${label}`;
  return [
    `${name}: ${(s.totalMs / 1000).toFixed(1)} s on the main thread; self time by place, largest first:`,
    ...s.byPlace.map((p) => line(p.ms, p.place)),
    ...(functions ? ['  functions:', ...s.byFunction.map((f) => line(f.ms, `${f.fn}  [${f.place}]`))] : []),
  ].join('\n');
}
