/**
 * `npm run bench`: the benchmark of issue 6. For each size N it generates a synthetic corpus in
 * the content contract into a temporary copy of the project, builds it with the real
 * configuration (cold, warm, one article edited) and, in the same run, builds the same articles
 * with Hugo as the reference; our times are reported as ratios to Hugo's cold build, so the
 * figures hold on a noisy machine. docs/benchmarks.md explains every figure.
 *
 *   npm run bench                      N = 100 and 1,000, one run each (a few minutes)
 *   npm run bench -- --full            N = 100, 1,000 and 5,000, three runs each, medians
 *   npm run bench -- --n=1000 --runs=3 custom sizes and runs
 *   npm run bench -- --n=100,1000,5000 --runs=3,3,1   runs per size
 *   --write   replace the results section of docs/benchmarks.md
 *   --keep    keep the temporary projects (their paths are printed) and each build's log
 *             in <project>/bench-logs/, every line stamped with its arrival in ms
 *   --profile write a CPU profile of every process of every build (`node --cpu-prof`) into a
 *             folder it prints, and print where each phase's main-thread time went
 *   --no-dev  skip the editor-preview measurement (`astro dev`, save → page served; it is
 *             taken at sizes up to 1,000 articles, those of the issue's targets)
 *
 * Before the sizes, today's real content is built cold three times and its preview measured
 * (the issue's targets for the real site), with the editors' desk's keystroke → preview on that
 * build (bench/desk-preview.ts). Hugo is built three times before and three times
 * after ours in each round, its median the reference. After our builds of each size (and of the
 * real content), a bare Astro site is built cold from the same content into as many pages
 * (bench/bare-astro.ts): each stage's floor. After each size's builds, the pages that grow with the
 * content (every timeline page, /articles/, the largest issue, actor and connections pages, in
 * both editions) are weighed gzipped against their budgets (bench/list-weights.ts); a page
 * over budget makes the run exit with status 1 after printing everything.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.ts';
import { buildHugoCold, HUGO_MISSING, hugoVersion } from './hugo.ts';
import { writeHugoSite } from './hugo-site.ts';
import { hasGnuTime, type RunResult } from './measure.ts';
import { astroPhases, buildProject, copyProject, countHtml, makeCold, removeDir, snapshotSources } from './project.ts';
import { fullReport, summarise, writeResults, type Machine, type RealSiteResult, type Sample, type SizeResult } from './report.ts';
import { measureDevPreview } from './dev.ts';
import { buildBare, makeBareProject } from './bare-astro.ts';
import { formatSummary, readProfile, summariseProfile } from './profile.ts';
import { editOneArticle, realIssueIds, writeContent } from './write-content.ts';
import { listWeights, overBudget } from './list-weights.ts';
import { deskPreviewLines, measureDeskPreview } from './desk-preview.ts';
import { CONTENT_DIR, collectionFolder, entryFile } from '../src/core/content-paths.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REAL_ISSUES = path.join(ROOT, CONTENT_DIR, collectionFolder('issues'));
const DOC = path.join(ROOT, 'docs', 'benchmarks.md');

interface Options {
  sizes: number[];
  /** Runs per size, one number for each of `sizes`. */
  runs: number[];
  write: boolean;
  keep: boolean;
  /** Folder for CPU profiles, or null without --profile. */
  profileDir: string | null;
  dev: boolean;
}

/** The largest size whose editor preview is measured (the issue's preview target is at 1,000 articles). */
const MAX_DEV_SIZE = 1000;

/** Hugo's cold builds before and after ours in each round. */
const HUGO_RUNS_AROUND = 3;

const USAGE = 'usage: npm run bench -- [--full] [--n=100,1000] [--runs=3 | --runs=3,3,1] [--write] [--keep] [--profile] [--no-dev]';

const numbers = (text: string) => text.split(',').map(Number);

