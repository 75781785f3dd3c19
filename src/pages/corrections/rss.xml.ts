import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../lib/feeds.ts';
import { loadSiteData } from '../../lib/load-site-data.ts';

export const GET: APIRoute = async (context) => correctionsFeed(context, await loadSiteData('en'));
