/** /connections/ as a reader uses it: the evidence behind any number or tie is one click away, with or without JavaScript. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const site = siteInBrowser();

for (const javaScriptEnabled of [true, false]) {
  describe(`the evidence, with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled, reducedMotion: 'reduce' });
    });
    afterAll(() => context.close());

    it('behind a number in the matrix: the articles, events or quotations it counts', async () => {
      const page = await context.newPage();
      await page.goto(`${site.server.url}/connections/`);
      const cell = page.locator('.matrix td a').first();
      const count = Number(await cell.textContent());
      const label = await cell.getAttribute('aria-label');
      await cell.click();
      expect(page.url()).toMatch(/\/connections\/[a-z0-9-]+\/#issue-[a-z0-9-]+$/);
      const section = page.locator(':target');
      expect(await section.isVisible()).toBe(true);
      expect(label).toContain((await section.locator('.issue-tag').textContent())!.trim());
      // Every item counted is listed (the lists stop at eight, with a link to the rest).
      const items = await section.locator('.evidence__items > li').count();
      expect(items).toBeGreaterThan(0);
      expect(items).toBeLessThanOrEqual(count);
      await page.close();
    });

    it('behind a tie: what the two appear in together, opened', async () => {
      const page = await context.newPage();
      await page.goto(`${site.server.url}/connections/`);
      const tie = page.locator('.tie__pair a').first();
      const [first, second] = (await tie.textContent())!.split(' and ');
      await tie.click();
      expect(page.url()).toMatch(/#with-[a-z0-9-]+$/);
      const target = page.locator(':target');
      const links = target.locator('.evidence__items a');
      expect(await links.count()).toBeGreaterThan(0);
      expect(await links.first().isVisible()).toBe(true);
      const row = page.locator('.tie-row', { has: target });
      const names = `${await page.locator('h1').textContent()} ${await row.locator('summary h3').textContent()}`;
      expect(names).toContain(first!.trim());
      expect(names).toContain(second!.trim());
      await page.close();
    });
  });
}
