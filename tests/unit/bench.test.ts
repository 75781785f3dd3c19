/** The benchmark's arithmetic (bench/): phases from log lines, profiles per phase, the issue's targets and each stage's floor. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroPhases } from '../../bench/project.ts';
import { placeOf, readProfile, summariseProfile } from '../../bench/profile.ts';
import { floorTable, targets, type Sample, type SizeResult } from '../../bench/report.ts';
import type { RunResult } from '../../bench/measure.ts';

const run = (wallMs: number, lines: Array<[number, string]>): RunResult => ({ wallMs, maxRssKb: null, treeRssKb: 0, status: 0, lines: lines.map(([ms, text]) => ({ ms, text })) });

describe('astroPhases', () => {
  it('splits a build at its log lines, with the images and the search index after the pages', () => {
    const phases = astroPhases(
      run(20_000, [
        [1000, '[content] Syncing content'],
        [4000, '[content] Synced content'],
        [6000, ' generating static routes '],
        [12_000, '✓ Completed in 6.00s.'],
        [15_000, '[on-the-table:og-images] 30 Open Graph images: 3 drawn, up to 2 at once'],
        [19_000, '[on-the-table:search-index] Indexed 200 pages for search'],
      ]),
    );
    expect(phases).toEqual({ startup: 1000, content: 3000, bundle: 2000, pages: 6000, images: 3000, search: 4000, finish: 8000 });
  });

  it('takes a reused search index as the end of the search phase, and no image line as no wait', () => {
    const phases = astroPhases(
      run(10_000, [
        [1000, 'Syncing content'],
        [2000, 'Synced content'],
        [3000, 'generating static routes'],
        [8000, '✓ Completed in 5s.'],
        [9000, 'No page changed since the last search index: reused it (search index: reused)'],
      ]),
    );
    expect(phases).toMatchObject({ images: 0, search: 1000, finish: 2000 });
  });

  it('gives no phases for a log it cannot read', () => {
    expect(astroPhases(run(1000, [[10, 'something else']]))).toBeNull();
  });
});

describe('CPU profiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-profile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Three functions sampled every 100 ms for 1 s: 4 samples in micromark, 3 in our code, 3 idle.
  const file = path.join(dir, 'p.cpuprofile');
  writeFileSync(
    file,
    JSON.stringify({
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3, 4] },
        { id: 2, callFrame: { functionName: 'go', url: 'file:///p/node_modules/micromark/lib/create-tokenizer.js', lineNumber: 9 } },
        { id: 3, callFrame: { functionName: 'buildSiteData', url: 'file:///p/src/lib/site-data.ts', lineNumber: 99 } },
        { id: 4, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
      ],
      startTime: 0,
      endTime: 1_000_000,
      samples: [2, 2, 2, 2, 3, 3, 3, 4, 4, 4],
      timeDeltas: Array(10).fill(100_000),
    }),
  );

  it('sums self time by package and by our own folder, leaving idle time out', () => {
    const summary = summariseProfile(readProfile(file));
    expect(summary.byPlace).toEqual([
      { place: 'micromark', ms: 400 },
      { place: 'src/lib', ms: 300 },
    ]);
    expect(summary.byFunction[0]).toEqual({ fn: 'go:10', place: 'micromark', ms: 400 });
  });

  it('cuts a window out of a profile on the run’s clock, its end being the run’s end', () => {
    // The run lasted 1.5 s and the profile ends with it: profile time 0 is run time 500 ms.
    const late = summariseProfile(readProfile(file), 5, { fromMs: 950, toMs: 1500, endMs: 1500 });
    expect(late.byPlace).toEqual([{ place: 'src/lib', ms: 300 }]);
  });

  it('names where a script lives', () => {
    expect(placeOf('file:///x/node_modules/@astrojs/markdown-remark/dist/index.js', 'f')).toBe('@astrojs/markdown-remark');
    expect(placeOf('file:///x/node_modules/.pnpm/a/node_modules/vite/dist/x.js', 'f')).toBe('vite');
    expect(placeOf('node:internal/fs/promises', 'f')).toBe('node');
    expect(placeOf('', '(garbage collector)')).toBe('(garbage collector)');
  });
});

describe('the targets of issue 23', () => {
  const sample = (seconds: number, rssMb = 500): Sample => ({ wallMs: seconds * 1000, maxRssKb: rssMb * 1024, treeRssKb: rssMb * 2048, pages: 1 });
  const size = (n: number, hugo: number[], cold: number, warm: number, edit: number, rssMb = 500): SizeResult => ({
    n,
    counts: { articles: n, actors: 1, events: 1, issues: 1 },
    corpusBytes: 0,
    articleBytes: 0,
    checkMs: 0,
    samples: { hugo: hugo.map((h) => sample(h)), cold: [sample(cold, rssMb)], warm: [sample(warm, rssMb)], edit: [sample(edit, rssMb)] },
  });
  const verdict = (list: ReturnType<typeof targets>, start: string) => list.find((v) => v.target.startsWith(start))!;

  it('judges each ratio against the median of Hugo’s runs around ours, not one run', () => {
    // Hugo's median is 2 s; its fastest run (1 s) would double every ratio.
    const list = targets([size(1000, [1, 2, 2, 3, 9, 2], 50, 16.2, 18)]);
    expect(verdict(list, '1,000 articles: cold')).toMatchObject({ met: true, measured: '25.0×' });
    expect(verdict(list, '1,000 articles: warm')).toMatchObject({ met: false, measured: '8.1×' });
    expect(verdict(list, '1,000 articles: one-article')).toMatchObject({ met: true, measured: '9.0×' });
  });

  it('judges memory, the preview and the real site, and says what was not measured', () => {
    const list = targets([size(1000, [3], 40, 10, 10, 1100)], { pages: 200, cold: [sample(5.2), sample(4.9), sample(5.0)], devSavesMs: [750, 820, 790] });
    expect(verdict(list, '1,000 articles: largest process').met).toBe(false);
    expect(verdict(list, 'editor preview, real content')).toMatchObject({ met: true, measured: '790 ms (median of 3 saves)' });
    expect(verdict(list, 'real site')).toMatchObject({ met: true, measured: '5.0 s' });
    expect(verdict(targets([]), '1,000 articles: cold')).toMatchObject({ met: null, measured: 'not measured (run with --n=1000)' });
    expect(verdict(targets([]), 'editor preview').met).toBeNull();
  });
});

describe('each stage against its floor', () => {
  const phased = (seconds: number, phases: [number, number, number, number, number]): Sample => {
    const [startup, content, bundle, pages, finish] = phases.map((p) => p * 1000) as [number, number, number, number, number];
    return { wallMs: seconds * 1000, maxRssKb: null, treeRssKb: 0, pages: 2840, phases: { startup, content, bundle, pages, finish, images: 0, search: 0 } };
  };

  it('sets the bare Astro site beside our builds of the same size, stage by stage, and the real site first', () => {
    const result: SizeResult = {
      n: 1000,
      counts: { articles: 1000, actors: 200, events: 500, issues: 9 },
      corpusBytes: 0,
      articleBytes: 0,
      checkMs: 0,
      samples: { hugo: [phased(2, [0, 0, 0, 0, 0])], cold: [phased(40, [9, 13, 3.5, 10.5, 4])], warm: [phased(17, [4, 1.3, 4, 7, 0.7])], edit: [phased(20, [4.6, 1.4, 4, 9, 1])] },
      floor: [phased(18, [3, 3, 3.2, 8.5, 0.3])],
    };
    const rows = floorTable([result], { pages: 214, cold: [phased(7, [3.5, 1, 1, 1.2, 0.3])], floor: [phased(4, [2, 0.4, 0.9, 0.5, 0.2])] }).split('\n');
    expect(rows.slice(2)).toEqual([
      "| today's content | 214 | bare Astro, cold | 4.00 | 2.00 | 0.40 | 0.90 | 0.50 | 0.20 |",
      "| today's content | 214 | ours, cold | 7.00 | 3.50 | 1.00 | 1.00 | 1.20 | 0.30 |",
      '| N = 1,000 | 2840 | bare Astro, cold | 18.00 | 3.00 | 3.00 | 3.20 | 8.50 | 0.30 |',
      '| N = 1,000 | 2840 | ours, cold | 40.00 | 9.00 | 13.00 | 3.50 | 10.50 | 4.00 |',
      '| N = 1,000 | 2840 | ours, warm (nothing changed) | 17.00 | 4.00 | 1.30 | 4.00 | 7.00 | 0.70 |',
      '| N = 1,000 | 2840 | ours, one article edited | 20.00 | 4.60 | 1.40 | 4.00 | 9.00 | 1.00 |',
    ]);
  });
});
