/** Open Graph images: one per article and per issue, and one for the rest of the site. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../../../lib/i18n.ts';
import { loadSiteData } from '../../../lib/load-site-data.ts';
import { ogImage, type OgCard } from '../../../lib/og-image.ts';
import { issuePalette, SITE_ACCENT } from '../../../lib/issue-palette.ts';


export const getStaticPaths = (async () => {
  const site = await loadSiteData();
  const t = ui();
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
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await ogImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
