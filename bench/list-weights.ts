/**
 * The weight of the pages that grow with the content, read from a built `dist/`: what a reader's
 * browser fetches to show each one (its HTML, the stylesheets and the scripts it loads), gzipped
 * at level 9 as tests/helpers/page-weight.ts counts it. Budgets (issue 23): every timeline page
 * ≤ 20 KB, every other page ≤ 100 KB.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../src/core/locales.ts';
import { pagePath, type Section } from '../src/lib/routes.ts';

const KB = 1024;
export const BUDGETS = { timeline: 20 * KB, other: 100 * KB } as const;

export interface ListWeight {
  /** What the page is, e.g. `/timeline/ (overview)`, `largest issue page`. */
  what: string;
  /** Its path in dist/ (`timeline/2025/09/index.html`). */
  page: string;
  bytes: number;
  budget: number;
}

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** A page's HTML plus the stylesheets and scripts it loads, gzipped (the site is built at `/`). */
export function weighPage(dist: string, page: string): number {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const assets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g), ...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1]!);
  return gzip(html) + assets.reduce((sum, asset) => sum + gzip(readFileSync(path.join(dist, asset))), 0);
}

/** Every `index.html` under a folder of dist/ (one level of pages per entry, or deeper for the timeline). */
function pagesUnder(dist: string, folder: string): string[] {
  const dir = path.join(dist, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => path.join(folder, f))
    .sort();
}

/** The largest of a section's entry pages (`issues/<id>/index.html`, not the index itself). */
function largestEntry(dist: string, folder: string): { page: string; bytes: number } | undefined {
  let best: { page: string; bytes: number } | undefined;
  for (const page of pagesUnder(dist, folder)) {
    if (page === path.join(folder, 'index.html')) continue;
    const bytes = weighPage(dist, page);
    if (!best || bytes > best.bytes) best = { page, bytes };
  }
  return best;
}

/**
 * The lists that grow with the content, in both editions: every timeline page (the overview and
 * each period), `/articles/`, the largest issue page, the largest actor page, `/connections/` and
 * the largest actor's connections page.
 */
export function listWeights(dist: string): ListWeight[] {
  const weights: ListWeight[] = [];
  const folder = (section: Section, locale: (typeof LOCALES)[number]) => pagePath({ page: 'index', section }, locale).slice(1);
  for (const locale of LOCALES) {
    const edition = locale === 'en' ? '' : ` (${locale})`;
    const timeline = folder('timeline', locale);
    for (const page of pagesUnder(dist, timeline)) {
      const what = page === `${timeline}index.html` ? `timeline overview${edition}` : `timeline ${path.dirname(page).slice(timeline.length)}${edition}`;
      weights.push({ what, page, bytes: weighPage(dist, page), budget: BUDGETS.timeline });
    }
    const index = (section: Section, what: string) => {
      const page = `${folder(section, locale)}index.html`;
      if (existsSync(path.join(dist, page))) weights.push({ what: `${what}${edition}`, page, bytes: weighPage(dist, page), budget: BUDGETS.other });
    };
    const largest = (section: Section, what: string) => {
      const found = largestEntry(dist, folder(section, locale));
      if (found) weights.push({ what: `${what}${edition}`, page: found.page, bytes: found.bytes, budget: BUDGETS.other });
    };
    index('articles', 'articles list');
    largest('issues', 'largest issue page');
    largest('actors', 'largest actor page');
    index('connections', 'connections');
    largest('connections', 'largest actor connections page');
  }
  return weights;
}

/** The pages over their budget, one line each; empty when every page is within. */
export function overBudget(weights: readonly ListWeight[]): string[] {
  return weights.filter((w) => w.bytes > w.budget).map((w) => `${w.page}: ${(w.bytes / KB).toFixed(1)} KB > ${w.budget / KB} KB`);
}
