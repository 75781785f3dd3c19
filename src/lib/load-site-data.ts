/** Loads the collections from Astro once per build and derives each edition's data from them. */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { COLLECTIONS } from '../schemas/index.ts';
import type { Locale } from '../core/locales.ts';
import { buildSiteData, type SiteData, type SiteInput } from './site-data.ts';
import { siteBase } from './routes.ts';

export type Entry = CollectionEntry<CollectionKey>;

const cached = new Map<Locale, Promise<SiteData<Entry>>>();
const base = siteBase();

async function loadTranslations(locale: Locale): Promise<SiteInput<Entry>['translations']> {
  if (locale === 'en') return {};
  const lists = await Promise.all(COLLECTIONS.map((name) => getCollection(`${locale}-${name}` as CollectionKey)));
  return Object.fromEntries(COLLECTIONS.map((name, i) => [name, lists[i]])) as SiteInput<Entry>['translations'];
}

export function loadSiteData(locale: Locale = 'en'): Promise<SiteData<Entry>> {
  let site = cached.get(locale);
  if (!site) {
    site = (async () => {
      const [actors, issues, events, articles, commitments, translations] = await Promise.all([
        getCollection('actors'),
        getCollection('issues'),
        getCollection('events'),
        getCollection('articles'),
        getCollection('commitments'),
        loadTranslations(locale),
      ]);
      return buildSiteData<Entry>({ actors, issues, events, articles, commitments, translations } as SiteInput<Entry>, { base, locale });
    })();
    cached.set(locale, site);
  }
  return site;
}
