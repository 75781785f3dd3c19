/** The real content/, built once (tests/helpers/build-once.ts): every entry has its page and every link resolves. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContentDir, type CheckedEntry } from '../../src/checks/validate.ts';
import { brokenInternalLinks, htmlFiles } from '../helpers/dist.ts';
import { DIST, exists, ROOT } from '../helpers/project.ts';

let entries: CheckedEntry[];
const page = (relative: string) => readFileSync(path.join(DIST, relative), 'utf8');
// The English edition of record; tests/build/spanish-edition.test.ts covers the translations.
const of = (collection: string) => entries.filter((e) => e.collection === collection && e.locale === 'en');
const published = () => of('articles').filter((a) => a.data.draft !== true);
/** The compact entries on /timeline/: each event's id and where its title leads. */
const compactEntries = () => [...page('timeline/index.html').matchAll(/<li id="([^"]+)"><a href="([^"]+)"/g)].map((m) => ({ id: m[1]!, href: m[2]! }));
/** The timeline's period pages (`timeline/2025/09/index.html`), in date order. */
const periodPages = () =>
  readdirSync(path.join(DIST, 'timeline'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && f !== 'index.html')
    .map((f) => path.join('timeline', path.dirname(f)))
    .sort()
    .map((dir) => path.join(dir, 'index.html'));
const cardIds = (html: string) => [...html.matchAll(/<li class="timeline-event[^"]*" id="([^"]+)"/g)].map((m) => m[1]!);
const cardOf = (html: string, id: string) => new RegExp(`<li class="timeline-event[^"]*" id="${id}"[\\s\\S]*?</li>`).exec(html)?.[0];

beforeAll(async () => {
  const report = await validateContentDir(ROOT);
  expect(report.errors).toEqual([]);
  entries = report.entries;
});

describe('the built site', () => {
  it('has the content the design asks for', () => {
    expect(of('actors').length).toBeGreaterThanOrEqual(14);
    expect(of('events').length).toBeGreaterThanOrEqual(10);
    expect(published().length).toBeGreaterThanOrEqual(5);
    expect(of('issues').map((i) => i.id)).toEqual(expect.arrayContaining(['fentanyl', 'tariffs', 'migration', 'sovereignty']));
  });

  it('has every path in the contract', () => {
    for (const file of ['index.html', 'articles/index.html', 'actors/index.html', 'issues/index.html', 'timeline/index.html', 'search/index.html', 'rss.xml', 'sitemap-index.xml', '404.html']) {
      expect(exists(DIST, file), file).toBe(true);
    }
    for (const collection of ['articles', 'actors', 'issues', 'events']) expect(exists(DIST, `data/${collection}.json`), collection).toBe(true);
  });

  // Drafts are left out: tests/build/editor-flow.test.ts adds one to a copy and looks for it.
  it('gives every published article, actor and issue its page', () => {
    for (const collection of ['articles', 'actors', 'issues']) {
      for (const entry of of(collection)) {
        const shouldExist = !(collection === 'articles' && entry.data.draft === true);
        expect(exists(DIST, `${collection}/${entry.id}/index.html`), `${collection}/${entry.id}`).toBe(shouldExist);
      }
    }
    for (const article of published()) expect(page(`articles/${article.id}/index.html`)).toContain(`<h1>${escapeHtml(String(article.data.title))}</h1>`);
  });

  it('puts every event on the timeline, in date order, with its id', () => {
    const onPage = compactEntries().map((e) => e.id);
    // Facts read off content/events/, not computed: 1985, 2018, 2025 (a year sorts as its first
    // day), 2025-01 (a month likewise), 2025-02-01.
    expect(onPage.slice(0, 5)).toEqual(['camarena-murder', 'lopez-obrador-presidency', 'project-portero', 'trump-second-term-begins', 'rubio-first-latin-america-tour']);
    // The five events of 3 September 2025 stand together, by id.
    const sameDay = ['joint-statement-security-group', 'rubio-defends-boat-strike', 'sheinbaum-names-cooperation-program', 'sheinbaum-rubio-palace-meeting', 'state-department-readout'];
    const first = onPage.indexOf(sameDay[0]!);
    expect(onPage.slice(first, first + sameDay.length)).toEqual(sameDay);
    // October 2025 comes before 15 October 2025.
    expect(onPage.indexOf('sheinbaum-seeks-boat-protocol')).toBeLessThan(onPage.indexOf('rubio-de-la-fuente-washington'));
    // And the whole list, by a rule written out here rather than the site's compareDated: a date's
    // first day (YYYY → YYYY-01-01, YYYY-MM → YYYY-MM-01), then the less precise date, then the id.
    const firstDay = (date: string) => `${date}-01-01`.slice(0, 10);
    const expected = of('events')
      .map((e) => ({ id: e.id, date: String(e.data.date) }))
      .sort((a, b) => (firstDay(a.date) !== firstDay(b.date) ? (firstDay(a.date) < firstDay(b.date) ? -1 : 1) : a.date.length - b.date.length || (a.id < b.id ? -1 : 1)))
      .map((e) => e.id);
    expect(onPage).toEqual(expected);
    // The period pages, read in order, give the same order.
    expect(periodPages().flatMap((file) => cardIds(page(file)))).toEqual(expected);
  });

  it('gives every event of /data/events.json a compact entry on /timeline/ whose link leads to its full card, one click away', () => {
    const events = JSON.parse(page('data/events.json')) as Array<{ id: string; url: string }>;
    const entries = new Map(compactEntries().map((e) => [e.id, e.href]));
    for (const event of events) {
      expect(event.url, event.id).toBe(`/timeline/#${event.id}`);
      const href = entries.get(event.id);
      expect(href, `${event.id} has no compact entry on /timeline/`).toBeDefined();
      const target = new URL(href!, 'https://x.test/timeline/');
      expect(target.hash).toBe(`#${event.id}`);
      // The full card: the event's title, its dates, its sources, on the page the link opens.
      const card = cardOf(page(path.join(target.pathname.slice(1), 'index.html')), event.id);
      expect(card, `${event.id}: no full card at ${target.pathname}`).toBeDefined();
      expect(card).toContain('timeline-event__title');
      expect(card).toContain('<time datetime=');
    }
    // Every card is on exactly one period page.
    const cards = periodPages().flatMap((file) => cardIds(page(file)));
    expect(cards.slice().sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('shows dates at their precision in <time> elements', () => {
    const html = periodPages().map(page).join('');
    for (const event of of('events')) {
      expect(html, event.id).toContain(`<time datetime="${event.data.date}">`);
    }
  });

  it('has no broken internal link or anchor', () => {
    expect(htmlFiles(DIST).length).toBeGreaterThan(40);
    expect(brokenInternalLinks(DIST)).toEqual([]);
  });

  // The cards are drawn outside Astro's routes (src/integrations/og-images.ts): the plan and the pages must agree.
  it('has the Open Graph image every page points to, and no image no page points to', () => {
    const pointedTo = new Set<string>();
    for (const file of htmlFiles(DIST)) {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(page(file))?.[1];
      expect(image, file).toBeDefined();
      pointedTo.add(new URL(image!).pathname.slice(1));
    }
    for (const image of pointedTo) expect(exists(DIST, image), image).toBe(true);
    const drawn = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png') && f.split(path.sep).includes('og'));
    expect(drawn.map((f) => f.split(path.sep).join('/')).sort()).toEqual([...pointedTo].sort());
    // One per article and issue in each edition, and one for the rest of each edition.
    expect(drawn.length).toBe(2 * (published().length + of('issues').length + 1));
  });

  it('writes /data/*.json sorted by id with dates as written and article mentions', () => {
    const events = JSON.parse(page('data/events.json')) as Array<{ id: string; url: string; date: string }>;
    expect(events.map((e) => e.id)).toEqual(of('events').map((e) => e.id).sort());
    for (const record of events) {
      const written = readFileSync(path.join(ROOT, 'content/events', `${record.id}.md`), 'utf8').match(/^date:\s*["']?([\d-]+)/m)![1];
      expect(record.date, record.id).toBe(written);
      expect(record.url).toBe(`/timeline/#${record.id}`);
    }
    const articles = JSON.parse(page('data/articles.json')) as Array<{ id: string; mentions: string[]; draft: boolean }>;
    expect(articles.every((a) => Array.isArray(a.mentions) && a.draft === false)).toBe(true);
    expect(articles.some((a) => a.mentions.length > 0)).toBe(true);
  });

  it('gives each page one canonical URL, with a trailing slash, the same as in the sitemap', () => {
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    // Not-found pages and stubs of untranslated entries are noindex: no canonical, not in the sitemap.
    const noindex = (file: string) => page(file).includes('<meta name="robots" content="noindex">');
    const pages = htmlFiles(DIST).filter((f) => !noindex(f));
    expect(noindex('404.html') && noindex('es/404.html')).toBe(true);
    for (const file of htmlFiles(DIST).filter(noindex)) {
      expect(page(file), file).not.toContain('rel="canonical"');
      expect(listed.has(`https://on-the-table.example/${file.replace(/index\.html$/, '')}`), file).toBe(false);
    }
    for (const file of pages) {
      const canonical = page(file).match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      expect(canonical, file).toBe(`https://on-the-table.example/${file.replace(/index\.html$/, '')}`);
      expect(listed.has(canonical), `${canonical} in the sitemap`).toBe(true);
    }
    expect(listed.size).toBe(pages.length);
    expect(page('robots.txt')).toContain('Sitemap: https://on-the-table.example/sitemap-index.xml');
  });

  it('lists every article in the feed and every page in the sitemap', () => {
    const rss = page('rss.xml');
    for (const article of published()) expect(rss).toContain(`/articles/${article.id}/</link>`);
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const actor of of('actors')) expect(sitemap).toContain(`/actors/${actor.id}/</loc>`);
  });
});

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
