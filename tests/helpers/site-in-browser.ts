/** The built dist/ served on a free port and a headless Chromium, for the whole of a browser test file. */
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

/**
 * Call at the top of a test file: both are ready in every test and closed after the last.
 * `headers: true` serves every path with the headers dist/_headers gives it (its `/*` rule, the
 * Content-Security-Policy among them), as Netlify or Cloudflare Pages would: what a reader's
 * browser enforces. Without it, no policy (for pages `_headers` does not describe yet).
 */
export function siteInBrowser(options: { headers?: boolean } = {}): SiteInBrowser {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serveStatic(DIST, options.headers ? { headers: siteWideHeaders(DIST) } : {});
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
