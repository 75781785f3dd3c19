/** The site built for a sub-path (GitHub Pages' /on-the-table/): every URL respects BASE_PATH and SITE_URL. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { brokenInternalLinks, htmlFiles } from '../helpers/dist.ts';
import { astroBuild, copyProject, read, removeProject } from '../helpers/project.ts';
import { serveStatic } from '../helpers/static-server.ts';

const BASE = '/on-the-table/';
const ORIGIN = 'https://newsroom.example.org';
let dir: string;
let dist: string;

beforeAll(() => {
  dir = copyProject();
  const build = astroBuild(dir, { BASE_PATH: 'on-the-table', SITE_URL: `${ORIGIN}/` });
  expect(build.status, build.output).toBe(0);
  dist = path.join(dir, 'dist');
});
afterAll(() => removeProject(dir));

describe('a build under a sub-path', () => {
  it('has every internal link and asset resolve under the prefix', () => {
    expect(brokenInternalLinks(dist, BASE)).toEqual([]);
    for (const page of htmlFiles(dist)) {
      const html = read(dist, page);
      const rootRelative = [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!).filter((url) => !url.startsWith(BASE));
      expect(rootRelative, page).toEqual([]);
    }
  });

  it('uses SITE_URL and the prefix in canonical URLs, feeds, sitemap, robots.txt, JSON and Open Graph', () => {
    const article = read(dist, 'articles/tariffs-as-leverage/index.html');
    expect(article).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}articles/tariffs-as-leverage/">`);
    expect(article).toContain(`<meta property="og:image" content="${ORIGIN}${BASE}og/articles/tariffs-as-leverage.png">`);
    expect(read(dist, 'rss.xml')).toContain(`<link>${ORIGIN}${BASE}articles/tariffs-as-leverage/</link>`);
    expect(read(dist, 'sitemap-0.xml')).toContain(`<loc>${ORIGIN}${BASE}timeline/</loc>`);
    expect(read(dist, 'robots.txt')).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
    expect(read(dist, '_headers')).toMatch(new RegExp(`^${BASE}_astro/\\*$`, 'm'));
    const events = JSON.parse(read(dist, 'data/events.json')) as Array<{ url: string }>;
    expect(events.every((e) => e.url.startsWith(`${BASE}timeline/#`))).toBe(true);
    const actors = JSON.parse(read(dist, 'data/actors.json')) as Array<{ id: string; url: string }>;
    expect(actors.every((a) => a.url === `${BASE}actors/${a.id}/`)).toBe(true);
  });

  it('finds articles in search with links under the prefix', async () => {
    const server = await serveStatic(dist, { base: BASE });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/search/?q=Caro%20Quintero`);
      await page.waitForSelector('.pagefind-ui__result');
      const links = await page.locator('.pagefind-ui__result-link').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      expect(links).toContain(`${BASE}articles/extraditions-and-transfers/`);
      await page.goto(`${server.url}/timeline/2025/09/`);
      await page.getByLabel('Issue', { exact: true }).selectOption('water');
      expect(new URL(page.url()).pathname).toBe(`${BASE}timeline/2025/09/`);
      // The filter travels to the next period, under the prefix.
      expect(new URL((await page.locator('a[rel="next"]').first().getAttribute('href'))!, server.url).href).toMatch(new RegExp(`${BASE}timeline/2025/10/\\?issue=water$`));
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
