/** RSS feeds of articles: all of them, or one issue's. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { ui } from './i18n.ts';
import type { Article, Issue, SiteData } from './site-data.ts';

export function articleFeed(context: APIContext, site: SiteData<unknown>, articles: ReadonlyArray<Article<unknown>>, issue?: Issue<unknown>) {
  const t = ui();
  return rss({
    title: issue ? `${t.siteName}: ${issue.title}` : t.siteName,
    description: issue ? issue.summary : t.siteTagline,
    site: new URL(site.base, context.site!).href,
    items: articles.map((article) => ({
      title: article.title,
      description: article.summary,
      // Publication days carry no time; noon UTC keeps the day the same in every reader's zone.
      pubDate: new Date(`${article.published}T12:00:00Z`),
      link: new URL(article.url, context.site!).href,
      categories: article.issues.map((id) => site.issue(id)!.title),
    })),
    customData: '<language>en</language>',
  });
}
