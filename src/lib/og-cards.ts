/** The Open Graph cards of one edition: one per article and per issue, and one for the rest of the site. */
import type { Locale } from '../core/locales.ts';
import { ui } from './i18n.ts';
import { loadSiteData } from './load-site-data.ts';
import type { OgCard } from './og-image.ts';
import { issuePalette, SITE_ACCENT } from './issue-palette.ts';


export async function ogCardPaths(locale: Locale) {
  const site = await loadSiteData(locale);
  const t = ui(locale);
  // The same palette as the stylesheet; the cards are light, so they take the light colours.
  const palette = issuePalette(site.issues.map((issue) => issue.id));
  const accent = (issue: string) => palette.get(issue)!.light;
  const cards: Array<{ params: { collection: string; id: string }; props: { card: OgCard } }> = [
    ...site.articles.map((article) => {
      const issue = site.issue(article.issues[0]!)!;
      return {
        params: { collection: 'articles', id: article.id },
        props: { card: { kicker: `${t.articles.title} · ${issue.title}`, title: article.title, summary: article.summary, accent: accent(issue.id), siteName: t.siteName } },
      };
    }),
    ...site.issues.map((issue) => ({
      params: { collection: 'issues', id: issue.id },
      props: { card: { kicker: t.issues.title, title: issue.title, summary: issue.summary, accent: accent(issue.id), siteName: t.siteName } },
    })),
    { params: { collection: 'site', id: 'default' }, props: { card: { kicker: t.siteName, title: t.home.title, summary: t.siteTagline, accent: SITE_ACCENT.light, siteName: t.siteName } } },
  ];
  return cards;
}
