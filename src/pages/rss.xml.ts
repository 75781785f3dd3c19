import type { APIRoute } from 'astro';
import { articleFeed } from '../lib/feeds.ts';
import { loadSiteData } from '../lib/load-site-data.ts';

export const GET: APIRoute = async (context) => {
  const site = await loadSiteData('en');
  return articleFeed(context, site, site.articles);
};
