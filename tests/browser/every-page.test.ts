/**
 * Every page type (tests/helpers/page-types.ts), loaded once at each width, and in that one load
 * everything the suite asks of every page (tests/helpers/page-check.ts):
 *
 * - it answers 200 (the missing page 404), and every file it asks for is there;
 * - no Content-Security-Policy violation, under the real policy: the server sends the headers
 *   dist/_headers gives every path, as Netlify or Cloudflare Pages would;
 * - no console error, no uncaught exception;
 * - nothing moves after it is painted: the layout shifts add up to at most 0.01 (Lighthouse calls
 *   0.1 "good"; we ask for none), each shift listed when they do not, and no second try. The scripts
 *   a page runs once it is parsed are held back 300 ms, as on a slow phone network, so that the page
 *   is painted before they run and any change they or what they fetch make to the layout shows as a shift;
 * - no page wider than the screen, no label cut off;
 * - at desktop width, no axe violation (WCAG 2.1 A/AA and best practices).
 *
 * One browser and one server for the file, one browser context per width (the pages share no
 * state: the site keeps none, no cookie and no storage, and the server sends no caching headers),
 * and in it AT_ONCE pages, each lent to one load at a time, going from one page of the site to the next.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { siteWideHeaders } from '../helpers/headers.ts';
import { cutOffText } from '../helpers/overflow.ts';
import { checkPage, type Shift } from '../helpers/page-check.ts';
import { PAGE_TYPES, VIEWPORTS } from '../helpers/page-types.ts';
import { DIST } from '../helpers/project.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const SHIFT_LIMIT = 0.01;
/** Pages loaded at once: two pages' waits overlap (docs/testing.md); more gained nothing clear here. */
const AT_ONCE = Number(process.env.EVERY_PAGE_AT_ONCE ?? 2);
const SCRIPT_DELAY_MS = 300;
const DESKTOP = VIEWPORTS[VIEWPORTS.length - 1]!;

/** Every built page's text, read once: the held-back scripts are found in it, and the policy's text check reads it. */
const builtPages = new Map(htmlFiles(DIST).map((file) => [file, readFileSync(path.join(DIST, file), 'utf8')]));

/**
 * The scripts pages run once they are parsed (module and deferred scripts a page names, Pagefind's
 * UI among them). They are held back, so that a page is painted before they run; what they fetch
 * in turn, and a classic script, which holds back the first paint itself, come at once.
 */
