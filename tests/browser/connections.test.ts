/** /connections/ as a reader uses it: the evidence behind any number or tie is one click away, with or without JavaScript. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const site = siteInBrowser({ headers: true });

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
      expect(count).toBeGreaterThan(0);
      const label = await cell.getAttribute('aria-label');
      const href = new URL((await cell.getAttribute('href'))!, site.server.url);
      expect(href.pathname + href.hash).toMatch(/^\/connections\/[a-z0-9-]+\/#issue-[a-z0-9-]+$/);
      await cell.click();
      // The evidence is on the actor's page: wait for it to open before reading it.
      await page.waitForURL(href.href);
      const section = page.locator(':target');
      await section.waitFor({ state: 'visible' });
      expect(await section.getAttribute('id')).toBe(href.hash.slice(1));
      expect(label).toContain((await section.locator('.issue-tag').textContent())!.trim());
      // Every item counted is listed, or counted in the line's "and N more" (each line stops at eight).
      const lines = await section.locator('.evidence__items').evaluateAll((lists) =>
        lists.map((list) => {
          const items = [...list.children].map((li) => li.textContent!.trim());
          const more = items.map((text) => /^and (\d+) more$/.exec(text)).find(Boolean);
          return { listed: items.length - (more ? 1 : 0), more: more ? Number(more[1]) : 0 };
        }),
      );
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.listed).toBeLessThanOrEqual(8);
      expect(lines.reduce((sum, line) => sum + line.listed + line.more, 0)).toBe(count);
      await page.close();
    });

    it('behind a tie: what the two appear in together, opened', async () => {
      const page = await context.newPage();
      await page.goto(`${site.server.url}/connections/`);
      const tie = page.locator('.tie__pair a').first();
      const [first, second] = (await tie.textContent())!.split(' and ');
      const href = new URL((await tie.getAttribute('href'))!, site.server.url);
      expect(href.hash).toMatch(/^#with-[a-z0-9-]+$/);
      await tie.click();
      await page.waitForURL(href.href);
      const target = page.locator(':target');
      await target.waitFor({ state: 'attached' });
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
