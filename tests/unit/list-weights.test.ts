/** The bench's page budgets (bench/list-weights.ts, report.ts) on a small fake dist/. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGETS, listWeights, overBudget, weighPage } from '../../bench/list-weights.ts';
import { listTable, targets, type SizeResult } from '../../bench/report.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'list-weights-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), text);
};
const page = (body: string) => `<!doctype html><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/filter.js"></script>${body}`;
// Random text does not compress: n bytes of it weigh about n bytes gzipped.
const noise = (bytes: number) => randomBytes(bytes).toString('base64');

write('_astro/site.css', 'body{color:red}'.repeat(10));
write('_astro/filter.js', 'console.log(1)');
write('timeline/index.html', page('overview'));
write('timeline/2025/index.html', page('year'));
write('timeline/2025/09/index.html', page(noise(21 * 1024)));
write('es/cronologia/index.html', page('resumen'));
write('articles/index.html', page('articles'));
write('issues/index.html', page('issues'));
write('issues/big/index.html', page(noise(2000)));
write('issues/small/index.html', page('small'));
write('actors/a/index.html', page(noise(110 * 1024)));

describe('the bench’s page budgets', () => {
  it('weighs a page with the stylesheets and scripts it loads', () => {
    const alone = weighPage(dist, 'articles/index.html');
    write('bare.html', 'articles');
    expect(alone).toBeGreaterThan(weighPage(dist, 'bare.html') + 30);
  });

  it('weighs every timeline page in each edition, and the largest issue and actor pages, against their budgets', () => {
    const weights = listWeights(dist);
    expect(weights.filter((w) => w.budget === BUDGETS.timeline).map((w) => w.page)).toEqual(['timeline/2025/09/index.html', 'timeline/2025/index.html', 'timeline/index.html', 'es/cronologia/index.html']);
    expect(weights.find((w) => w.what === 'largest issue page')?.page).toBe('issues/big/index.html');
    expect(weights.find((w) => w.what === 'articles list')?.budget).toBe(100 * 1024);
    expect(overBudget(weights)).toEqual([expect.stringMatching(/^timeline\/2025\/09\/index.html: 2\d\.\d KB > 20 KB$/), expect.stringMatching(/^actors\/a\/index.html: 1\d\d\.\d KB > 100 KB$/)]);
  });

  it('reports them, and misses the targets when a page is over', () => {
    const result = { n: 1000, lists: listWeights(dist), samples: { hugo: [], cold: [], warm: [], edit: [] } } as unknown as SizeResult;
    const table = listTable([result]);
    expect(table).toMatch(/heaviest of 2 timeline period pages \| `timeline\/2025\/09\/index.html` \| 2\d\.\d KB \| 20\.0 KB \| \*\*over\*\*/);
    const verdicts = targets([result]).filter((v) => v.target.includes('KB gzipped'));
    expect(verdicts.map((v) => v.met)).toEqual([false, false]);
  });
});
