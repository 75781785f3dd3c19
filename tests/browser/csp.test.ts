/** Every page type under the site's own Content-Security-Policy, as Netlify or Cloudflare would serve it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchErrors, watchFailedRequests } from '../helpers/browser.ts';
import { DIST } from '../helpers/project.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/** The headers `_headers` gives every path (its `/*` rule). */
function siteWideHeaders(): Record<string, string> {
  const text = readFileSync(path.join(DIST, '_headers'), 'utf8');
  const block = text.split(/\n\s*\n/).find((b) => b.startsWith('/*\n'))!;
  return Object.fromEntries(
    block
      .split('\n')
      .slice(1)
      .filter((line) => /^\s+[\w-]+:/.test(line))
      .map((line) => {
        const [name, ...value] = line.trim().split(':');
        return [name!, value.join(':').trim()];
      }),
  );
}

let server: StaticServer;
let browser: Browser;
let headers: Record<string, string>;

beforeAll(async () => {
  headers = siteWideHeaders();
  server = await serveStatic(DIST, { headers });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Content-Security-Policy', () => {
  it('is strict: no unsafe-inline, no unsafe-eval, no other origins', () => {
    const csp = headers['Content-Security-Policy']!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  for (const target of ['/', '/articles/tariffs-as-leverage/', '/actors/marco-rubio/', '/issues/tariffs/', '/timeline/', '/timeline/2025/09/?issue=water', '/connections/', '/connections/claudia-sheinbaum/', '/commitments/', '/search/?q=tariff', '/no-such-page/']) {
    it(`${target} loads with no violation reported`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const errors = watchErrors(page);
      const failed = watchFailedRequests(page);
      await page.goto(server.url + target, { waitUntil: 'networkidle' });
      if (target.startsWith('/search/')) await page.waitForSelector('.pagefind-ui__result');
      if (target.startsWith('/timeline/2025/')) expect(await page.locator('form[data-timeline-filter]').isVisible()).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      expect(errors).toEqual([]);
      // Every file the page loads is there: only the missing page itself may answer 404.
      expect(failed).toEqual(target === '/no-such-page/' ? ['404 /no-such-page/'] : []);
      await context.close();
    });
  }
});
