/**
 * One load of one page, and everything the suite asks of every page, read from that load:
 * the status, failed requests, Content-Security-Policy violations, console errors and uncaught
 * exceptions, every layout shift, cut-off text, and (where asked) axe. tests/browser/every-page.test.ts
 * runs it on each page type at each width; its own self-tests run it on pages with a fault put in.
 */
import type { BrowserContext, ConsoleMessage, Frame, Page } from 'playwright-core';
import { axeViolations, watchErrors, watchFailedRequests } from './browser.ts';
import { cutOffText } from './overflow.ts';

export interface Shift {
  value: number;
  /** When it happened, in ms after navigation began. */
  at: number;
  sources: string[];
}

export interface PageReport {
  status: number | undefined;
  failed: string[];
  errors: string[];
  /** CSP violations, from the `securitypolicyviolation` event and from the console (which also sees workers). */
  violations: string[];
  shifts: Shift[];
  cutOff: string[];
  /** Only when `axe` was asked for. */
  axe: string[];
}

/**
 * Waits for the state a page reaches once its scripts have done their work, so that every shift
 * they cause has happened (and been recorded) before the shifts are read. `load` already waits
 * for the module scripts (deferred); what comes later is named here.
 */
async function settled(page: Page, url: URL, scripted: string | undefined) {
  // A page's script has run and shown what it enhances (tests/helpers/page-types.ts names it).
  if (scripted) await page.locator(scripted).first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => Promise.reject(new Error(`${url.pathname}${url.search}: ${scripted} never showed: did its script run?`)));
  // Search results: Pagefind fetches its index and each result's fragment after load, then draws
  // the results and the filter panel. Wait for every result drawn with its link, and the filters.
  if (url.searchParams.has('q')) {
    await page.waitForFunction(() => {
      const results = document.querySelectorAll('.pagefind-ui__result');
      return results.length > 0 && [...results].every((r) => r.querySelector('.pagefind-ui__result-link')) && document.querySelector('.pagefind-ui__filter-panel, .pagefind-ui__filters') !== null;
    });
  }
  // Fonts that a page asks for (the site uses system fonts; a fallback for a glyph may still load late).
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Two frames: the layout-shift entries of the last change are reported after it is painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The same document's address: the fragment aside. */
const sameDocument = (a: URL, b: URL) => a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;

/** Pages that already carry the checks' init script (it stays with a page across its loads). */
const prepared = new WeakSet<Page>();

/** Records CSP violations and every layout shift in each document the page loads, from its start. */
async function prepare(page: Page) {
  if (prepared.has(page)) return;
  prepared.add(page);
  await page.addInitScript(() => {
    type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node | null }> };
    const w = window as unknown as { checks: { shifts: Shift[]; violations: string[] } };
    w.checks = { shifts: [], violations: [] };
    document.addEventListener('securitypolicyviolation', (e) => w.checks.violations.push(`${e.violatedDirective} ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
    const name = (node?: Node | null) =>
      node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}` : String(node?.nodeName);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) {
        // A shift right after the reader's own input is not counted by the metric either.
        if (entry.hadRecentInput) continue;
        w.checks.shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources: entry.sources.map((s) => name(s.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * Loads `href` and reads it. Given a context, in a page of its own, closed after; given a page, in
 * that page, where the last load was (a page lent by a pool goes from one page of the site to the
 * next in the same renderer: a third of the CPU of a new page, or of a stop at about:blank, per load
 * here). What it reports is this load's: what the page heard while this load ran, requests that
 * began in it, and the shifts and violations the new document recorded from its start.
 */
export async function checkPage(on: BrowserContext | Page, href: string, options: { axe?: boolean; scripted?: string } = {}): Promise<PageReport> {
  const own = !('goto' in on);
  const page = own ? await on.newPage() : on;
  // On a lent page the last document lives on until this load's commits, and what it still does
  // (a fetch the navigation cuts off, say) is not this page's: count from the commit on.
  const target = new URL(href);
  let committed = own;
  const onNavigated = (frame: Frame) => {
    if (frame === page.mainFrame() && sameDocument(new URL(frame.url()), target)) committed = true;
  };
  page.on('framenavigated', onNavigated);
  const counting = () => committed;
  const errors = watchErrors(page, counting);
  const failed = watchFailedRequests(page, counting);
  const consoleViolations: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (counting() && /Content[- ]Security[- ]Policy|^Refused to/i.test(message.text())) consoleViolations.push(`console: ${message.text()}`);
  };
  page.on('console', onConsole);
  try {
    await prepare(page);
    const response = await page.goto(href, { waitUntil: 'load' });
    await settled(page, new URL(href), options.scripted);
    const seen = await page.evaluate(() => (window as unknown as { checks: { shifts: Shift[]; violations: string[] } }).checks);
    const cutOff = await page.evaluate(cutOffText);
    // axe last: it is injected by the test (through the DevTools protocol, which the CSP does not govern) and must not be what the other checks see.
    const axe = options.axe ? await axeViolations(page) : [];
    return { status: response?.status(), failed: failed.heard, errors: errors.heard, violations: [...seen.violations, ...consoleViolations], shifts: seen.shifts, cutOff, axe };
  } finally {
    errors.stop();
    failed.stop();
    page.off('console', onConsole).off('framenavigated', onNavigated);
    if (own) await page.close();
  }
}
