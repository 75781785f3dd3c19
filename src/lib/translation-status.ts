/**
 * Where each entry's translation stands, per collection: translated, outdated since a date, or
 * missing. One computation behind `/es/traducciones/`, `/translations/` and
 * `npm run check:content -- --translations`.
 */
import { COLLECTIONS, isPublished, type CollectionName } from '../schemas/index.ts';

/**
 * How an entry's text stands in the language being built: the English original, a current
 * translation, one the English text has moved past (`since` the day it changed), or none yet.
 */
export type TranslationState =
  | { status: 'original' }
  | { status: 'translated'; translated: string }
  | { status: 'outdated'; translated: string; since: string }
  | { status: 'missing' };

/**
 * The day from which a translation lags behind its English entry, if it does: an entry whose
 * `updated` (its newest correction) is later than `translated`, or a commitment whose history has
 * grown past the notes the translation has (from the first untranslated entry's date); the
 * earlier of the two.
 */
export function outdatedSince(collection: CollectionName, english: Record<string, unknown>, translation: Record<string, unknown>): string | undefined {
  const updated = english.updated as string | undefined;
  const since: string[] = updated && updated > String(translation.translated) ? [updated] : [];
  if (collection === 'commitments') {
    const history = (english.history as Array<{ date: string }> | undefined) ?? [];
    const notes = (translation.history as unknown[] | undefined)?.length ?? 0;
    if (notes < history.length) since.push(String(history[notes]!.date));
  }
  return since.sort()[0];
}

/** Each English entry's translation state, straight from checked files (no build needed). */
export function statesFromFiles(
  entries: ReadonlyArray<{ collection: CollectionName; locale: string; id: string; data: Record<string, unknown> }>,
  locale: string,
): Array<{ collection: CollectionName; id: string; state: TranslationState }> {
  const translations = new Map(entries.filter((e) => e.locale === locale).map((e) => [`${e.collection}/${e.id}`, e]));
  return entries
    .filter((e) => e.locale === 'en' && isPublished(e.data))
    .map((e) => {
      const t = translations.get(`${e.collection}/${e.id}`);
      if (!t) return { collection: e.collection, id: e.id, state: { status: 'missing' } as TranslationState };
      const since = outdatedSince(e.collection, e.data, t.data);
      const translated = String(t.data.translated);
      return { collection: e.collection, id: e.id, state: (since ? { status: 'outdated', translated, since } : { status: 'translated', translated }) as TranslationState };
    })
    .sort((a, b) => COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection) || (a.id < b.id ? -1 : 1));
}

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
