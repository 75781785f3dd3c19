/** The Spanish edition beside the English one: each translation checked against the entry it translates and merged over it. */
import { suggestId } from '../markdown/suggest-id.ts';
import type { Report } from './report.ts';
import { lineOf, type Parsed, type Valid, isValid } from './parse.ts';
import { checkCorrectionDates } from './corrections.ts';

/** A translation, checked against its English entry, and the two merged as the site will show them. */
export interface CheckedTranslation {
  entry: Valid;
  english: Valid;
  merged: Record<string, unknown>;
}

/** Translations: an English entry to translate, and list items that line up with the English ones. */
export function checkTranslations(translations: readonly Parsed[], english: readonly Parsed[], contentDir: string, error: Report): CheckedTranslation[] {
  const byKey = new Map(english.map((p) => [`${p.collection}/${p.id}`, p]));
  const checked: CheckedTranslation[] = [];
  for (const t of translations) {
    const original = byKey.get(`${t.collection}/${t.id}`);
    if (!original) {
      const guess = suggestId(t.id, english.filter((p) => p.collection === t.collection).map((p) => p.id));
      error({
        file: t.file,
        message: `translates ${contentDir}/${t.collection}/${t.id}.md, which does not exist`,
        hint: guess ? `a translation has its English entry’s file name: did you mean ${guess}.md?` : `write the English entry first, or remove this file`,
      });
      continue;
    }
    if (!isValid(t) || !isValid(original)) continue;
    const lined = (field: 'corrections' | 'history') => {
      const mine = (t.data[field] as Array<Record<string, unknown>> | undefined) ?? [];
      const theirs = (original.data[field] as Array<Record<string, unknown>> | undefined) ?? [];
      if (mine.length > theirs.length) {
        error({
          file: t.file,
          line: lineOf(t.yaml, [field, theirs.length], t.yamlStartLine),
          field: `${field}[${theirs.length}]`,
          message: `the English file has ${theirs.length} ${field === 'history' ? 'history entries' : 'corrections'}, this translation ${mine.length}`,
          hint: `translate the English ${field} item for item, in the same order`,
        });
      }
      mine.slice(0, theirs.length).forEach((item, index) => {
        for (const key of ['date', 'kind'] as const) {
          if (item[key] !== undefined && item[key] !== theirs[index]![key]) {
            error({
              file: t.file,
              line: lineOf(t.yaml, [field, index, key], t.yamlStartLine),
              field: `${field}[${index}].${key}`,
              message: `is ${String(item[key])}, but the English item in this position has ${String(theirs[index]![key])}`,
              hint: `keep the English ${key} and order; translate only the text`,
            });
          }
        }
      });
    };
    lined('corrections');
    if (t.collection === 'commitments') lined('history');
    checkCorrectionDates(t, 'editionCorrections', (t.data.editionCorrections as Array<{ date: string }> | undefined) ?? [], error);
    checked.push({ entry: t, english: original, merged: { ...original.data, ...t.data } });
  }
  return checked;
}
