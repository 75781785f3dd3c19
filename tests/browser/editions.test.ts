/** What a reader of either edition does, in Chromium against the built dist/: the Spanish pages, the promises tracker and the corrections. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { axeViolations, watchErrors } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const site = siteInBrowser();
let context: BrowserContext;

beforeAll(async () => {
  // axe is injected as an inline script, which the site's CSP forbids; the CSP is checked separately below.
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
});

const NEW_PAGE_TYPES = [
  '/es/',
  '/es/analisis/',
  '/es/analisis/cooperation-without-subordination/',
  '/es/actores/',
  '/es/actores/claudia-sheinbaum/',
  '/es/temas/',
  '/es/temas/fentanyl/',
  '/es/cronologia/',
  '/es/cronologia/2025/09/',
  '/es/conexiones/',
  '/es/buscar/?q=aranceles',
  '/es/compromisos/',
  '/es/compromisos/implementation-group-meets-regularly/',
  '/es/correcciones/',
  '/es/traducciones/',
  '/commitments/',
  '/commitments/implementation-group-meets-regularly/',
  '/corrections/',
  '/translations/',
];

describe('the new page types', () => {
  for (const path of NEW_PAGE_TYPES) {
    it(`${path} has no accessibility violations and no console errors`, async () => {
      const page = await context.newPage();
      const errors = watchErrors(page);
      const response = await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      if (path.includes('?q=')) await page.waitForSelector('.pagefind-ui__result');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('load under the site’s own Content-Security-Policy with no violation', async () => {
    const strict = await site.browser.newContext();
    for (const path of NEW_PAGE_TYPES) {
      const page = await strict.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${path}: ${m.text()}`);
      });
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      if (path.includes('?q=')) await page.waitForSelector('.pagefind-ui__result');
      expect(violations).toEqual([]);
      await page.close();
    }
    await strict.close();
  });
});

describe('the Spanish edition', () => {
  it('switches language onto the same entity, both ways', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/actors/marco-rubio/`);
    await page.click('[data-language-switch]');
    expect(new URL(page.url()).pathname).toBe('/es/actores/marco-rubio/');
    expect(await page.getAttribute('html', 'lang')).toBe('es-MX');
    await page.click('[data-language-switch]');
    expect(new URL(page.url()).pathname).toBe('/actors/marco-rubio/');
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
  it('filters by status, side and issue from the keyboard, and keeps the filter in the URL', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/commitments/`);
    const items = page.locator('[data-commitment]');
    const total = await items.count();
    expect(total).toBeGreaterThanOrEqual(10);
    const status = page.getByLabel('Status', { exact: true });
    await status.focus();
    await status.selectOption('kept');
    const kept = await page.locator('[data-commitment][data-status="kept"]').count();
    await expect.poll(() => page.locator('[data-commitment]:visible').count()).toBe(kept);
    expect(new URL(page.url()).searchParams.get('status')).toBe('kept');
    await expect(page.locator('[data-commitment-status]').textContent()).resolves.toBe(`Showing ${kept} of ${total} promises`);
    await page.keyboard.press('Tab');
    await page.goto(`${site.server.url}/commitments/?status=kept&issue=tariffs`);
    const both = await page.locator('[data-commitment][data-status="kept"][data-issues~="tariffs"]').count();
    await expect.poll(() => page.locator('[data-commitment]:visible').count()).toBe(both);
    await page.getByRole('button', { name: 'Show all promises' }).click();
    // The reset is applied after the form's own reset (a setTimeout in list-filter.ts): wait for the state.
    await expect.poll(() => page.locator('[data-commitment]:visible').count()).toBe(total);
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
    await link.click();
    const hash = new URL(href!, site.server.url).hash;
    expect(new URL(page.url()).hash).toBe(hash);
    await expect(page.locator(hash).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
