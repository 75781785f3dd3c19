/** Which collection, id and language a Markdown file being rendered belongs to, from its path. */
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { idFromFileName } from '../core/ids.ts';
import { TRANSLATION_LOCALES, type Locale } from '../core/locales.ts';

export function entryFromPath(filePath: string | undefined): { collection: CollectionName; id: string; locale: Locale } | null {
  if (!filePath) return null;
  const parts = filePath.split(/[\\/]/);
  const fileName = parts.at(-1) ?? '';
  const collection = parts.at(-2) as CollectionName | undefined;
  if (!collection || !COLLECTIONS.includes(collection) || !fileName.endsWith('.md')) return null;
  const folder = parts.at(-3);
  const locale = TRANSLATION_LOCALES.find((l) => l === folder) ?? 'en';
  return { collection, id: idFromFileName(fileName), locale };
}

/** The language of the file being rendered (English when the path says nothing else). */
export function localeOfFile(file: { path?: string }): Locale {
  return entryFromPath(file.path)?.locale ?? 'en';
}
