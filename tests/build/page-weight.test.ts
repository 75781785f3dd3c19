/** Page-weight budgets on the built site (issue 6): measured in bytes, never in time. */
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { pageWeight } from '../helpers/page-weight.ts';
import { DIST } from '../helpers/project.ts';

const KB = 1024;
const weights = () => htmlFiles(DIST).map((page) => pageWeight(DIST, page));

describe('page weight', () => {
  it('keeps every page but search within 20 KB gzip of HTML, CSS and JS, and the median within 12 KB', () => {
    const pages = weights().filter((w) => !w.page.startsWith('search/'));
    const over = pages.filter((w) => w.total > 20 * KB).map((w) => `${w.page}: ${w.total} B`);
    expect(over).toEqual([]);
    const totals = pages.map((w) => w.total).sort((a, b) => a - b);
    const median = totals[Math.floor(totals.length / 2)]!;
    expect(median).toBeLessThanOrEqual(12 * KB);
  });

  it('loads enhancement scripts only where they are used, each within 5 KB gzip', () => {
    for (const w of weights()) {
      if (w.page === 'timeline/index.html') {
        // The filter, and the few lines that apply a shared filter link before the first paint.
        expect(w.scripts).toHaveLength(2);
        expect(w.js).toBeLessThanOrEqual(5 * KB);
      } else if (!w.page.startsWith('search/')) {
        expect(w.scripts, w.page).toEqual([]);
      }
    }
  });

  it('loads the search bundle only on /search/', () => {
    for (const w of weights()) {
      const loadsSearch = w.scripts.some((s) => s.includes('pagefind'));
      expect(loadsSearch, w.page).toBe(w.page === 'search/index.html');
    }
  });
});