const lateScripts = new Set(
  [...builtPages.values()].flatMap((html) => [...html.matchAll(/<script\b(?=[^>]*\s(?:type="module"|defer)[\s>])[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!)),
);
const slowScripts = (pathname: string) => (lateScripts.has(pathname) ? SCRIPT_DELAY_MS : 0);

let headers: Record<string, string>;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  headers = siteWideHeaders(DIST);
  server = await serveStatic(DIST, { headers, delay: slowScripts });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const total = (shifts: Shift[]) => shifts.reduce((sum, s) => sum + s.value, 0);

/** `n` pages of a context, each lent to one task at a time (opening a page per load costs more than the load). */
function pagePool(context: BrowserContext, n: number) {
  const idle: Page[] = [];
  const waiting: Array<(page: Page) => void> = [];
  let opened = 0;
  return async <T>(task: (page: Page) => Promise<T>): Promise<T> => {
    const page = idle.pop() ?? (opened < n ? (opened++, await context.newPage()) : await new Promise<Page>((resolve) => waiting.push(resolve)));
    try {
      return await task(page);
    } finally {
      const next = waiting.shift();
      if (next) next(page);
      else idle.push(page);
    }
  };
}

for (const viewport of VIEWPORTS) {
  // The pages of a width load side by side, AT_ONCE at a time, each test in a page lent by the pool, with its own `expect`.
  describe.concurrent(`every page type at ${viewport.width} px`, () => {
    let context: BrowserContext;
    let lend: ReturnType<typeof pagePool>;
    beforeAll(async () => {
      context = await browser.newContext({ viewport });
      lend = pagePool(context, AT_ONCE);
    });
    afterAll(() => context?.close());

    for (const { name, path: sitePath, scripted } of PAGE_TYPES) {
      const missing = sitePath === '/no-such-page/';
      const axe = viewport === DESKTOP;
      it(`the ${name} page (${sitePath}): every file there, no CSP violation, no console error, no shift, nothing cut off${axe ? ', no axe violation' : ''}`, async ({ expect }) => {
        const report = await lend((page) => checkPage(page, server.url + sitePath, { axe, scripted }));
        expect(report.status, 'status').toBe(missing ? 404 : 200);
        // Only the missing page itself may answer 404.
        expect(report.failed, `failed requests: ${JSON.stringify(report.failed)}`).toEqual(missing ? [`404 ${sitePath}`] : []);
        expect(report.violations, `CSP violations: ${JSON.stringify(report.violations)}`).toEqual([]);
        expect(report.errors, `console errors: ${JSON.stringify(report.errors)}`).toEqual([]);
        expect(total(report.shifts), `layout shifts: ${JSON.stringify(report.shifts)}`).toBeLessThanOrEqual(SHIFT_LIMIT);
        expect(report.cutOff, `cut-off text: ${JSON.stringify(report.cutOff)}`).toEqual([]);
        expect(report.axe, `axe: ${JSON.stringify(report.axe)}`).toEqual([]);
      });
    }
  });
}

/**
 * A page that arrives in parts, as over a slow network (or is painted before the parser is done,
 * as on a busy machine): what is painted first does not move when the rest arrives. The header
 * once did (it spread its items with justify-content: space-between, so the navigation moved when
 * the language link and the search form came, 0.039 at a phone's width); it is a grid now, with a
 * place kept for each part (src/styles/global.css). The page is sent up to a point in its header
 * and, 0.4 s later (long enough for a first paint: the old header moved every time), the rest, at each point where a part of the header begins, in both editions.
 */
describe('a page that arrives in parts', () => {
  let parted: StaticServer;
  beforeAll(async () => {
    parted = await serveStatic(DIST, { headers, delay: slowScripts, split: (url) => (url.searchParams.has('part') ? { before: url.searchParams.get('part')!, pause: 400 } : undefined) });
  });
  afterAll(() => parted?.close());

  it('does not move when the rest of its header arrives', async () => {
    const moved: string[] = [];
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      for (const path of ['/', '/es/temas/fentanyl/']) {
        for (const before of ['<p class="language-switch">', '<form class="site-search"', '<button type="submit">', '</header>']) {
          const report = await checkPage(page, `${parted.url}${path}?part=${encodeURIComponent(before)}`);
          if (report.shifts.length > 0) moved.push(`${viewport.width} ${path} ${before}: ${JSON.stringify(report.shifts)}`);
        }
      }
      await context.close();
    }
    expect(moved).toEqual([]);
  });

  it('keeps the columns of a table whose longer rows arrive later', async () => {
    // The translation tables sized their columns by the rows seen so far: the rest arriving moved
    // every row above (0.021 at 375 px, split before this row). Their columns are fixed now.
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    const report = await checkPage(context, `${parted.url}/es/traducciones/?part=${encodeURIComponent('<tr data-status="translated"><td><a href="/actors/cjng/"')}`);
    await context.close();
    expect(report.shifts).toEqual([]);
  });
});

describe('the Content-Security-Policy', () => {
  it('is strict: no unsafe-inline, no unsafe-eval, no other origins', () => {
    const csp = headers['Content-Security-Policy']!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  // The browser pass loads one page of each type; an entry's own body could still carry what the
  // policy refuses (a table cell aligned with a style attribute, say). Every built page, read as text:
  it('has nothing on any built page that it would refuse: no style attribute or element, no inline script, no event handler', () => {
    expect(builtPages.size).toBeGreaterThan(100);
    const refused = [...builtPages].flatMap(([file, html]) => {
      return [
        ...[...html.matchAll(/<[a-z][^>]*\sstyle=/gi)].map(() => `${file}: a style attribute`),
        ...[...html.matchAll(/<style[\s>]/gi)].map(() => `${file}: a <style> element`),
        ...[...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/gi)].map((m) => `${file}: an inline script ${m[0]}`),
        ...[...html.matchAll(/<[a-z][^>]*\son[a-z]+=/gi)].map((m) => `${file}: an event handler in ${m[0].slice(0, 60)}`),
        ...[...html.matchAll(/\shref="javascript:/gi)].map(() => `${file}: a javascript: link`),
      ];
    });
    expect(refused).toEqual([]);
  });
});

describe('the connections matrix', () => {
  it('fits a phone without scrolling sideways, even inside its own region', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    const page = await context.newPage();
    await page.goto(`${server.url}/connections/`);
    const region = await page.locator('.matrix-scroll').evaluate((el) => ({ content: el.scrollWidth, box: el.clientWidth }));
    expect(region.content).toBeGreaterThan(0);
    expect(region.content).toBeLessThanOrEqual(region.box);
    await context.close();
  });
});

/**
 * Each check above catches what it looks for: the home page served with one fault put in (by the
 * test's server, never in dist/), loaded and read exactly as above. A check that could not fail
 * would pass every page.
 */
describe('the checks catch a fault', () => {
  const FAULTS: Record<string, (html: string) => string> = {
    'a missing file': (html) => html.replace('</main>', '<img src="/fault/missing.png" alt="" width="1" height="1"></main>'),
    'an inline style': (html) => html.replace('</main>', '<p style="color: red">Styled in the page</p></main>'),
    'a script that logs an error': (html) => html.replace('</head>', '<script type="module" src="/fault/logs-an-error.js"></script></head>'),
    'a picture with no size that arrives late': (html) => html.replace(/<main[^>]*>/, (main) => `${main}<img src="/fault/late.svg" alt="A late picture">`),
    'a word too long for the screen': (html) => html.replace('</main>', `<p>${'Unbreakable'.repeat(40)}</p></main>`),
    'a picture with no text alternative': (html) => html.replace('</main>', '<img src="/favicon.svg" width="16" height="16"></main>'),
  };
  const VIRTUAL: Record<string, string> = {
    '/fault/logs-an-error.js': "console.error('a fault put in by the test');\n",
    '/fault/late.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect width="600" height="400" fill="#888"/></svg>',
  };
  let faulty: StaticServer;
  let context: BrowserContext;
  // One page, going from fault to fault, as a page of the pool goes from page to page.
  let page: Page;
  beforeAll(async () => {
    faulty = await serveStatic(DIST, {
      headers,
      // The late picture comes a second after the page, which is painted by then.
      delay: (pathname) => (pathname === '/fault/late.svg' ? 1000 : slowScripts(pathname)),
      rewrite: (url, text) => VIRTUAL[url.pathname] ?? (text !== undefined && url.pathname === '/' ? FAULTS[url.searchParams.get('fault') ?? '']?.(text) : undefined),
    });
    context = await browser.newContext({ viewport: VIEWPORTS[0] });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await faulty?.close();
  });
  const load = (fault: string, options: { axe?: boolean } = {}) => {
    expect(FAULTS[fault]!(readFileSync(path.join(DIST, 'index.html'), 'utf8'))).not.toBe(readFileSync(path.join(DIST, 'index.html'), 'utf8'));
    return checkPage(page, `${faulty.url}/?fault=${encodeURIComponent(fault)}`, options);
  };

  it('a missing file: a failed request', async () => {
    expect((await load('a missing file')).failed).toEqual(['404 /fault/missing.png']);
  });
  it('an inline style: a CSP violation, reported by the event and on the console', async () => {
    const { violations } = await load('an inline style');
    expect(violations.some((v) => v.startsWith('style-src-attr'))).toBe(true);
    expect(violations.some((v) => v.startsWith('console: ') && v.includes('violates the following Content Security Policy directive'))).toBe(true);
  });
  it('a script that logs an error: a console error', async () => {
    expect((await load('a script that logs an error')).errors).toEqual(['console: a fault put in by the test']);
  });
  it('a picture with no size that arrives late: a layout shift over the limit, on the first load', async () => {
    const { shifts } = await load('a picture with no size that arrives late');
    expect(total(shifts)).toBeGreaterThan(SHIFT_LIMIT);
  });
  it('a word too long for the screen: text that runs off it, and a page wider than the screen', async () => {
    const { cutOff } = await load('a word too long for the screen');
    expect(cutOff.some((p) => p.startsWith('the page is '))).toBe(true);
    expect(cutOff.some((p) => p.includes('runs off the screen'))).toBe(true);
  });
  it('a picture with no text alternative: an axe violation', async () => {
    const { axe } = await load('a picture with no text alternative', { axe: true });
    expect(axe.some((v) => v.startsWith('image-alt'))).toBe(true);
  });

  it('a label cut off by its box, and one run off the screen (the overflow check can fail)', async () => {
    // The test's own styles are inline, which the site's CSP rightly forbids: this page only, without it.
    const own = await browser.newContext({ viewport: VIEWPORTS[0], bypassCSP: true });
    const page = await own.newPage();
    await page.goto(`${server.url}/connections/`);
    await page.addStyleTag({ content: '.matrix-scroll { overflow: hidden; } .matrix { width: 40rem; }' });
    expect((await page.evaluate(cutOffText)).some((p) => p.includes('cut off by div.matrix-scroll'))).toBe(true);
    await page.addStyleTag({ content: '.matrix-scroll { overflow: visible; }' });
    expect((await page.evaluate(cutOffText)).some((p) => p.includes('runs off the screen'))).toBe(true);
    await own.close();
  });
});
