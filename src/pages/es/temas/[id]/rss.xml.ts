import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFeed } from '../../../../lib/feeds.ts';
import { loadSiteData } from '../../../../lib/load-site-data.ts';

export const getStaticPaths = (async () => (await loadSiteData('es')).issues.map((issue) => ({ params: { id: issue.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const site = await loadSiteData('es');
  return articleFeed(context, site, site.articlesForIssue(context.params.id!), site.issue(context.params.id!)!);
};
