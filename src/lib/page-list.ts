/**
 * Every HTML page of both editions, computed from the data: what `[...path].astro` generates, what
 * the sitemap lists and what the route test checks in `dist/`. A page is paired when its text
 * exists in both languages; an entry with no translation has a Spanish stub that is not.
 */
import { LOCALES, type Locale } from '../core/locales.ts';
import { PAGED_COLLECTIONS, SECTIONS, type PageRoute, type PagedCollection, type Section } from './routes.ts';
import type { SiteData } from './site-data.ts';
import { connectedActors } from './connections.ts';

export interface PageEntry {
  route: PageRoute;
  locale: Locale;
  paired: boolean;
  /** The view that renders it. */
  view: 'home' | 'notFound' | Section | `entry:${PagedCollection}` | 'connections:actor' | 'timeline:period';
  id?: string;
}


export function listPages(editions: Record<Locale, SiteData<unknown>>): PageEntry[] {
  const pages: PageEntry[] = [];
  for (const locale of LOCALES) {
    const site = editions[locale];
    pages.push({ route: { page: 'home' }, locale, paired: true, view: 'home' });
    pages.push({ route: { page: 'notFound' }, locale, paired: true, view: 'notFound' });
    for (const section of Object.keys(SECTIONS) as Section[]) pages.push({ route: { page: 'index', section }, locale, paired: true, view: section });
    for (const collection of PAGED_COLLECTIONS) {
      for (const entry of site[collection]) {
        // Paired when neither side is a stub: the Spanish entry has a translation (current or outdated).
        const spanish = editions.es[collection].find((e) => e.id === entry.id);
        const paired = spanish ? spanish.translation.status !== 'missing' : false;
        pages.push({ route: { page: 'entry', collection, id: entry.id }, locale, paired, view: `entry:${collection}`, id: entry.id });
      }
    }
    // The timeline's period pages: the same periods in both editions (they follow the English dates).
    for (const period of site.periods) pages.push({ route: { page: 'period', period: period.key }, locale, paired: true, view: 'timeline:period', id: period.key });
    // Connections pages show an actor's evidence in the edition's words: paired as the actor is.
    for (const actor of connectedActors(site)) {
      const paired = editions.es.actor(actor.id)?.translation.status !== 'missing';
      pages.push({ route: { page: 'connections', id: actor.id }, locale, paired, view: 'connections:actor', id: actor.id });
    }
  }
  return pages;
}

/** Where a page sits: its route (the same in every language), its edition, and whether both editions have its text. */
export interface PageContext {
  route: PageRoute;
  locale: Locale;
  /**
   * True when the page's text exists in both languages, so the two are real counterparts
   * (`hreflang` pairs, the sitemap); false on either side of an untranslated entry.
   */
  paired: boolean;
}

/** What `[...path].astro` hands every view: the edition, and the entry's id on an entry's page. */
export interface ViewProps {
  locale: Locale;
  id?: string;
  page: PageContext;
}
