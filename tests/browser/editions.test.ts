/**
 * What a reader of either edition does, in Chromium against the built dist/: the Spanish pages,
 * the promises tracker and the corrections. What every page must be (no error, no missing file,
 * no axe violation, under the real CSP) is tests/browser/every-page.test.ts, the Spanish ones included.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const site = siteInBrowser({ headers: true });
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

describe('the Spanish edition', () => {
  it('switches language onto the same entity, both ways', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/actors/marco-rubio/`);
    await page.click('[data-language-switch]');
    await page.waitForURL(`${site.server.url}/es/actores/marco-rubio/`);
    expect(await page.getAttribute('html', 'lang')).toBe('es-MX');
    await page.click('[data-language-switch]');
    await page.waitForURL(`${site.server.url}/actors/marco-rubio/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('searches the Spanish edition only, with Spanish filter labels', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/es/buscar/?q=aranceles`);
    await page.waitForSelector('.pagefind-ui__result');
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith('/es/'))).toBe(true);
    // Pagefind draws its filter panel after the first results: wait for it rather than race it.
    await page.locator('.pagefind-ui__filter-name', { hasText: 'Tema' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.close();
  });
});

describe('the promises tracker', () => {
  it('filters by status, side and issue, resets from the keyboard, and keeps the filter in the URL', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/commitments/`);
    const total = await page.locator('[data-commitment]').count();
    expect(total).toBeGreaterThanOrEqual(10);
    const visible = () => page.locator('[data-commitment]:visible').count();
    const statusLine = () => page.locator('[data-commitment-status]').textContent();
    const status = page.getByLabel('Status', { exact: true });
    const side = page.getByLabel('Who promised', { exact: true });

    await side.selectOption('us-government');
    await status.focus();
    await status.selectOption('kept');
    const kept = await page.locator('[data-commitment][data-status="kept"][data-by~="us-government"]').count();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(total);
    await expect.poll(visible).toBe(kept);
    expect(new URL(page.url()).search).toBe('?by=us-government&status=kept');
    await expect.poll(statusLine).toBe(`Showing ${kept} of ${total} promises`);

    // From the keyboard: Tab leads from the last select to the reset button, and Enter resets.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Show all promises');
    await page.keyboard.press('Enter');
    // The reset is applied after the form's own reset (a setTimeout in list-filter.ts): wait for the state.
    await expect.poll(visible).toBe(total);
    await expect.poll(statusLine).toBe(`Showing ${total} of ${total} promises`);
    expect(new URL(page.url()).search).toBe('');
    expect([await status.inputValue(), await side.inputValue()]).toEqual(['', '']);

    // A shared link opens filtered, and "Show all promises" clears it.
    await page.goto(`${site.server.url}/commitments/?status=kept&issue=tariffs`);
    const both = await page.locator('[data-commitment][data-status="kept"][data-issues~="tariffs"]').count();
    expect(both).toBeGreaterThan(0);
    await expect.poll(visible).toBe(both);
    expect(await page.getByLabel('Issue', { exact: true }).inputValue()).toBe('tariffs');
    await page.getByRole('button', { name: 'Show all promises' }).click();
    await expect.poll(visible).toBe(total);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('shows every promise, and no dead filter, without JavaScript', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.server.url}/commitments/?status=kept`);
    expect(await page.locator('[data-commitment]:visible').count()).toBe(await page.locator('[data-commitment]').count());
    expect(await page.locator('[data-commitment-filter]').isVisible()).toBe(false);
    await noScript.close();
  });
});

describe('corrections', () => {
  it('takes a reader from the corrections page to the note on its article', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/corrections/`);
    const link = page.locator('.correction-list__article a').first();
    const href = await link.getAttribute('href');
    const target = new URL(href!, site.server.url);
    expect(target.hash).toMatch(/^#(?:[a-z0-9-]+-)?correction-\d+$/);
    await link.click();
    // The note is on another page: wait for it to open before looking at it.
    await page.waitForURL(target.href);
    await page.locator(target.hash).waitFor({ state: 'visible' });
    expect(await page.locator(':target').getAttribute('id')).toBe(target.hash.slice(1));
    await page.close();
  });
});
