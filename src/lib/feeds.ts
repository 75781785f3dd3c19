/** RSS feeds: an edition's articles (all of them, or one issue's), and its corrections. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { formatDate, ui } from './i18n.ts';
import { HTML_LANG } from '../core/locales.ts';
import type { Article, Issue, SiteData } from './site-data.ts';

// Publication days carry no time; noon UTC keeps the day the same in every reader's zone.
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

export function articleFeed(context: APIContext, site: SiteData<unknown>, articles: ReadonlyArray<Article<unknown>>, issue?: Issue<unknown>) {
  const t = ui(site.locale);
  return rss({
    title: issue ? `${t.siteName}: ${issue.title}` : t.siteName,
    description: issue ? issue.summary : t.siteTagline,
    site: new URL(site.urls.home(), context.site!).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: articles.map((article) => ({
      title: article.title,
      // Once an article has changed, its item says when, and the newest note's kind.
      description: article.updated ? `${t.articles.updated} ${formatDate(article.updated, site.locale)}. ${article.summary}` : article.summary,
      pubDate: noon(article.published),
      link: new URL(article.url, context.site!).href,
      categories: article.issues.map((id) => site.issue(id)!.title),
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
    site: new URL(site.urls.home(), context.site!).href,
    items: site.corrections.map((c) => {
      const entry = site.correctedEntry(c);
      const link = new URL(site.urls.correction(c), context.site!).href;
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
