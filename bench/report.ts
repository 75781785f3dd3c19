/**
 * Medians, the results table, the issue's targets and the results section of
 * docs/benchmarks.md. Pure formatting: no measuring here.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Phases } from './project.ts';
import type { ListWeight } from './list-weights.ts';

export interface Sample {
  wallMs: number;
  maxRssKb: number | null;
  treeRssKb: number;
  pages: number;
  phases?: Phases | null;
}

export type Scenario = 'hugo' | 'cold' | 'warm' | 'edit';

export interface SizeResult {
  n: number;
  counts: { articles: number; actors: number; events: number; issues: number };
  corpusBytes: number;
  articleBytes: number;
  checkMs: number;
  samples: Record<Scenario, Sample[]>;
  /** Save → changed page served by `astro dev`, ms per save (bench/dev.ts); absent with --no-dev. */
  devSavesMs?: number[];
  /** The gzipped weight of the pages that grow with the content (bench/list-weights.ts), from the last build. */
  lists?: ListWeight[];
  /** Cold builds of a bare Astro site from the same content into as many pages (bench/bare-astro.ts). */
  floor?: Sample[];
}

/** Today's content, built as a fresh clone would (every cache removed), and its editor preview. */
export interface RealSiteResult {
  pages: number;
  cold: Sample[];
  devSavesMs?: number[];
  /** Cold builds of a bare Astro site from the same content into as many pages. */
  floor?: Sample[];
}

export interface Machine {
  cores: number;
  memoryGb: number;
  cpu: string;
  node: string;
  astro: string;
  pagefind: string;
  hugo: string;
  gnuTime: boolean;
  date: string;
  /** Digest of the site's sources (src/, public/, config) as built in this run. */
  sources: string;
}

const LABELS: Record<Scenario, string> = {
  hugo: 'Hugo, cold',
  cold: 'ours, cold',
  warm: 'ours, warm (nothing changed)',
  edit: 'ours, one article edited',
};

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (kb: number) => String(Math.round(kb / 1024));

function peakKb(s: Sample): number {
  return Math.max(s.maxRssKb ?? 0, s.treeRssKb);
}

export function summarise(samples: readonly Sample[]) {
  return {
    wallMs: median(samples.map((s) => s.wallMs)),
    minMs: Math.min(...samples.map((s) => s.wallMs)),
    maxMs: Math.max(...samples.map((s) => s.wallMs)),
    maxRssKb: samples.some((s) => s.maxRssKb !== null) ? median(samples.map((s) => s.maxRssKb ?? 0)) : null,
    treeRssKb: median(samples.map((s) => s.treeRssKb)),
    peakKb: Math.max(...samples.map(peakKb)),
    pages: median(samples.map((s) => s.pages)),
  };
}

function phaseMedians(samples: readonly Sample[]): Phases | null {
  const withPhases = samples.map((s) => s.phases).filter((p): p is Phases => Boolean(p));
  if (withPhases.length === 0) return null;
  const keys = Object.keys(withPhases[0]!) as Array<keyof Phases>;
  return Object.fromEntries(keys.map((k) => [k, median(withPhases.map((p) => p[k]))])) as unknown as Phases;
}

export function resultsTable(results: readonly SizeResult[]): string {
  const rows = ['| N | build | wall time, s (median; min–max) | × Hugo cold | pages | pages/s | peak RSS, largest process (MB) | peak RSS, process tree (MB) |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const r of results) {
    const hugo = summarise(r.samples.hugo);
    for (const scenario of ['hugo', 'cold', 'warm', 'edit'] as const) {
      if (r.samples[scenario].length === 0) continue;
      const s = summarise(r.samples[scenario]);
      const range = r.samples[scenario].length > 1 ? ` (${seconds(s.minMs)}–${seconds(s.maxMs)})` : '';
      rows.push(
        `| ${r.n.toLocaleString('en')} | ${LABELS[scenario]} | ${seconds(s.wallMs)}${range} | ${(s.wallMs / hugo.wallMs).toFixed(1)}× | ${s.pages} | ${Math.round(s.pages / (s.wallMs / 1000))} | ${s.maxRssKb === null ? 'n/a' : mb(s.maxRssKb)} | ${mb(s.treeRssKb)} |`,
      );
    }
  }
  return rows.join('\n');
}

