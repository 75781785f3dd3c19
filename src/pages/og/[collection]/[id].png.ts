/** Open Graph images: one per article and per issue, and one for the rest of the site. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../../../lib/i18n.ts';
import { loadSiteData } from '../../../lib/load-site-data.ts';
import { ogImage, type OgCard } from '../../../lib/og-image.ts';

const ACCENTS: Record<string, string> = {
  fentanyl: '#a4262c',
  tariffs: '#1d5e8c',
  migration: '#6a4a00',
  sovereignty: '#2e6b30',
};
const DEFAULT_ACCENT = '#1f3a5f';

export const getStaticPaths = (async () => {
  const site = await loadSiteData();
  const t = ui();
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
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await ogImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
