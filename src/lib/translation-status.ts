/**
 * Where each entry's translation stands, per collection: translated, outdated since a date, or
 * missing. One computation behind `/es/traducciones/`, `/translations/` and
 * `npm run check:content -- --translations`.
 */
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { TranslationState } from './site-data.ts';

export interface StatusRow {
  collection: CollectionName;
  id: string;
  title: string;
  url: string;
  englishUrl: string;
  state: TranslationState;
}

interface EntryLike {
  id: string;
  url: string;
  title?: string;
  name?: string;
  translation: TranslationState;
}

/** Rows for every entry of a translated edition, given the same entries in English. */
export function translationRows(edition: Record<CollectionName, readonly EntryLike[]>, english: Record<CollectionName, readonly EntryLike[]>): StatusRow[] {
  return COLLECTIONS.flatMap((collection) => {
    const englishById = new Map(english[collection].map((e) => [e.id, e]));
    return [...edition[collection]]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((entry) => ({
        collection,
        id: entry.id,
        title: entry.title ?? entry.name ?? entry.id,
        url: entry.url,
        englishUrl: englishById.get(entry.id)?.url ?? entry.url,
        state: entry.translation,
      }));
  });
}

export function countStatuses(rows: readonly StatusRow[]): { translated: number; outdated: number; missing: number } {
  const count = (status: TranslationState['status']) => rows.filter((r) => r.state.status === status).length;
  return { translated: count('translated'), outdated: count('outdated'), missing: count('missing') };
}
