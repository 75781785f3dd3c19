import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFeed } from '../../../lib/feeds.ts';
import { loadSiteData } from '../../../lib/load-site-data.ts';

export const getStaticPaths = (async () => {
  const site = await loadSiteData();
  return site.issues.map((issue) => ({ params: { id: issue.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const site = await loadSiteData();
  const issue = site.issue(context.params.id!)!;
  return articleFeed(context, site, site.articlesForIssue(issue.id), issue);
};
