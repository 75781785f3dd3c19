/**
 * No page is wider than the screen, and no label is cut off: on every page type, at a phone's
 * width and a desktop's, in Debian's Chromium against the built dist/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGE_TYPES, VIEWPORTS } from '../helpers/page-types.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const site = siteInBrowser();

/**
 * Every run of text whose box reaches past the viewport's sides (unless it sits in a region that
 * scrolls sideways, where the reader can reach it) or past an ancestor that clips it (overflow
 * hidden or clip, which includes an SVG's own box). Visually hidden text is left out: it is cut
 * on purpose.
 */
function cutOffText(): string[] {
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('script, style, noscript, template')) continue;
    const ancestors: Element[] = [];
    for (let el: Element | null = parent; el; el = el.parentElement) ancestors.push(el);
    if (ancestors.some((el) => { const s = getComputedStyle(el); return s.clipPath !== 'none' || !['', 'auto'].includes(s.getPropertyValue('clip')) || s.visibility === 'hidden'; })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1) continue;
      let scrolls = false;
      for (const el of ancestors) {
        const style = getComputedStyle(el);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') {
          scrolls = true;
          break;
        }
        if (el !== document.documentElement && el !== document.body && (style.overflowX === 'hidden' || style.overflowX === 'clip' || el instanceof SVGSVGElement)) {
          const box = el.getBoundingClientRect();
          if (rect.left < box.left - 1 || rect.right > box.right + 1) problems.push(`“${text.slice(0, 40)}” is cut off by ${name(el)}`);
        }
      }
      if (!scrolls && (rect.left < -1 || rect.right > width + 1)) problems.push(`“${text.slice(0, 40)}” in ${name(parent)} runs off the screen (${Math.round(rect.left)}–${Math.round(rect.right)} of ${width} px)`);
    }
  }
  return [...new Set(problems)];
}

async function open(page: Page, path: string) {
  await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  if (path.startsWith('/search/?q=')) await page.waitForSelector('.pagefind-ui__result-link');
}

for (const viewport of VIEWPORTS) {
  describe(`at ${viewport.width} px`, () => {
    for (const { name, path } of PAGE_TYPES) {
      it(`the ${name} page (${path}) is no wider than the screen and cuts off no label`, async () => {
        const context = await site.browser.newContext({ viewport });
        const page = await context.newPage();
        await open(page, path);
        const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth }));
        const problems = await page.evaluate(cutOffText);
        if (widths.page > widths.screen) problems.unshift(`the page is ${widths.page} px wide on a ${widths.screen} px screen`);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  });
}

describe('the connections matrix', () => {
  it('fits a phone without scrolling sideways, even inside its own region', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS[0] });
    const page = await context.newPage();
    await open(page, '/connections/');
    const region = await page.locator('.matrix-scroll').evaluate((el) => ({ content: el.scrollWidth, box: el.clientWidth }));
    expect(region.content).toBeLessThanOrEqual(region.box);
    await context.close();
  });

  it('catches a label cut off by its box (the check above can fail)', async () => {
    // The test's own styles are inline, which the site's CSP rightly forbids.
    const context = await site.browser.newContext({ viewport: VIEWPORTS[0], bypassCSP: true });
    const page = await context.newPage();
    await open(page, '/connections/');
    await page.addStyleTag({ content: '.matrix-scroll { overflow: hidden; } .matrix { width: 40rem; }' });
    const problems = await page.evaluate(cutOffText);
    expect(problems.some((p) => p.includes('cut off by div.matrix-scroll'))).toBe(true);
    await page.addStyleTag({ content: '.matrix-scroll { overflow: visible; }' });
    expect((await page.evaluate(cutOffText)).some((p) => p.includes('runs off the screen'))).toBe(true);
    await context.close();
  });
});
