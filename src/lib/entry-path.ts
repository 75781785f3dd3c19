/** Which collection and id a Markdown file being rendered belongs to, from its path. */
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';

export function entryFromPath(filePath: string | undefined): { collection: CollectionName; id: string } | null {
  if (!filePath) return null;
  const parts = filePath.split(/[\\/]/);
  const fileName = parts.at(-1) ?? '';
  const collection = parts.at(-2) as CollectionName | undefined;
  if (!collection || !COLLECTIONS.includes(collection) || !fileName.endsWith('.md')) return null;
  return { collection, id: fileName.slice(0, -3) };
}
