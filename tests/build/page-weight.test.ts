/** Page-weight budgets on the built site (issue 6): measured in bytes, never in time. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { pageWeight } from '../helpers/page-weight.ts';
import { DIST } from '../helpers/project.ts';
import { LOCALES } from '../../src/core/locales.ts';
import { pagePath, type Section } from '../../src/lib/routes.ts';

/** A section's index page in every edition, as dist/ files (`timeline/index.html`, `es/cronologia/index.html`). */
const indexFiles = (section: Section) => LOCALES.map((l) => `${pagePath({ page: 'index', section }, l).slice(1)}index.html`);
const SEARCH = indexFiles('search');
const OVERVIEWS = indexFiles('timeline');
/** The timeline's period pages in every edition (`timeline/2025/09/index.html`): they carry the filter. */
const PERIODS = htmlFiles(DIST).filter((page) => OVERVIEWS.some((o) => page !== o && page.startsWith(o.replace(/index\.html$/, ''))));
const TIMELINES = [...OVERVIEWS, ...PERIODS];
const CORRECTIONS = indexFiles('corrections');
const FILTERED = [...PERIODS, ...indexFiles('commitments')];

const KB = 1024;
const weights = () => htmlFiles(DIST).map((page) => pageWeight(DIST, page));

describe('page weight', () => {
  it('keeps every page of the timeline, the overview and each period, within 20 KB gzip of HTML, CSS and JS, with no allowance per event', () => {
    expect(PERIODS.length).toBeGreaterThan(LOCALES.length);
    const over = TIMELINES.map((page) => pageWeight(DIST, page)).filter((w) => w.total > 20 * KB).map((w) => `${w.page}: ${w.total} B`);
    expect(over).toEqual([]);
  });

  it('keeps each corrections record within 8 KB gzip plus 0.2 KB per correction: it lists every correction of the site, by contract', () => {
    for (const page of CORRECTIONS) {
      const notes = readFileSync(path.join(DIST, page), 'utf8').match(/class="correction-list__article"/g)?.length ?? 0;
      expect(notes, page).toBeGreaterThan(0);
      expect(pageWeight(DIST, page).total, page).toBeLessThanOrEqual(8 * KB + notes * 0.2 * KB);
    }
  });

  it('keeps every other page but search and the corrections records within 20 KB gzip of HTML, CSS and JS, and the median within 12 KB', () => {
    const pages = weights().filter((w) => !SEARCH.includes(w.page) && !TIMELINES.includes(w.page) && !CORRECTIONS.includes(w.page));
    const over = pages.filter((w) => w.total > 20 * KB).map((w) => `${w.page}: ${w.total} B`);
    expect(over).toEqual([]);
    const totals = pages.map((w) => w.total).sort((a, b) => a - b);
    const median = totals[Math.floor(totals.length / 2)]!;
    expect(median).toBeLessThanOrEqual(12 * KB);
  });

  it('loads enhancement scripts only where they are used, each within 5 KB gzip', () => {
    for (const w of weights()) {
      if (FILTERED.includes(w.page)) {
        // The filter; on the timeline's periods also the few lines that apply a shared filter link before the first paint.
        expect(w.scripts, w.page).toHaveLength(PERIODS.includes(w.page) ? 2 : 1);
        expect(w.js).toBeLessThanOrEqual(5 * KB);
      } else if (!SEARCH.includes(w.page)) {
        expect(w.scripts, w.page).toEqual([]);
      }
    }
  });

  it('loads the search bundle only on the search pages', () => {
    for (const w of weights()) {
      const loadsSearch = w.scripts.some((s) => s.includes('pagefind'));
      expect(loadsSearch, w.page).toBe(SEARCH.includes(w.page));
    }
  });
});
