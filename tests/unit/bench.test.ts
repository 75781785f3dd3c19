/** The benchmark's arithmetic (src/cli/bench/): phases from log lines, profiles per phase, and the issue's targets. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroPhases } from '../../src/cli/bench/project.ts';
import { placeOf, readProfile, summariseProfile } from '../../src/cli/bench/profile.ts';
import { targets, type Sample, type SizeResult } from '../../src/cli/bench/report.ts';
import type { RunResult } from '../../src/cli/bench/measure.ts';

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

describe('the targets of issue 14', () => {
  const sample = (seconds: number, rssMb = 500): Sample => ({ wallMs: seconds * 1000, maxRssKb: rssMb * 1024, treeRssKb: rssMb * 2048, pages: 1 });
  const size = (n: number, hugo: number, cold: number, warm: number, edit: number, rssMb = 500): SizeResult => ({
    n,
    counts: { articles: n, actors: 1, events: 1, issues: 1 },
    corpusBytes: 0,
    articleBytes: 0,
    checkMs: 0,
    samples: { hugo: [sample(hugo)], cold: [sample(cold, rssMb)], warm: [sample(warm, rssMb)], edit: [sample(edit, rssMb)] },
    devSavesMs: [400, 900, 700],
  });
  const verdict = (list: ReturnType<typeof targets>, start: string) => list.find((v) => v.target.startsWith(start))!;

  it('judges each ratio against Hugo’s cold build of the same run', () => {
    const list = targets([size(1000, 3, 42, 15.1, 18)]);
    expect(verdict(list, '1,000 articles: cold').met).toBe(true);
    expect(verdict(list, '1,000 articles: warm')).toMatchObject({ met: false, measured: '5.0×' });
    expect(verdict(list, '1,000 articles: one-article')).toMatchObject({ met: true, measured: '6.0×' });
  });

  it('judges memory, scaling and the preview, and says what was not measured', () => {
    const list = targets([size(1000, 3, 40, 10, 10, 1100), size(5000, 30, 201, 50, 50, 1000)], { pages: 200, cold: [sample(4.5)], devSavesMs: [250, 320, 280] });
    expect(verdict(list, '1,000 articles: largest process').met).toBe(false);
    expect(verdict(list, '5,000 articles: whole process tree').met).toBe(true);
    expect(verdict(list, '5,000 articles: cold')).toMatchObject({ met: false, measured: '5.03×' });
    expect(verdict(list, 'editor preview, real content')).toMatchObject({ met: true, measured: '280 ms (median of 3 saves)' });
    expect(verdict(list, 'editor preview, 1,000 articles')).toMatchObject({ met: true, measured: '700 ms (median of 3 saves)' });
    expect(verdict(list, 'real site')).toMatchObject({ met: true, measured: '4.5 s' });
    expect(verdict(targets([]), '5,000 articles: cold').met).toBeNull();
  });
});
