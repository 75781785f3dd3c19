/**
 * Every RSS feed of both editions through one route: the feed list (src/lib/feeds.ts) says which
 * exist, the route module (src/lib/routes.ts) where each one lives.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { listFeeds, renderFeed } from '../../lib/feeds.ts';
import { loadSiteData } from '../../lib/load-site-data.ts';
import { feedParam } from '../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const [en, es] = await Promise.all([loadSiteData('en'), loadSiteData('es')]);
  return listFeeds({ en, es }).map((feed) => ({ params: { feed: feedParam(feed.route, feed.locale) }, props: { feed } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = (context) => renderFeed(context, context.props.feed);
