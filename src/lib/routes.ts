/**
 * Every address on the site, in one place: (page or file, id, language) → path, with the base
 * path. Pages, feeds, JSON, the sitemap, search, JSON-LD, the Markdown plugins, the CLI and the
 * benchmark all build URLs here, so a section name or the base path changes in one line.
 */
import type { CollectionName } from '../schemas/index.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../core/locales.ts';

/** Section folder names per language (the contract's route table). Ids are never translated. */
export const SECTIONS = {
  articles: { en: 'articles', es: 'analisis' },
  actors: { en: 'actors', es: 'actores' },
  issues: { en: 'issues', es: 'temas' },
  timeline: { en: 'timeline', es: 'cronologia' },
  commitments: { en: 'commitments', es: 'compromisos' },
  corrections: { en: 'corrections', es: 'correcciones' },
  connections: { en: 'connections', es: 'conexiones' },
  search: { en: 'search', es: 'buscar' },
  translations: { en: 'translations', es: 'traducciones' },
} as const satisfies Record<string, Record<Locale, string>>;
export type Section = keyof typeof SECTIONS;

/** The collections whose entries have a page of their own, and the section it lives in. */
const ENTRY_SECTION = { articles: 'articles', actors: 'actors', issues: 'issues', commitments: 'commitments' } as const satisfies Partial<Record<CollectionName, Section>>;
export type PagedCollection = keyof typeof ENTRY_SECTION;
/** Those collections, in the order their pages are listed (the page list, the sitemap). */
export const PAGED_COLLECTIONS = Object.keys(ENTRY_SECTION) as PagedCollection[];

/** An HTML page of the site, independent of language. */
export type PageRoute =
  | { page: 'home' }
  | { page: 'notFound' }
  | { page: 'index'; section: Section }
  | { page: 'entry'; collection: PagedCollection; id: string }
  /** One actor's connections: the evidence behind their row of the matrix and their ties. */
  | { page: 'connections'; id: string }
  /** One period of the timeline, with its events' full cards: a year (`2025`) or a month (`2025-09`); see src/lib/timeline-periods.ts. */
  | { page: 'period'; period: string };

/** The locale prefix: nothing for English, `/es` for Spanish. */
function prefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** A page's path without the base path, ending in `/` (the 404 page ends in `404.html`). */
export function pagePath(route: PageRoute, locale: Locale): string {
  const root = prefix(locale);
  switch (route.page) {
    case 'home':
      return `${root}/`;
    case 'notFound':
      return `${root}/404.html`;
    case 'index':
      return `${root}/${SECTIONS[route.section][locale]}/`;
    case 'entry':
      return `${root}/${SECTIONS[ENTRY_SECTION[route.collection]][locale]}/${route.id}/`;
    case 'connections':
      return `${root}/${SECTIONS.connections[locale]}/${route.id}/`;
    case 'period':
      return `${root}/${SECTIONS.timeline[locale]}/${route.period.replace('-', '/')}/`;
  }
}

const FEED_FILE = 'rss.xml';

/** An RSS feed of the site, independent of language: an edition's articles, one issue's, or its corrections. */
export type FeedRoute = { feed: 'articles' } | { feed: 'issue'; id: string } | { feed: 'corrections' };

/** A feed's path without the base path: `rss.xml` in the folder of the page it follows (`/es/temas/agua/rss.xml`). */
export function feedPath(route: FeedRoute, locale: Locale): string {
  const page: PageRoute =
    route.feed === 'articles' ? { page: 'home' } : route.feed === 'issue' ? { page: 'entry', collection: 'issues', id: route.id } : { page: 'index', section: 'corrections' };
  return `${pagePath(page, locale)}${FEED_FILE}`;
}
/** The path `[...feed]/rss.xml.ts` receives for a feed: its folder, undefined for the edition's root. */
export function feedParam(route: FeedRoute, locale: Locale): string | undefined {
  const folder = feedPath(route, locale).slice(0, -FEED_FILE.length).replace(/^\/|\/$/g, '');
  return folder === '' ? undefined : folder;
}

/**
 * Fragment ids: the parts of a page that other pages link to, named once so that a link and its
 * target cannot disagree. Events are named by their id on the timeline pages.
 */
export const ANCHORS = {
  /** A country's group of actors (on `/actors/` and in the connections matrix); `none` for actors with no country. */
  country: (code: string | undefined) => `country-${code ? code.toLowerCase() : 'none'}`,
  /** The evidence for one issue on an actor's connections page. */
  issueEvidence: (issue: string) => `issue-${issue}`,
  /** One tie on an actor's connections page, named by the other actor. */
  tie: (partner: string) => `with-${partner}`,
  /** An event's card or compact entry on the timeline pages. */
  event: (id: string) => id,
  /** A year's heading in the overview's list on `/timeline/`. */
  year: (year: string) => `year-${year}`,
  corrections: (collection: CollectionName, entry: string) => correctionsFragment(collection, entry),
  correction: (c: CorrectionRef) => correctionFragment(c),
};

/** What names a correction's note: its entry, its list and its place in that list. */
export interface CorrectionRef {
  collection: CollectionName;
  entry: string;
  /** 0-based position in its list. */
  index: number;
  /** In the edition's own list (`editionCorrections`) rather than the English one. */
  edition: boolean;
}

/**
 * The fragment id of an entry's corrections list, and of one note in it. Events share their
 * period's page, so theirs carry the event's id.
 */