export function phaseTable(results: readonly SizeResult[]): string {
  const rows = [
    '| N | build | start-up and content checks | content layer (Markdown) | types and bundling | page generation | after the pages | of which: waiting for Open Graph images | of which: search index |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    for (const scenario of ['cold', 'warm', 'edit'] as const) {
      const p = phaseMedians(r.samples[scenario]);
      if (!p) continue;
      rows.push(`| ${r.n.toLocaleString('en')} | ${LABELS[scenario]} | ${seconds(p.startup)} | ${seconds(p.content)} | ${seconds(p.bundle)} | ${seconds(p.pages)} | ${seconds(p.finish)} | ${seconds(p.images ?? 0)} | ${seconds(p.search)} |`);
    }
  }
  return rows.join('\n');
}

/**
 * Each stage of our cold build beside the same stage of a bare Astro site built from the same
 * content into as many pages (medians): what Astro itself costs for that much, and what is ours.
 */
export function floorTable(results: readonly SizeResult[], real?: RealSiteResult): string {
  const rows = [
    '| content | pages | build | whole build | start-up (and our checks) | content layer | types and bundling | page generation | after the pages |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const row = (what: string, pages: number, label: string, samples: readonly Sample[]) => {
    const p = phaseMedians(samples);
    if (!p) return;
    rows.push(`| ${what} | ${pages} | ${label} | ${seconds(summarise(samples).wallMs)} | ${seconds(p.startup)} | ${seconds(p.content)} | ${seconds(p.bundle)} | ${seconds(p.pages)} | ${seconds(p.finish)} |`);
  };
  if (real?.floor?.length) {
    row("today's content", real.pages, 'bare Astro, cold', real.floor);
    row("today's content", real.pages, 'ours, cold', real.cold);
  }
  for (const r of results) {
    if (!r.floor?.length) continue;
    const what = `N = ${r.n.toLocaleString('en')}`;
    row(what, summarise(r.samples.cold).pages, 'bare Astro, cold', r.floor);
    for (const scenario of ['cold', 'warm', 'edit'] as const) row(what, summarise(r.samples[scenario]).pages, LABELS[scenario], r.samples[scenario]);
  }
  return rows.join('\n');
}

export function corpusTable(results: readonly SizeResult[]): string {
  const rows = ['| N | articles | actors | events | issues | corpus (MB) | mean article (KB) | `check:content` (s) | our pages | Hugo pages |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const r of results) {
    const c = r.counts;
    rows.push(
      `| ${r.n.toLocaleString('en')} | ${c.articles} | ${c.actors} | ${c.events} | ${c.issues} | ${(r.corpusBytes / 1048576).toFixed(1)} | ${(r.articleBytes / c.articles / 1024).toFixed(1)} | ${seconds(r.checkMs)} | ${summarise(r.samples.cold).pages} | ${summarise(r.samples.hugo).pages} |`,
    );
  }
  return rows.join('\n');
}

interface Verdict {
  target: string;
  measured: string;
  met: boolean | null;
}

