/**
 * The content checks before every save (Sveltia CMS's `preSave` event): the files about to be
 * written go through `check:content`'s own function with the rest of `content/`; any error stops
 * the save and the CMS shows the messages, worded as `check:content` words them.
 */
import { checkSavedFiles, entryFileText, fileNameProblem, type TextFile } from '../entry-check.ts';
import type { DeskContent } from './content.ts';
import { entryFile } from '../../core/content-paths.ts';

interface ImmutableLike {
  get(key: string): unknown;
  toJS(): unknown;
}

/**
 * Drops what the CMS leaves out of the file: its own bookkeeping on list items (`__sc_item_id`)
 * and, with `omit_empty_optional_fields`, empty text, lists and objects.
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object') {
    const kept: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key.startsWith('__sc_')) continue;
      const cleaned = withoutEmpty(inner);
      const empty = cleaned === undefined || cleaned === null || cleaned === '' || (Array.isArray(cleaned) && cleaned.length === 0) || (typeof cleaned === 'object' && cleaned !== null && !Array.isArray(cleaned) && Object.keys(cleaned).length === 0);
      if (!empty) kept[key] = cleaned;
    }
    return kept;
  }
  return value;
}

/**
 * The `preSave` and `postSave` handlers: the first checks, the second records what was saved (so
 * the next entry is checked against it).
 */
export function saveCheck(content: DeskContent) {
  let pending: TextFile[] = [];
  const preSave = async ({ entry }: { entry: ImmutableLike }) => {
    const collection = String(entry.get('collection'));
    const slug = String(entry.get('slug'));
    const data = withoutEmpty((entry.get('data') as ImmutableLike | undefined)?.toJS() ?? {}) as Record<string, unknown>;
    const i18n = ((entry.get('i18n') as ImmutableLike | undefined)?.toJS() ?? {}) as Record<string, { data?: Record<string, unknown> }>;
    const saving: TextFile[] = [{ path: entryFile(collection, slug), text: entryFileText(data) }];
    for (const [locale, translation] of Object.entries(i18n)) {
      if (translation?.data && Object.keys(withoutEmpty(translation.data) as object).length > 0) {
        saving.push({ path: entryFile(collection, slug, locale), text: entryFileText(withoutEmpty(translation.data) as Record<string, unknown>) });
      }
    }
    const problems: string[] = [];
    if (entry.get('newRecord') === true) {
      const named = fileNameProblem(collection, slug, data.title ?? data.name);
      if (named) problems.push(named);
    }
    problems.push(...checkSavedFiles(await content.files(), saving));
    if (problems.length > 0) {
      // The CMS shows the cause's message of a failed save in its error dialog.
      throw new Error('saving_failed', { cause: new Error(`Not saved: check:content would refuse this.\n\n${problems.join('\n\n')}`) });
    }
    pending = saving;
  };
  const postSave = () => {
    content.record(pending);
    pending = [];
  };
  return { preSave, postSave };
}
