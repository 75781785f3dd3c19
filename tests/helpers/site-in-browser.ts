/**
 * The built dist/ served on a free port, with the headers dist/_headers gives every path (its
 * Content-Security-Policy among them, as Netlify or Cloudflare Pages serve it), and a headless
 * Chromium, for the whole of a browser test file.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { siteWideHeaders } from './headers.ts';
import { DIST } from './project.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface SiteInBrowser {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** Call at the top of a test file: both are ready in every test and closed after the last. */
export function siteInBrowser(): SiteInBrowser {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serveStatic(DIST, { headers: siteWideHeaders(DIST) });
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
