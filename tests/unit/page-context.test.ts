/**
 * Pages receive their data: the page list resolves each page's entry once, the catch-all route
 * hands it to its view and to the components through `Astro.locals`, and no component looks the
 * site's data up again or falls back to a language of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentPage } from '../../src/lib/page-context.ts';
import { listPages, notFoundPage } from '../../src/lib/page-list.ts';
import { buildSiteData, type SiteInput } from '../../src/lib/site-data.ts';
import { ROOT } from '../helpers/project.ts';

const rendered = { metadata: { frontmatter: { mentions: [], quotes: [], reading: { words: 100, minutes: 1 } } } };
const input: SiteInput = {
  actors: [{ id: 'sheinbaum', data: { name: 'Claudia Sheinbaum', kind: 'person', role: 'President of Mexico', aliases: [], affiliations: [], sources: [] }, rendered }],
  issues: [{ id: 'water', data: { title: 'Water', summary: 'The 1944 treaty.', sources: [] }, rendered }],
  events: [{ id: 'statement', data: { title: 'Joint statement', date: '2025-09-03', actors: ['sheinbaum'], issues: ['water'], sources: [] }, rendered }],
  articles: [{ id: 'water-deal', data: { title: 'The water deal', summary: 'What was agreed.', published: '2025-12-01', issues: ['water'], actors: ['sheinbaum'], events: ['statement'], sources: [], draft: false }, rendered }],
};

describe('the page list', () => {
  const en = buildSiteData(input, { locale: 'en' });
  const es = buildSiteData(input, { locale: 'es' });
  const pages = listPages({ en, es });

  it('gives each page its edition’s data and, on an entry’s page, the entry itself', () => {
    for (const page of pages) expect(page.site).toBe(page.locale === 'en' ? en : es);
    const article = pages.find((p) => p.view === 'entry:articles' && p.locale === 'es');
    expect(article?.view === 'entry:articles' && article.article).toBe(es.article('water-deal'));
    const actor = pages.find((p) => p.view === 'entry:actors' && p.locale === 'en');
    expect(actor?.view === 'entry:actors' && actor.actor).toBe(en.actor('sheinbaum'));
    const period = pages.find((p) => p.view === 'timeline:period' && p.locale === 'en');
    expect(period?.view === 'timeline:period' && period.period.events.map((e) => e.id)).toEqual(['statement']);
    const translations = pages.find((p) => p.view === 'translations' && p.locale === 'es');
    expect(translations?.view === 'translations' && translations.editions).toEqual({ en, es });
  });

  it('makes the English 404 the same page the list has', () => {
    expect(notFoundPage(en)).toEqual(pages.find((p) => p.view === 'notFound' && p.locale === 'en'));
  });
});

describe('the page context', () => {
  it('hands components the page the route set', () => {
    const [page] = listPages({ en: buildSiteData(input), es: buildSiteData(input, { locale: 'es' }) });
    expect(currentPage({ locals: { page: page as never } })).toBe(page);
  });

  it('refuses to guess when a component renders outside a page', () => {
    expect(() => currentPage({ locals: {} })).toThrow(/outside a page of the site/);
  });

  const componentDir = path.join(ROOT, 'src/components');
  const components = readdirSync(componentDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));

  it('is where every component takes its edition and data from', () => {
    expect(components.length).toBeGreaterThan(20);
    for (const file of components) {
      const code = readFileSync(path.join(componentDir, file), 'utf8');
      const frontmatter = code.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
      // No language of its own: not a prop (a forgotten one would render English), not from the address.
      expect(frontmatter, file).not.toMatch(/\blocale\??\s*:\s*Locale|locale\s*=\s*['"]|localeOf\w*\(|Astro\.url/);
      // No second load of the data the page already has.
      expect(frontmatter, file).not.toMatch(/loadSiteData|getCollection/);
    }
  });
});