function correctionsFragment(collection: CollectionName, entry: string): string {
  return collection === 'events' ? `${entry}-corrections` : 'corrections';
}
function correctionFragment(c: CorrectionRef): string {
  const own = `${c.edition ? 'edition-' : ''}correction-${c.index + 1}`;
  return c.collection === 'events' ? `${c.entry}-${own}` : own;
}

/** The collections (and the site as a whole) that have an Open Graph card. */
export type OgCollection = 'articles' | 'issues' | 'site';

/** An Open Graph image's path without the base path (`/es/og/articles/x.png`); see src/lib/og-cards.ts. */
export function ogImagePath(collection: OgCollection, id: string, locale: Locale): string {
  return `${prefix(locale)}/og/${collection}/${id}.png`;
}

/** Which language a path (without the base path) belongs to. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/').filter(Boolean)[0];
  return LOCALES.find((l) => l !== DEFAULT_LOCALE && l === first) ?? DEFAULT_LOCALE;
}

/** A path with its base (`/on-the-table/articles/x/`) as a full address on the site's origin (`SITE_URL`, which Astro gives as `site`). */
export function absoluteUrl(path: string, origin: string | URL): string {
  return new URL(path, origin).href;
}

/** Pagefind's folder in `dist/`: its script, stylesheet and index files. */
export const SEARCH_BUNDLE = 'pagefind';

/** Joins the base path (ending in `/`) and a site path (starting with `/`). */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

/**
 * URL builders for one language under one base path: what pages and feeds call. `periodOf` says
 * which period page holds an event's full card (src/lib/timeline-periods.ts); without it, or for
 * an event it does not know, an event's address is its compact entry on `/timeline/`.
 */
export function createUrls(base: string, locale: Locale, periodOf?: ReadonlyMap<string, string>) {
  const at = (path: string) => withBase(base, path);
  const page = (route: PageRoute, inLocale: Locale = locale) => at(pagePath(route, inLocale));
  const index = (section: Section, inLocale: Locale = locale) => page({ page: 'index', section }, inLocale);
  const entryPage = (collection: PagedCollection, id: string, inLocale: Locale = locale) => page({ page: 'entry', collection, id }, inLocale);
  /** An event's compact entry on `/timeline/` (the address `/data/events.json` gives). */
  const timelineEntry = (id: string, inLocale: Locale = locale) => `${index('timeline', inLocale)}#${ANCHORS.event(id)}`;
  const period = (key: string, inLocale: Locale = locale) => page({ page: 'period', period: key }, inLocale);
  /** An event's full card on its period's page. */
  const event = (id: string, inLocale: Locale = locale) => {
    const key = periodOf?.get(id);
    return key ? `${period(key, inLocale)}#${ANCHORS.event(id)}` : timelineEntry(id, inLocale);
  };
  const entry = (collection: CollectionName, id: string, inLocale: Locale = locale) => (collection === 'events' ? event(id, inLocale) : entryPage(collection, id, inLocale));
  return {
    base,
    locale,
    page,
    home: (inLocale: Locale = locale) => page({ page: 'home' }, inLocale),
    index,
    article: (id: string) => entryPage('articles', id),
    actor: (id: string) => entryPage('actors', id),
    issue: (id: string) => entryPage('issues', id),
    commitment: (id: string) => entryPage('commitments', id),
    /** An actor's connections page. */
    connections: (actor: string) => page({ page: 'connections', id: actor }),
    /** A period page of the timeline (`2025`, `2025-09`). */
    period,
    /** An event's full card, on its period's page. */
    event,
    timelineEntry,
    /** Any entry's address: its page, or an event's full card on its period's page. */
    entry,
    /** The note about a correction on its entry's page (an event's, on its period's page). */
    correction: (c: CorrectionRef) => `${entry(c.collection, c.entry).replace(/#.*$/, '')}#${correctionFragment(c)}`,
    feed: () => at(feedPath({ feed: 'articles' }, locale)),
    issueFeed: (id: string) => at(feedPath({ feed: 'issue', id }, locale)),
    correctionsFeed: () => at(feedPath({ feed: 'corrections' }, locale)),
    /** A file of the search bundle (`pagefind-ui.js`), or its folder. */
    searchBundle: (file = '') => at(`/${SEARCH_BUNDLE}/${file}`),
    ogImage: (collection: OgCollection, id: string) => at(ogImagePath(collection, id, locale)),
    data: (collection: CollectionName) => at(`/data/${collection}.json`),
    sitemap: () => at('/sitemap-index.xml'),
    /** The one sitemap the index lists. */
    sitemapPart: () => at('/sitemap-0.xml'),
    asset: (path: string) => at(path),
  };
}
export type Urls = ReturnType<typeof createUrls>;

/** The path `[...path].astro` receives for a page: no leading or trailing slash, undefined for the root. */
export function routeParam(route: PageRoute, locale: Locale): string | undefined {
  const path = pagePath(route, locale).replace(/^\/|\/$/g, '').replace(/\.html$/, '');
  return path === '' ? undefined : path;
}

/** A base path as written in `BASE_PATH` or given by Astro (`on-the-table`, `/on-the-table`, `/on-the-table/`), as `/on-the-table/`; `/` for none. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The base path of the build being made (Astro sets `BASE_URL` from `BASE_PATH`); `/` outside a build. */
export function siteBase(): string {
  return normaliseBase(import.meta.env?.BASE_URL ?? '/');
}
