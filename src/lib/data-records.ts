/**
 * `/data/<collection>.json`: one language-free file per collection, flat records sorted by id,
 * `{ id, url, ...every field as validated }`, dates exactly as written. Articles add `mentions`;
 * a translated record adds `translations: { es: { url, title, summary? } }`.
 */
import { COLLECTIONS, fieldNames, plainSchemas, type CollectionName } from '../schemas/index.ts';
import { TRANSLATION_LOCALES, type TranslationLocale } from '../core/locales.ts';
import type { SiteData } from './site-data.ts';

/** What the editor may write in each collection, from its schema: a record carries these and nothing the site derives. */
const WRITTEN = {} as Record<CollectionName, ReadonlySet<string>>;
for (const collection of COLLECTIONS) WRITTEN[collection] = new Set(fieldNames(plainSchemas[collection]));

function fieldsOf(item: Record<string, unknown>, collection: CollectionName): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (!WRITTEN[collection].has(key) || value === undefined) continue;
    if (key === 'corrections') out[key] = (value as Array<Record<string, unknown>>).map(({ date, kind, text }) => ({ date, kind, text }));
    else if (key === 'history') out[key] = (value as Array<Record<string, unknown>>).map(({ lang: _lang, event, ...entry }) => (event ? { ...entry, event } : entry));
    else out[key] = value;
  }
  return out;
}

export function dataRecords(site: SiteData<unknown>, collection: CollectionName, translations: Partial<Record<TranslationLocale, SiteData<unknown>>> = {}): Array<Record<string, unknown>> {
  const list = site[collection] as unknown as Array<Record<string, unknown> & { id: string; url: string; mentions: string[] }>;
  return [...list]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((item) => {
      // An event's address is its place on `/timeline/` (its compact entry, by contract), not its period's page.
      const urlOf = (data: SiteData<unknown>, entry: { id: string; url: string }) => (collection === 'events' ? data.urls.timelineEntry(entry.id) : entry.url);
      const record: Record<string, unknown> = { id: item.id, url: urlOf(site, item), ...fieldsOf(item, collection) };
      if (collection === 'articles') record.mentions = item.mentions;
      const translated: Record<string, unknown> = {};
      for (const locale of TRANSLATION_LOCALES) {
        const other = translations[locale]?.[collection] as unknown as Array<{ id: string; url: string; title?: string; name?: string; summary?: string; translation: { status: string } }> | undefined;
        const match = other?.find((o) => o.id === item.id);
        if (!match || match.translation.status === 'missing') continue;
        translated[locale] = { url: urlOf(translations[locale]!, match), title: match.title ?? match.name, ...(match.summary !== undefined ? { summary: match.summary } : {}) };
      }
      if (Object.keys(translated).length) record.translations = translated;
      return record;
    });
}
