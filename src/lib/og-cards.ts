/** The Open Graph cards of one edition: one per article and per issue, and one for the rest of the site. */
import type { Locale } from '../core/locales.ts';
import { ui } from './i18n.ts';
import { loadSiteData } from './load-site-data.ts';
import type { OgCard } from './og-image.ts';

const ACCENTS: Record<string, string> = {
  fentanyl: '#a4262c',
  tariffs: '#1d5e8c',
  migration: '#6a4a00',
  sovereignty: '#2e6b30',
};
const DEFAULT_ACCENT = '#1f3a5f';

export async function ogCardPaths(locale: Locale) {
  const site = await loadSiteData(locale);
  const t = ui(locale);
  const cards: Array<{ params: { collection: string; id: string }; props: { card: OgCard } }> = [
    ...site.articles.map((article) => {
      const issue = site.issue(article.issues[0]!)!;
      return {
        params: { collection: 'articles', id: article.id },
        props: { card: { kicker: `${t.articles.title} · ${issue.title}`, title: article.title, summary: article.summary, accent: ACCENTS[issue.id] ?? DEFAULT_ACCENT, siteName: t.siteName } },
      };
    }),
    ...site.issues.map((issue) => ({
      params: { collection: 'issues', id: issue.id },
      props: { card: { kicker: t.issues.title, title: issue.title, summary: issue.summary, accent: ACCENTS[issue.id] ?? DEFAULT_ACCENT, siteName: t.siteName } },
    })),
    { params: { collection: 'site', id: 'default' }, props: { card: { kicker: t.siteName, title: t.home.title, summary: t.siteTagline, accent: DEFAULT_ACCENT, siteName: t.siteName } } },
  ];
  return cards;
}