function parseArgs(argv: readonly string[]): Options {
  let sizes = [100, 1000];
  let runs = [1];
  let write = false;
  let keep = false;
  let profileDir: string | null = null;
  let dev = true;
  // --full first, so that an explicit --n or --runs given with it wins, whatever the order.
  if (argv.includes('--full')) [sizes, runs] = [[100, 1000, 5000], [3]];
  for (const arg of argv) {
    if (arg === '--full') continue;
    else if (arg.startsWith('--n=')) sizes = numbers(arg.slice(4));
    else if (arg.startsWith('--runs=')) runs = numbers(arg.slice(7));
    else if (arg === '--write') write = true;
    else if (arg === '--keep') keep = true;
    else if (arg === '--profile') profileDir = mkdtempSync(path.join(os.tmpdir(), 'on-the-table-profiles-'));
    else if (arg === '--no-dev') dev = false;
    else {
      console.error(`unknown option ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  // One runs figure for all sizes, or one per size (e.g. --n=100,1000,5000 --runs=3,3,1).
  if (runs.length === 1) runs = sizes.map(() => runs[0]!);
  const whole = (min: number) => (v: number) => Number.isInteger(v) && v >= min;
  if (!sizes.every(whole(5)) || !runs.every(whole(1)) || runs.length !== sizes.length) {
    console.error(`--n takes whole numbers of at least 5, --runs one whole number of at least 1 or one per size\n${USAGE}`);
    process.exit(2);
  }
  return { sizes, runs, write, keep, profileDir, dev };
}

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function machine(hugo: string): Machine {
  return {
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    node: process.version,
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
    hugo,
    gnuTime: hasGnuTime(),
    date: new Date().toISOString().slice(0, 10),
    sources: '',
  };
}

/** A failed build makes every figure meaningless: stop and show why. */
function mustSucceed(what: string, run: RunResult) {
  if (run.status === 0) return;
  console.error(run.lines.slice(-40).map((l) => l.text).join('\n'));
  throw new Error(`${what} failed (exit ${run.status}); its last lines are above`);
}

function sample(run: RunResult, outputDir: string, astro: boolean): Sample {
  return { wallMs: run.wallMs, maxRssKb: run.maxRssKb, treeRssKb: run.treeRssKb, pages: countHtml(outputDir), phases: astro ? astroPhases(run) : undefined };
}

/** With --keep, each build's log is kept too, every line stamped with its arrival in ms. */
function saveLog(project: string, name: string, run: RunResult) {
  mkdirSync(path.join(project, 'bench-logs'), { recursive: true });
  writeFileSync(path.join(project, 'bench-logs', `${name}.log`), run.lines.map((l) => `${l.ms.toFixed(0).padStart(7)} ${l.text}`).join('\n'));
}

/** `check:content` in the copy: the corpus must be valid before anything is timed. */
function checkCorpus(project: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['src/cli/check-content.ts'], { cwd: project, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}`.split('\n').slice(-30).join('\n'));
    throw new Error('the synthetic corpus does not pass check:content (see above); the generator needs fixing');
  }
  log(`  ${result.stdout.trim()}`);
  return performance.now() - started;
}

/** Where the main thread's time went in each phase of a profiled build (the largest profile is Astro's process). */
function reportProfile(dir: string, run: RunResult, name: string) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f));
  if (files.length === 0) return;
  const main = files.reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b));
  const profile = readProfile(main);
  const phases = astroPhases(run);
  const parts: string[] = [formatSummary(`${name}, whole build`, summariseProfile(profile, 12))];
  if (phases) {
    let from = 0;
    for (const [phase, length] of [['start-up', phases.startup], ['content layer', phases.content], ['types and bundling', phases.bundle], ['page generation', phases.pages], ['after the pages', phases.finish]] as const) {
      parts.push(formatSummary(`${name}, ${phase}`, summariseProfile(profile, 8, { fromMs: from, toMs: from + length, endMs: run.wallMs }), false));
      from += length;
    }
  }
  const text = parts.join('\n\n');
  writeFileSync(path.join(dir, 'summary.txt'), text);
  log(`  profile of ${name} (${path.relative(os.tmpdir(), dir)}):\n${text}`);
}

