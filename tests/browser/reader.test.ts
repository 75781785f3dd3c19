/**
 * What a reader does, in Chromium (tests/helpers/browser.ts) against the built dist/. What every
 * page must be (no error, no missing file, no axe violation, under the real CSP) is
 * tests/browser/every-page.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const site = siteInBrowser({ headers: true });
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

describe('the timeline filter', () => {
  it('filters a period by issue and actor with the keyboard, and puts the filter in the URL', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/timeline/2025/09/`);
    const total = await page.locator('.timeline-event').count();
    await page.getByLabel('Issue', { exact: true }).focus();
    await page.getByLabel('Issue', { exact: true }).selectOption('water');
    const shown = page.locator('.timeline-event:visible');
    const waterCount = await shown.count();
    expect(waterCount).toBeGreaterThan(0);
    expect(waterCount).toBeLessThan(total);
    for (const issues of await shown.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.issues ?? ''))) expect(issues.split(' ')).toContain('water');
    await expect.poll(() => page.locator('[data-timeline-status]').textContent()).toBe(`Showing ${waterCount} of ${total} events`);
    expect(new URL(page.url()).searchParams.get('issue')).toBe('water');

    await page.getByLabel('Person or organisation', { exact: true }).selectOption('claudia-sheinbaum');
    const both = await shown.evaluateAll((els) => els.map((el) => [(el as HTMLElement).dataset.issues, (el as HTMLElement).dataset.actors]));
    expect(both.length).toBeLessThanOrEqual(waterCount);
    for (const [issues, actors] of both) {
      expect(issues!.split(' ')).toContain('water');
      expect(actors!.split(' ')).toContain('claudia-sheinbaum');
    }
    expect(new URL(page.url()).search).toBe('?issue=water&actor=claudia-sheinbaum');
    // The filter travels to the earlier and later periods, and not to the overview.
    const hrefs = async () => page.locator('.period-nav a').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).getAttribute('href')));
    expect(await hrefs()).toEqual(expect.arrayContaining(['/timeline/2025/08/?issue=water&actor=claudia-sheinbaum', '/timeline/2025/10/?issue=water&actor=claudia-sheinbaum', '/timeline/']));

    await page.getByRole('button', { name: 'Show all events' }).press('Enter');
    await expect.poll(() => shown.count()).toBe(total);
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(hrefs).toEqual(expect.arrayContaining(['/timeline/2025/08/', '/timeline/2025/10/']));
    await page.close();
  });

  it('leads from the overview’s compact entry and from its chart to the full card', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/timeline/`);
    expect(await page.locator('.timeline-compact li[id]').count()).toBeGreaterThan(40);
    await page.locator('#sheinbaum-rubio-palace-meeting a').click();
    await page.waitForURL(/\/timeline\/2025\/09\/#sheinbaum-rubio-palace-meeting$/);
    expect(await page.locator('.timeline-event:target').getAttribute('id')).toBe('sheinbaum-rubio-palace-meeting');
    expect(await page.locator('.timeline-event:target .timeline-event__title').isVisible()).toBe(true);

    await page.goto(`${site.server.url}/timeline/`);
    const bar = page.getByRole('link', { name: 'September 2025: 11 events' });
    await bar.click();
    await page.waitForURL(/\/timeline\/2025\/09\/$/);
    expect(await page.locator('h1').textContent()).toBe('Timeline: September 2025');
    await page.close();
  });

  it('opens a shared filtered link already filtered', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/timeline/2025/09/?issue=tariffs`);
    expect(await page.getByLabel('Issue', { exact: true }).inputValue()).toBe('tariffs');
    const issues = await page.locator('.timeline-event:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.issues ?? ''));
    expect(issues.length).toBeGreaterThan(0);
    for (const list of issues) expect(list.split(' ')).toContain('tariffs');
    await page.close();
  });

  it('without JavaScript shows every event and links to the issue pages instead of the form', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.server.url}/timeline/2025/09/?issue=tariffs`);
    expect(await page.locator('form[data-timeline-filter]').isVisible()).toBe(false);
    expect(await page.locator('.timeline-event:visible').count()).toBe(await page.locator('.timeline-event').count());
    expect(await page.locator('.timeline-links a[href="/issues/tariffs/"]').count()).toBe(1);
    // The overview, its chart and its compact entries need no script either.
    await page.goto(`${site.server.url}/timeline/`);
    expect(await page.locator('.timeline-compact li[id]:visible').count()).toBe(await page.locator('.timeline-compact li[id]').count());
    expect(await page.locator('.timeline-chart a').count()).toBeGreaterThan(5);
    expect(await page.locator('.timeline-links a[href="/issues/tariffs/"]').count()).toBe(1);
    await noScript.close();
  });
});

describe('search', () => {
  it('finds a known article from the header search box', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/articles/`);
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('Caro Quintero');
    await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
    await page.waitForSelector('.pagefind-ui__result');
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(links).toContain('/articles/extraditions-and-transfers/');
    await page.close();
  });

  it('without JavaScript still lists every article by title', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.server.url}/search/`);
    expect(await page.locator('a[href="/articles/extraditions-and-transfers/"]').count()).toBeGreaterThan(0);
    await noScript.close();
  });
});