export function targets(results: readonly SizeResult[], real?: RealSiteResult): Verdict[] {
  const at = (n: number) => results.find((r) => r.n === n);
  const ratio = (r: SizeResult, s: Scenario) => summarise(r.samples[s]).wallMs / summarise(r.samples.hugo).wallMs;
  const verdicts: Verdict[] = [];
  const r1000 = at(1000);
  const notRun = (n: number) => `not measured (run with --n=${n})`;
  const limit = (target: string, value: number | undefined, max: number, show: (v: number) => string, missing: string) =>
    verdicts.push(value === undefined ? { target, measured: missing, met: null } : { target, measured: show(value), met: value <= max });
  const times = (v: number) => `${v.toFixed(1)}×`;
  const gb = (kb: number) => `${(kb / 1048576).toFixed(2)} GB`;
  const ms = (list: number[] | undefined) => (v: number) => `${Math.round(v)} ms (median of ${list?.length ?? 0} saves)`;
  limit('1,000 articles: cold build ≤ 25× Hugo cold', r1000 && ratio(r1000, 'cold'), 25, times, notRun(1000));
  limit('1,000 articles: warm rebuild ≤ 8× Hugo cold', r1000 && ratio(r1000, 'warm'), 8, times, notRun(1000));
  limit('1,000 articles: one-article rebuild ≤ 9× Hugo cold', r1000 && ratio(r1000, 'edit'), 9, times, notRun(1000));
  const largest = (r: SizeResult) => Math.max(...(['cold', 'warm', 'edit'] as const).map((s) => summarise(r.samples[s]).maxRssKb ?? Infinity));
  limit('1,000 articles: largest process ≤ 1 GB', r1000 && largest(r1000), 1048576, gb, notRun(1000));
  const dev = (list?: number[]) => (list && list.length > 0 ? median(list) : undefined);
  limit('editor preview, real content: `astro dev` save → page served ≤ 800 ms', dev(real?.devSavesMs), 800, ms(real?.devSavesMs), 'not measured (run without --no-dev)');
  const timeline = (r: SizeResult) => (r.lists ?? []).filter((w) => w.what.startsWith('timeline'));
  const others = (r: SizeResult) => (r.lists ?? []).filter((w) => !w.what.startsWith('timeline'));
  const heaviest = (list: ListWeight[]) => (list.length ? Math.max(...list.map((w) => w.bytes)) : undefined);
  const weighed = (r1000?.lists?.length ?? 0) > 0;
  limit('1,000 articles: every timeline page ≤ 20 KB gzipped (HTML, CSS, JS)', weighed ? heaviest(timeline(r1000!)) : undefined, 20 * 1024, (v) => `largest ${kb(v)} of ${timeline(r1000!).length} pages`, notRun(1000));
  limit('1,000 articles: every other list page ≤ 100 KB gzipped', weighed ? heaviest(others(r1000!)) : undefined, 100 * 1024, (v) => `largest ${kb(v)}`, notRun(1000));
  limit('real site: cold build ≤ 5 s', real && real.cold.length > 0 ? summarise(real.cold).wallMs / 1000 : undefined, 5, (v) => `${v.toFixed(1)} s`, 'not measured');
  return verdicts;
}

/**
 * The pages that grow with the content, gzipped with what they load, against their budgets: the
 * timeline's overview and its heaviest period page in each edition (every period page is weighed),
 * and each other list as bench/list-weights.ts names it.
 */
export function listTable(results: readonly SizeResult[]): string {
  const rows = ['| N | page | path | gzipped | budget | |', '| ---: | --- | --- | ---: | ---: | --- |'];
  for (const r of results) {
    const lists = r.lists ?? [];
    const periods = lists.filter((w) => w.what.startsWith('timeline ') && !w.what.startsWith('timeline overview'));
    const shown: ListWeight[] = lists.filter((w) => !periods.includes(w));
    for (const edition of [...new Set(periods.map((w) => /\((\w+)\)$/.exec(w.what)?.[1] ?? ''))]) {
      const mine = periods.filter((w) => (/\((\w+)\)$/.exec(w.what)?.[1] ?? '') === edition);
      const top = mine.reduce((a, b) => (b.bytes > a.bytes ? b : a));
      shown.push({ ...top, what: `heaviest of ${mine.length} timeline period pages${edition ? ` (${edition})` : ''}` });
    }
    for (const w of shown) rows.push(`| ${r.n.toLocaleString('en')} | ${w.what} | \`${w.page}\` | ${kb(w.bytes)} | ${kb(w.budget)} | ${w.bytes <= w.budget ? 'within' : '**over**'} |`);
  }
  return rows.join('\n');
}

