/** Loads the collections from Astro once per build and derives the site's data from them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSiteData, type SiteData } from './site-data.ts';

export type Entry = CollectionEntry<'actors'> | CollectionEntry<'issues'> | CollectionEntry<'events'> | CollectionEntry<'articles'>;

let cached: Promise<SiteData<Entry>> | undefined;

export function loadSiteData(): Promise<SiteData<Entry>> {
  cached ??= (async () => {
    const [actors, issues, events, articles] = await Promise.all([
      getCollection('actors'),
      getCollection('issues'),
      getCollection('events'),
      getCollection('articles'),
    ]);
    return buildSiteData<Entry>({ actors, issues, events, articles }, import.meta.env.BASE_URL.replace(/\/?$/, '/'));
  })();
  return cached;
}