/** The editor preview's save times, logged; undefined when it could not be measured. */
async function previewSaves(project: string, article: string): Promise<number[] | undefined> {
  try {
    const dev = await measureDevPreview(project, article);
    log(`  editor preview: astro dev served its first page after ${(dev.startMs / 1000).toFixed(1)} s; save → page served ${dev.savesMs.map((v) => Math.round(v)).join(', ')} ms`);
    return dev.savesMs;
  } catch (error) {
    // A preview that never shows the save is a result, not a reason to lose the builds' figures.
    log(`  editor preview not measured: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

async function benchSize(sources: string, n: number, runs: number, options: Options): Promise<SizeResult> {
  const corpus = generateCorpus(n, realIssueIds(REAL_ISSUES));
  const project = copyProject(sources, ROOT);
  const hugoSite = mkdtempSync(path.join(os.tmpdir(), 'on-the-table-hugo-'));
  try {
    const corpusBytes = writeContent(project, corpus, REAL_ISSUES);
    const articleBytes = corpus.articles.reduce((sum, a) => sum + statSync(path.join(project, entryFile('articles', a.id))).size, 0);
    writeHugoSite(hugoSite, corpus, REAL_ISSUES);
    log(`N=${n}: ${corpus.articles.length} articles, ${corpus.actors.length} actors, ${corpus.events.length} events in ${project}; Hugo site in ${hugoSite}`);
    const checkMs = checkCorpus(project);
    const samples: SizeResult['samples'] = { hugo: [], cold: [], warm: [], edit: [] };
    // One unmeasured Hugo build first: our builds find their files in the OS page cache (the
    // content check just read them), so Hugo's first measured build should too.
    mustSucceed('hugo', await buildHugoCold(hugoSite));
    // Hugo several times around ours in each round, its median the reference: the machine is
    // shared, and a single Hugo run moved between 1.2 and 3.3 s in one week.
    const hugoRuns = async () => {
      for (let i = 0; i < HUGO_RUNS_AROUND; i++) {
        const hugo = await buildHugoCold(hugoSite);
        mustSucceed('hugo', hugo);
        samples.hugo.push(sample(hugo, path.join(hugoSite, 'public'), false));
      }
    };
    for (let run = 0; run < runs; run++) {
      await hugoRuns();
      makeCold(project);
      for (const scenario of ['cold', 'warm', 'edit'] as const) {
        if (scenario === 'edit') editOneArticle(project, corpus, run);
        const profileDir = options.profileDir ? path.join(options.profileDir, `n${n}-${scenario}-${run + 1}`) : undefined;
        if (profileDir) mkdirSync(profileDir, { recursive: true });
        const result = await buildProject(project, profileDir);
        mustSucceed(`our ${scenario} build`, result);
        if (options.keep) saveLog(project, `${scenario}-${run + 1}`, result);
        if (profileDir) reportProfile(profileDir, result, `N=${n} ${scenario}`);
        samples[scenario].push(sample(result, path.join(project, 'dist'), true));
      }
      await hugoRuns();
      const s = (list: Sample[]) => `${(list.at(-1)!.wallMs / 1000).toFixed(1)} s`;
      const around = samples.hugo.slice(-2 * HUGO_RUNS_AROUND).map((h) => (h.wallMs / 1000).toFixed(2)).join(', ');
      log(`  run ${run + 1}/${runs}: Hugo ${around} s around ours: cold ${s(samples.cold)}, warm ${s(samples.warm)}, one article ${s(samples.edit)}`);
    }
    // The pages that grow with the content, weighed in the last build's output (the same pages as the cold build's).
    const lists = listWeights(path.join(project, 'dist'));
    const over = overBudget(lists);
    log(`  page budgets: ${lists.length} list pages weighed, ${over.length ? `${over.length} OVER BUDGET:\n    ${over.join('\n    ')}` : 'every one within its budget'}`);
    const floor = await floorOf(path.join(project, CONTENT_DIR), summarise(samples.cold).pages, runs, `N=${n}`);
    let devSavesMs: number[] | undefined;
    // The preview targets are set for the real content and 1,000 articles; larger sizes skip it.
    if (options.dev && n <= MAX_DEV_SIZE) {
      devSavesMs = await previewSaves(project, corpus.articles[Math.floor(corpus.articles.length / 3)]!.id);
    }
    return {
      n,
      counts: { articles: corpus.articles.length, actors: corpus.actors.length, events: corpus.events.length, issues: corpus.issues.length },
      corpusBytes,
      articleBytes,
      checkMs,
      samples,
      devSavesMs,
      lists,
      floor,
    };
  } finally {
    if (options.keep) log(`  kept ${project} and ${hugoSite}`);
    else {
      removeDir(project);
      removeDir(hugoSite);
    }
  }
}

/**
 * Each stage's floor: a bare Astro 7 site built from the same content files into as many pages
 * (bench/bare-astro.ts), cold, as often as our cold build was.
 */
async function floorOf(content: string, pages: number, runs: number, label: string): Promise<Sample[]> {
  const bare = makeBareProject(ROOT, content, pages);
  try {
    const samples = (await buildBare(bare, runs)).map((f) => ({ wallMs: f.wallMs, maxRssKb: f.maxRssKb, treeRssKb: 0, pages: f.pages, phases: f.phases }));
    log(`  ${label}: bare Astro, same content into ${pages} pages, cold ${samples.map((c) => (c.wallMs / 1000).toFixed(1)).join(', ')} s`);
    return samples;
  } finally {
    removeDir(bare);
  }
}

/** Today's content, cold as a fresh clone builds it, and its editor preview. */
async function benchRealSite(sources: string, options: Options): Promise<RealSiteResult> {
  const project = copyProject(sources, ROOT);
  try {
    cpSync(path.join(ROOT, CONTENT_DIR), path.join(project, CONTENT_DIR), { recursive: true });
    const cold: Sample[] = [];
    for (let run = 0; run < 3; run++) {
      makeCold(project);
      const result = await buildProject(project);
      mustSucceed('the real site\'s cold build', result);
      cold.push(sample(result, path.join(project, 'dist'), true));
    }
    const pages = cold[0]!.pages;
    log(`real content: ${pages} pages, cold ${cold.map((c) => (c.wallMs / 1000).toFixed(1)).join(', ')} s`);
    const floor = await floorOf(path.join(project, CONTENT_DIR), pages, cold.length, 'real content');
    // The editors' desk on the same build: keystroke → preview (bench/desk-preview.ts).
    log(deskPreviewLines(await measureDeskPreview(project)));
    let devSavesMs: number[] | undefined;
    if (options.dev) {
      const article = readdirSync(path.join(project, CONTENT_DIR, collectionFolder('articles'))).filter((f) => f.endsWith('.md')).sort()[0]!.replace(/\.md$/, '');
      devSavesMs = await previewSaves(project, article);
    }
    return { pages, cold, devSavesMs, floor };
  } finally {
    removeDir(project);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const hugo = hugoVersion();
  if (!hugo) {
    console.error(HUGO_MISSING);
    process.exit(1);
  }
  if (!hasGnuTime()) log('GNU time is not installed (apt-get install -y time): peak memory comes from sampling /proc only');
  const info = machine(hugo);
  log(`sizes ${options.sizes.join(', ')}; runs ${options.runs.join(', ')}; ${info.cores} cores, ${info.memoryGb} GB`);
  const sources = snapshotSources(ROOT);
  info.sources = sources.digest;
  log(`site sources copied (digest ${sources.digest}); later edits to the project do not change this run`);
  const results: SizeResult[] = [];
  let real: RealSiteResult | undefined;
  try {
    real = await benchRealSite(sources.dir, options);
    for (const [i, n] of options.sizes.entries()) results.push(await benchSize(sources.dir, n, options.runs[i]!, options));
  } finally {
    removeDir(sources.dir);
  }
  if (options.profileDir) log(`CPU profiles are in ${options.profileDir} (open them in Chrome DevTools or speedscope)`);
  const report = fullReport(results, info, real);
  console.log(`\n${report}\n`);
  if (options.write) {
    writeResults(DOC, report);
    log(`results written to ${path.relative(ROOT, DOC)}`);
  }
  // A page over its budget fails the run, loudly, once every figure is printed.
  const over = results.flatMap((r) => overBudget(r.lists ?? []).map((line) => `N=${r.n}: ${line}`));
  if (over.length) {
    console.error(`\nPAGE BUDGETS MISSED (timeline pages ≤ 20 KB, other list pages ≤ 100 KB, gzipped with their CSS and JS):\n  ${over.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
