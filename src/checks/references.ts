/** Ids and the references between entries: duplicates, references to ids that do not exist, names and aliases two actors share. */
import { COLLECTIONS, REFERENCE_FIELDS, type CollectionName } from '../schemas/index.ts';
import { findAliasConflicts, type LexiconEntry } from '../markdown/mentions.ts';
import { createUrls } from '../lib/routes.ts';
import { suggestId } from '../markdown/suggest-id.ts';
import { entryFile } from '../core/content-paths.ts';
import type { Report } from './report.ts';
import { fieldName, lineOf, type Parsed, slugifyFileName, type Valid } from './parse.ts';

/** Ids per collection: a Set to look up (thousands of references), a list to suggest from. */
export type Ids = Record<CollectionName, { set: Set<string>; list: string[] }>;

export function idsByCollection(parsed: readonly Parsed[]): Ids {
  const ids = {} as Ids;
  for (const collection of COLLECTIONS) ids[collection] = { set: new Set(), list: [] };
  for (const p of parsed) {
    ids[p.collection].set.add(p.id);
    ids[p.collection].list.push(p.id);
  }
  return ids;
}

export function checkDuplicates(parsed: readonly Parsed[], error: Report) {
  const seen = new Map<string, Parsed>();
  for (const p of parsed) {
    const id = slugifyFileName(p.id);
    const key = `${p.locale}/${p.collection}/${id}`;
    const first = seen.get(key);
    if (first) {
      error({
        file: p.file,
        message: `has the same id and address as ${first.file} (${createUrls('/', p.locale).entry(p.collection, id)})`,
        hint: 'rename one of the two files',
      });
    } else {
      seen.set(key, p);
    }
  }
}

/** Every value at a reference path, with the concrete path it sits at (`history[2].event`). */
function valuesAt(data: unknown, path: ReadonlyArray<string | '*'>, at: PropertyKey[] = []): Array<{ value: string; path: PropertyKey[] }> {
  if (path.length === 0) return typeof data === 'string' ? [{ value: data, path: at }] : [];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  if (data === null || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[head!], rest, [...at, head!]);
}

export function checkReferences(valid: readonly Valid[], ids: Ids, error: Report) {
  for (const p of valid) {
    for (const reference of REFERENCE_FIELDS[p.collection]) {
      const target = reference.collection;
      for (const { value, path } of valuesAt(p.data, reference.path)) {
        if (ids[target].set.has(value)) continue;
        const guess = suggestId(value, ids[target].list);
        error({
          file: p.file,
          line: lineOf(p.yaml, path, p.yamlStartLine),
          field: fieldName(path),
          message: `"${value}" is not an id in ${target}`,
          hint: guess ? `did you mean "${guess}"?` : `create ${entryFile(target, value)} or use an existing id`,
        });
      }
    }
  }
}

export function checkAliases(lexicon: readonly LexiconEntry[], contentDir: string, error: Report) {
  for (const conflict of findAliasConflicts(lexicon)) {
    const owners = conflict.actorIds.map((id) => `${contentDir}/actors/${id}.md`);
    for (const owner of owners) {
      error({
        file: owner,
        field: 'aliases',
        message: `"${conflict.term}" names more than one actor (${owners.join(' and ')}), counting the translations' names and aliases`,
        hint: 'keep the name or alias on one actor only (in both languages), or make it more specific',
      });
    }
  }
}
