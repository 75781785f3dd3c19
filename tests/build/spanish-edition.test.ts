/**
 * The Spanish edition on the real content: every route the route module names exists in dist/,
 * every page has its counterpart in the other language, the switcher and the hreflang pairs agree
 * and are reciprocal, and the Spanish timeline keeps the English order and ids.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContentDir, type CheckedEntry } from '../../src/checks/validate.ts';
import { LOCALES } from '../../src/core/locales.ts';
import { pagePath, SECTIONS, type PagedCollection, type PageRoute, type Section } from '../../src/lib/routes.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { DIST, exists, ROOT } from '../helpers/project.ts';

const page = (relative: string) => readFileSync(path.join(DIST, relative), 'utf8');
/** The dist/ file of a site path (`/es/analisis/x/` → `es/analisis/x/index.html`). */
const fileOf = (sitePath: string) => (sitePath.endsWith('/') ? `${sitePath.slice(1)}index.html` : sitePath.slice(1));
const SITE = 'https://on-the-table.example';

let entries: CheckedEntry[];
beforeAll(async () => {
  entries = (await validateContentDir(ROOT)).entries;
});

function routes(): PageRoute[] {
  const paged: PagedCollection[] = ['articles', 'actors', 'issues', 'commitments'];
  return [
    { page: 'home' },
    { page: 'notFound' },
    ...(Object.keys(SECTIONS) as Section[]).map((section) => ({ page: 'index' as const, section })),
    ...paged.flatMap((collection) =>
      entries.filter((e) => e.locale === 'en' && e.collection === collection && e.data.draft !== true).map((e) => ({ page: 'entry' as const, collection, id: e.id })),
    ),
  ];
}

