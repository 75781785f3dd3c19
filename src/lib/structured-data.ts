/**
 * JSON-LD (schema.org) for pages: NewsArticle with what it is about and whom it mentions,
 * Person or Organization for actors, and an ItemList of Events for the timeline.
 * URLs are absolute, built from the site's origin.
 */
import type { Actor, Article, Event, Issue } from './site-data.ts';
import { ui } from './i18n.ts';
import { HTML_LANG, type Locale } from '../core/locales.ts';
import { absoluteUrl } from './routes.ts';

type Json = Record<string, unknown>;

/** The publisher goes by the name of the edition of record in both editions: one organisation, one name. */
const PUBLISHER_LOCALE: Locale = 'en';

const absolute = (origin: string, url: string) => absoluteUrl(url, origin);

function actorRef(origin: string, actor: Pick<Actor, 'kind' | 'name' | 'url' | 'wikidata'>): Json {
  return {
    '@type': actor.kind === 'person' ? 'Person' : 'Organization',
    name: actor.name,
    url: absolute(origin, actor.url),
    ...(actor.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${actor.wikidata}` } : {}),
  };
}

function publisher(origin: string, base: string): Json {
  return { '@type': 'Organization', name: ui(PUBLISHER_LOCALE).siteName, url: absolute(origin, base) };
}

/** The language tag of text written in `lang` (schema.org `inLanguage`). */
const languageTag = (lang: Locale) => HTML_LANG[lang];

export function articleJsonLd(options: {
  origin: string;
  base: string;
  article: Pick<Article, 'title' | 'summary' | 'published' | 'updated' | 'author' | 'url' | 'sources' | 'reading' | 'lang' | 'corrections'>;
  issues: ReadonlyArray<Pick<Issue, 'title' | 'url'>>;
  actors: ReadonlyArray<Pick<Actor, 'kind' | 'name' | 'url' | 'wikidata'>>;
  image: string;
  /** The English article's URL, when this is its translation. */
  translationOf?: string;
}): Json {
  const { origin, base, article } = options;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    url: absolute(origin, article.url),
    mainEntityOfPage: absolute(origin, article.url),
    datePublished: article.published,
    ...(article.updated ? { dateModified: article.updated } : {}),
    author: { '@type': 'Organization', name: article.author ?? ui(PUBLISHER_LOCALE).siteName },
    ...(options.translationOf ? { translationOfWork: { '@type': 'NewsArticle', url: absolute(origin, options.translationOf) } } : {}),
    publisher: publisher(origin, base),
    image: [absolute(origin, options.image)],
    wordCount: article.reading.words,
    inLanguage: languageTag(article.lang),
    // Every correction, clarification and update, as schema.org's CorrectionComment.
    ...(article.corrections.length
      ? { correction: article.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date, ...(c.lang !== article.lang ? { inLanguage: languageTag(c.lang) } : {}) })) }
      : {}),
    about: options.issues.map((issue) => ({ '@type': 'Thing', name: issue.title, url: absolute(origin, issue.url) })),
    mentions: options.actors.map((actor) => actorRef(origin, actor)),
    citation: article.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      publisher: { '@type': 'Organization', name: source.publisher },
      ...(source.date ? { datePublished: source.date } : {}),
      ...(source.url ? { url: source.url } : {}),
    })),
  };
}

export function actorJsonLd(options: { origin: string; actor: Actor; affiliations: readonly Actor[] }): Json {
  const { origin, actor } = options;
  // Person and Organization take no inLanguage; the description is in the page's language.
  const affiliations = options.affiliations.map((a) => actorRef(origin, a));
  return {
    '@context': 'https://schema.org',
    ...actorRef(origin, actor),
    description: actor.role,
    ...(actor.kind === 'person'
      ? { jobTitle: actor.role, ...(affiliations.length ? { affiliation: affiliations } : {}) }
      : affiliations.length
        ? { parentOrganization: affiliations }
        : {}),
  };
}

export function timelineJsonLd(options: { origin: string; url: string; events: ReadonlyArray<Pick<Event, 'title' | 'date' | 'end' | 'url'>> }): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    url: absolute(options.origin, options.url),
    numberOfItems: options.events.length,
    itemListElement: options.events.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: {
        '@type': 'Event',
        name: event.title,
        startDate: event.date,
        ...(event.end ? { endDate: event.end } : {}),
        url: absolute(options.origin, event.url),
      },
    })),
  };
}

/** The timeline's overview: the list of its period pages (each lists its events as above). */
export function timelinePeriodsJsonLd(options: { origin: string; url: string; name: string; periods: ReadonlyArray<{ name: string; url: string }> }): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: options.name,
    url: absolute(options.origin, options.url),
    numberOfItems: options.periods.length,
    itemListElement: options.periods.map((period, index) => ({ '@type': 'ListItem', position: index + 1, name: period.name, url: absolute(options.origin, period.url) })),
  };
}

/** JSON for a <script type="application/ld+json">, safe inside HTML. */
export function serialiseJsonLd(data: Json): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
