/** RSS feeds: an edition's articles (all of them, or one issue's), and its corrections. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { formatDate, ui } from './i18n.ts';
import { HTML_LANG, LOCALES, type Locale } from '../core/locales.ts';
import { absoluteUrl, type FeedRoute } from './routes.ts';
import type { Article, Issue, SiteData } from './site-data.ts';

/** A feed to write: where it is, and the edition it is built from. */
export interface Feed<E = unknown> {
  route: FeedRoute;
  locale: Locale;
  site: SiteData<E>;
}

/** Every feed of both editions: each edition's articles, each issue's articles, each edition's corrections. */
export function listFeeds<E>(editions: Record<Locale, SiteData<E>>): Array<Feed<E>> {
  return LOCALES.flatMap((locale) => {
    const site = editions[locale];
    const routes: FeedRoute[] = [{ feed: 'articles' }, ...site.issues.map((issue) => ({ feed: 'issue', id: issue.id }) as const), { feed: 'corrections' }];
    return routes.map((route) => ({ route, locale, site }));
  });
}

/** A feed's response. */
export function renderFeed(context: APIContext, { route, site }: Feed): Promise<Response> {
  if (route.feed === 'corrections') return correctionsFeed(context, site);
  if (route.feed === 'articles') return articleFeed(context, site, site.articles);
  return articleFeed(context, site, site.articlesForIssue(route.id), site.issuesIn([route.id])[0]);
}

// Publication days carry no time; noon UTC keeps the day the same in every reader's zone.
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

export function articleFeed(context: APIContext, site: SiteData<unknown>, articles: ReadonlyArray<Article<unknown>>, issue?: Issue<unknown>) {
  const t = ui(site.locale);
  return rss({
    title: issue ? `${t.siteName}: ${issue.title}` : t.siteName,
    description: issue ? issue.summary : t.siteTagline,
    site: absoluteUrl(site.urls.home(), context.site!),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: articles.map((article) => ({
      title: article.title,
      // Once an article has changed, its item says when, and the newest note's kind.
      description: article.updated ? `${t.articles.updated} ${formatDate(article.updated, site.locale)}. ${article.summary}` : article.summary,
      pubDate: noon(article.published),
      link: absoluteUrl(article.url, context.site!),
      categories: site.issuesIn(article.issues).map((issue) => issue.title),
      ...(article.updated ? { customData: `<atom:updated>${noon(article.updated).toISOString()}</atom:updated>` } : {}),
    })),
    customData: `<language>${HTML_LANG[site.locale]}</language>`,
  });
}

/** One item per correction, newest first, linking to the note on its entry's page. */
export function correctionsFeed(context: APIContext, site: SiteData<unknown>) {
  const t = ui(site.locale);
  return rss({
    title: t.corrections.feedTitle,
    description: t.corrections.intro,
    site: absoluteUrl(site.urls.home(), context.site!),
    items: site.corrections.map((c) => {
      const entry = site.correctedEntry(c);
      const link = absoluteUrl(site.urls.correction(c), context.site!);
      return {
        title: t.corrections.feedItemTitle(t.corrections.kinds[c.kind], entry.title),
        description: c.text,
        pubDate: noon(c.date),
        link,
        // Its own guid: the note's address is stable because corrections are never removed or reordered.
        customData: `<guid isPermaLink="true">${link}</guid>`,
      };
    }),
    customData: `<language>${HTML_LANG[site.locale]}</language>`,
  });
}