describe('the Spanish edition', () => {
  it('has every route of the route module, in both languages, in dist/', () => {
    const missing = routes().flatMap((route) => LOCALES.map((l) => fileOf(pagePath(route, l)))).filter((file) => !exists(DIST, file));
    expect(missing).toEqual([]);
    for (const file of ['es/rss.xml', 'es/correcciones/rss.xml', 'corrections/rss.xml', 'es/temas/water/rss.xml', 'es/og/articles/tariffs-as-leverage.png', 'data/commitments.json']) {
      expect(exists(DIST, file), file).toBe(true);
    }
  });

  it('writes every Spanish page in Spanish (lang es-MX) and every English page in English', () => {
    for (const file of htmlFiles(DIST)) {
      const lang = page(file).match(/<html lang="([^"]+)"/)?.[1];
      expect(lang, file).toBe(file.startsWith('es/') ? 'es-MX' : 'en');
    }
  });

  it('has a language switch on every page that lands on the same page in the other language, and back', () => {
    for (const file of htmlFiles(DIST)) {
      const target = page(file).match(/<a href="([^"]+)"[^>]*data-language-switch/)?.[1];
      expect(target, `${file} has a switch`).toBeDefined();
      expect(exists(DIST, fileOf(target!)), `${file} → ${target}`).toBe(true);
      const back = page(fileOf(target!)).match(/<a href="([^"]+)"[^>]*data-language-switch/)?.[1];
      expect(fileOf(back!), `${target} switches back`).toBe(file);
    }
  });

  it('pairs hreflang alternates only between real counterparts, reciprocally, with x-default on English', () => {
    let paired = 0;
    for (const file of htmlFiles(DIST)) {
      const html = page(file);
      const alternates = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
      if (Object.keys(alternates).length === 0) continue;
      paired++;
      expect(Object.keys(alternates).sort(), file).toEqual(['en', 'es-MX', 'x-default']);
      expect(alternates['x-default']).toBe(alternates.en);
      const self = `${SITE}/${file.replace(/index\.html$/, '')}`;
      expect([alternates.en, alternates['es-MX']], file).toContain(self);
      const other = alternates.en === self ? alternates['es-MX']! : alternates.en!;
      const otherHtml = page(fileOf(other.slice(SITE.length)));
      expect(otherHtml, `${other} points back`).toContain(`hreflang="${alternates.en === self ? 'en' : 'es-MX'}" href="${self}"`);
      expect(html, file).not.toContain('<meta name="robots" content="noindex">');
    }
    expect(paired).toBeGreaterThan(100);
  });

  it('keeps the English timeline’s order and ids, with Spanish dates, on the same period pages', () => {
    const compact = (file: string) => [...page(file).matchAll(/<li id="([^"]+)"><a href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(compact('es/cronologia/index.html')).toEqual(compact('timeline/index.html'));
    expect(compact('timeline/index.html').length).toBeGreaterThan(40);
    const cards = (file: string) => [...page(file).matchAll(/<li class="timeline-event[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
    expect(cards('es/cronologia/2025/09/index.html')).toEqual(cards('timeline/2025/09/index.html'));
    expect(cards('es/cronologia/2025/09/index.html').length).toBeGreaterThan(5);
    expect(page('es/cronologia/2025/09/index.html')).toContain('<time datetime="2025-09-03">3 de septiembre de 2025</time>');
    expect(page('es/cronologia/2025/09/index.html')).toContain('<h1>Cronología: septiembre de 2025</h1>');
  });

  it('links mentions in Spanish text within the Spanish edition, found by Spanish names too', () => {
    const html = page('es/analisis/rubio-visit-at-a-glance/index.html');
    expect(html).toMatch(/<a href="\/es\/actores\/marco-rubio\/" class="mention">/);
    expect(html).not.toMatch(/href="\/actors\/[^"]+" class="mention"/);
    // Each mention leads to a Spanish actor page that is there: the ministry, found by its Spanish name, among them.
    const mentions = [...html.matchAll(/<a href="([^"]+)" class="mention">([^<]+)<\/a>/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(mentions).toContainEqual(['/es/actores/sre/', 'Secretaría de Relaciones Exteriores']);
    for (const [href] of mentions) expect(exists(DIST, fileOf(href)), href).toBe(true);
    const sre = page('es/actores/sre/index.html');
    expect(sre).toContain('<html lang="es-MX">');
    expect(sre).toContain('<h1>Secretaría de Relaciones Exteriores</h1>');
    expect(page('es/cronologia/2025/02/index.html')).toMatch(/href="\/es\/actores\/us-department-of-state\/" class="mention">Departamento de Estado/);
  });

  it('says when a quotation is a translation, in each language', () => {
    expect(page('articles/cooperation-without-subordination/index.html')).toContain('translated from Spanish by the source');
    expect(page('es/analisis/cooperation-without-subordination/index.html')).toContain('traducción nuestra del inglés');
  });

  it('lists every entry’s translation status', () => {
    const html = page('es/traducciones/index.html');
    const published = entries.filter((e) => e.locale === 'en' && e.data.draft !== true);
    expect(html.match(/<tr data-status=/g)).toHaveLength(published.length);
  });

  it('gives each edition its own search index and feed', () => {
    const languages = readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8');
    expect(languages).toMatch(/"en"/);
    expect(languages).toMatch(/"es/);
    expect(page('es/rss.xml')).toContain('<language>es-MX</language>');
    expect(page('es/rss.xml')).toContain('/es/analisis/tariffs-as-leverage/</link>');
  });
});

describe('corrections', () => {
  it('lists every correction of every kind of entry on /corrections/, linked to its note, and in the feed', () => {
    const english = entries.filter((e) => e.locale === 'en');
    const corrections = english.flatMap((e) => (e.data.corrections as unknown[]) ?? []);
    // Not only articles: profiles, explainers, events and promises have corrections too (issue 20).
    expect(new Set(english.filter((e) => ((e.data.corrections as unknown[]) ?? []).length > 0).map((e) => e.collection))).toEqual(new Set(['articles', 'actors', 'issues', 'events', 'commitments']));
    const html = page('corrections/index.html');
    const links = [...html.matchAll(/<p class="correction-list__article">[^]*?href="(\/[^"#]+\/#(?:[a-z0-9-]+-)?correction-\d+)"/g)].map((m) => m[1]!);
    expect(links).toHaveLength(corrections.length);
    for (const link of links) {
      const [file, anchor] = link.split('#') as [string, string];
      expect(page(fileOf(file)), link).toContain(`id="${anchor}"`);
    }
    const feed = page('corrections/rss.xml');
    expect(feed.match(/<item>/g)).toHaveLength(corrections.length);
    expect(new Set([...feed.matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1])).size).toBe(corrections.length);
  });

  it('shows the Spanish edition’s own corrections in Spanish only, with the translated ones', () => {
    const own = entries.filter((e) => e.locale === 'es').flatMap((e) => (e.data.editionCorrections as unknown[]) ?? []);
    const english = entries.filter((e) => e.locale === 'en').flatMap((e) => (e.data.corrections as unknown[]) ?? []);
    expect(own.length).toBeGreaterThan(0);
    const html = page('es/correcciones/index.html');
    expect(html.match(/class="correction-list__article"/g)).toHaveLength(english.length + own.length);
    expect(html.match(/id="edition-correction-\d+"|href="[^"]*#(?:[a-z0-9-]+-)?edition-correction-\d+"/g)?.length).toBe(own.length);
    expect(page('es/correcciones/rss.xml').match(/<item>/g)).toHaveLength(english.length + own.length);
    expect(page('corrections/index.html')).not.toContain('edition-correction-');
  });

  it('puts the corrections in the article’s JSON-LD with dateModified', () => {
    const html = page('articles/tariffs-as-leverage/index.html');
    const json = JSON.parse(html.match(/<script type="application\/ld\+json">([^<]+)<\/script>/)![1]!) as { datePublished?: string; dateModified?: string; correction?: Array<{ '@type': string }> };
    // The dates as the editor wrote them in the article's file, and one CorrectionComment per correction there.
    const source = readFileSync(path.join(ROOT, 'content/articles/tariffs-as-leverage.md'), 'utf8');
    const written = (field: string) => source.match(new RegExp(`^${field}: ["']?([\\d-]+)`, 'm'))![1];
    expect(json.datePublished).toBe(written('published'));
    expect(json.dateModified).toBe(written('updated'));
    expect(json.dateModified! > json.datePublished!).toBe(true);
    const corrections = (entries.find((e) => e.locale === 'en' && e.collection === 'articles' && e.id === 'tariffs-as-leverage')!.data.corrections as unknown[]).length;
    expect(corrections).toBeGreaterThan(0);
    expect(json.correction).toHaveLength(corrections);
    expect(json.correction!.every((c) => c['@type'] === 'CorrectionComment')).toBe(true);
  });
});
