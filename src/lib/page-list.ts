/**
 * Every HTML page of both editions, computed from the data: what `[...path].astro` generates, what
 * the sitemap lists and what the route test checks in `dist/`. Each page carries what its view
 * renders, resolved here once: its edition's data and, on an entry's page, the entry itself, so a
 * view never looks an id up again. A page is paired when its text exists in both languages; an
 * entry with no translation has a Spanish stub that is not.
 */
import { LOCALES, type Locale } from '../core/locales.ts';
import { PAGED_COLLECTIONS, SECTIONS, type PageRoute, type PagedCollection, type Section } from './routes.ts';
import type { Actor, Article, Commitment, Issue, SiteData } from './site-data.ts';
import { connectedActors } from './connections.ts';

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

/** What each view needs beyond its edition's data, by view. */
interface ViewData<E> {
  home: object;
  notFound: object;
  articles: object;
  actors: object;
  issues: object;
  timeline: object;
  commitments: object;
  corrections: object;
  connections: object;
  search: object;
  /** The translation status compares the two editions, so it has both. */
  translations: { editions: Record<Locale, SiteData<E>> };
  'entry:articles': { article: Article<E> };
  'entry:actors': { actor: Actor<E> };
  'entry:issues': { issue: Issue<E> };
  'entry:commitments': { commitment: Commitment<E> };
  'connections:actor': { actor: Actor<E> };
  'timeline:period': { period: NonNullable<ReturnType<SiteData<E>['period']>> };
}

/** The view that renders a page. */
export type View = keyof ViewData<unknown>;

/** A page with everything its view renders; `Page<E, V>` is one view's page. */
export type Page<E = unknown, V extends View = View> = {
  [K in V]: PageContext & { view: K; site: SiteData<E> } & ViewData<E>[K];
}[V];

// Every section has a view of the same name: a section added to the route module without a view fails here.
export const SECTIONS_HAVE_VIEWS = true satisfies (Section extends View ? true : never);

/** The English 404 is rendered by src/pages/404.astro (Astro writes only the root one itself); this is its page. */
export function notFoundPage<E>(site: SiteData<E>): Page<E, 'notFound'> {
  return { route: { page: 'notFound' }, locale: site.locale, paired: true, view: 'notFound', site };
}

export function listPages<E>(editions: Record<Locale, SiteData<E>>): Array<Page<E>> {
  const pages: Array<Page<E>> = [];
  for (const locale of LOCALES) {
    const site = editions[locale];
    const shared = { locale, site };
    pages.push({ ...shared, route: { page: 'home' }, paired: true, view: 'home' });
    pages.push(notFoundPage(site));
    for (const section of Object.keys(SECTIONS) as Section[]) {
      const route = { page: 'index', section } as const;
      pages.push(section === 'translations' ? { ...shared, route, paired: true, view: section, editions } : { ...shared, route, paired: true, view: section });
    }
    // Paired when neither side is a stub: the Spanish entry has a translation (current or outdated).
    const entryPage = (collection: PagedCollection, id: string) => ({
      ...shared,
      route: { page: 'entry', collection, id } as const,
      paired: editions.es[collection].find((e) => e.id === id)?.translation.status !== 'missing',
    });
    // One line per paged collection, demanded by the type: a collection given pages in the route module needs its view here.
    const entryPages: { [C in PagedCollection]: () => Array<Page<E, `entry:${C}`>> } = {
      articles: () => site.articles.map((article) => ({ ...entryPage('articles', article.id), view: 'entry:articles', article })),
      actors: () => site.actors.map((actor) => ({ ...entryPage('actors', actor.id), view: 'entry:actors', actor })),
      issues: () => site.issues.map((issue) => ({ ...entryPage('issues', issue.id), view: 'entry:issues', issue })),
      commitments: () => site.commitments.map((commitment) => ({ ...entryPage('commitments', commitment.id), view: 'entry:commitments', commitment })),
    };
    for (const collection of PAGED_COLLECTIONS) pages.push(...entryPages[collection]());
    // The timeline's period pages: the same periods in both editions (they follow the English dates).
    for (const { key } of site.periods) pages.push({ ...shared, route: { page: 'period', period: key }, paired: true, view: 'timeline:period', period: site.period(key)! });
    // Connections pages show an actor's evidence in the edition's words: paired as the actor is.
    for (const actor of connectedActors(site)) {
      pages.push({ ...shared, route: { page: 'connections', id: actor.id }, paired: editions.es.actor(actor.id)?.translation.status !== 'missing', view: 'connections:actor', actor });
    }
  }
  return pages;
}