export function targetTable(results: readonly SizeResult[], real?: RealSiteResult): string {
  const mark = (met: boolean | null) => (met === null ? '—' : met ? 'met' : '**missed**');
  return ['| target (issue 23) | measured | |', '| --- | --- | --- |', ...targets(results, real).map((v) => `| ${v.target} | ${v.measured} | ${mark(v.met)} |`)].join('\n');
}

export function realSiteLines(real: RealSiteResult): string {
  const cold = summarise(real.cold);
  const dev = real.devSavesMs?.length ? `; editor preview (save → page served) ${real.devSavesMs.map((v) => Math.round(v)).join(', ')} ms` : '';
  return `- Today's content (${real.pages} pages): cold build ${seconds(cold.wallMs)} s, largest process ${cold.maxRssKb === null ? 'n/a' : `${mb(cold.maxRssKb)} MB`}${dev}.`;
}

export function devLines(results: readonly SizeResult[]): string {
  return results
    .filter((r) => r.devSavesMs?.length)
    .map((r) => `- N = ${r.n.toLocaleString('en')}: editor preview (save → page served by \`astro dev\`) ${r.devSavesMs!.map((v) => Math.round(v)).join(', ')} ms.`)
    .join('\n');
}

export function machineLines(m: Machine, results: readonly SizeResult[]): string {
  const runs = results.map((r) => `${r.samples.cold.length} at N = ${r.n.toLocaleString('en')}`).join(', ');
  const several = results.some((r) => r.samples.cold.length > 1);
  return [
    `- Run on ${m.date}: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB memory.`,
    `- Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}; reference: ${m.hugo}.`,
    `- Site sources built: digest ${m.sources} (sha-256 of src/, public/ and the config files, copied once at the start of the run).`,
    `- Runs of each build: ${runs}; figures are medians${several ? ' (min–max in brackets where there are several runs)' : ''}.`,
    `- Peak memory: ${m.gnuTime ? 'largest single process from GNU time (`/usr/bin/time -f %M`, Debian package `time`)' : 'GNU time not installed, so no per-process figure'}; the process tree's sum sampled every 100 ms from /proc.`,
  ].join('\n');
}

export function fullReport(results: readonly SizeResult[], machine: Machine, real?: RealSiteResult): string {
  const extra = [real ? realSiteLines(real) : '', devLines(results)].filter(Boolean);
  return [
    machineLines(machine, results),
    '',
    '#### Builds',
    '',
    resultsTable(results),
    ...(extra.length ? ['', ...extra] : []),
    '',
    '#### Targets',
    '',
    targetTable(results, real),
    '',
    '#### Where our time goes (medians, seconds, from the arrival of `astro build` log lines)',
    '',
    phaseTable(results),
    '',
    '#### Each stage against its floor (a bare Astro 7 site: the same content files into as many pages, no plugin, schema, check, image or index; medians, seconds)',
    '',
    floorTable(results, real),
    '',
    '#### Pages that grow with the content (gzipped at level 9 with the stylesheets and scripts they load)',
    '',
    listTable(results),
    '',
    '#### Corpus',
    '',
    corpusTable(results),
  ].join('\n');
}

const START = '<!-- bench:results:start (written by `npm run bench -- --write`; edits inside are replaced) -->';
const END = '<!-- bench:results:end -->';

/** Replaces the results section of docs/benchmarks.md (between its markers), or appends one. */
export function writeResults(file: string, report: string) {
  const section = `${START}\n${report}\n${END}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n## Results\n\n';
  const from = text.indexOf('<!-- bench:results:start');
  const to = text.indexOf(END);
  const next = from !== -1 && to > from ? `${text.slice(0, from)}${section}${text.slice(to + END.length)}` : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
