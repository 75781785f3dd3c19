/** Corrections: each entry's list and the dates in it, in the English files and in the translations. */
import type { CollectionName } from '../schemas/index.ts';
import { todayIso } from '../core/dates.ts';
import type { Report } from './report.ts';
import { lineOf, type Valid } from './parse.ts';

/**
 * Corrections, in every collection: dated, in order, never after today (nor before an article's
 * publication), and `updated` is the newest correction's date, so that nothing changes without
 * saying what changed.
 */
export function checkCorrections(valid: readonly Valid[], error: Report) {
  for (const p of valid) {
    const { published, updated, corrections } = p.data as { published?: string; updated?: string; corrections: Array<{ date: string; kind: string }> };
    checkCorrectionDates(p, 'corrections', corrections, error, published);
    const newest = corrections.at(-1);
    const what = p.collection === 'articles' ? 'article' : ENTRY_NOUN[p.collection];
    if (updated && newest?.date !== updated) {
      error({
        file: p.file,
        line: lineOf(p.yaml, ['updated'], p.yamlStartLine),
        field: 'updated',
        message: newest
          ? `is ${updated}, but the newest correction is dated ${newest.date}: the change on ${updated} is not recorded`
          : `is ${updated}, but the ${what} has no corrections: a changed ${what} must say what changed`,
        hint: `add to the end of corrections:  - { date: ${updated}, kind: correction, text: "What was wrong and what it says now." }  (kind: correction, clarification or update; see content/README.md)`,
      });
    }
    if (newest && !updated) {
      error({
        file: p.file,
        line: lineOf(p.yaml, ['corrections', corrections.length - 1, 'date'], p.yamlStartLine),
        field: 'updated',
        message: `is missing, but the newest correction is dated ${newest.date}`,
        hint: `add "updated: ${newest.date}" to the frontmatter`,
      });
    }
  }
}

/** What an entry of each collection is called in messages. */
const ENTRY_NOUN: Record<CollectionName, string> = { articles: 'article', actors: 'actor', issues: 'issue', events: 'event', commitments: 'commitment' };

/** A list of dated notes (`corrections`, `editionCorrections`): oldest first, never in the future or before `published`. */
export function checkCorrectionDates(p: Valid, field: string, list: ReadonlyArray<{ date: string }>, error: Report, published?: string) {
  const today = todayIso();
  const at = (index: number) => ({ file: p.file, line: lineOf(p.yaml, [field, index, 'date'], p.yamlStartLine), field: `${field}[${index}].date` });
  list.forEach((c, index) => {
    if (published && c.date < published) error({ ...at(index), message: `${c.date} is before the article was published (${published})`, hint: 'a correction dates from the day the article changed: check the date' });
    if (c.date > today) error({ ...at(index), message: `${c.date} is in the future (today is ${today})`, hint: 'date the correction with the day the entry changed' });
    const previous = list[index - 1];
    if (previous && c.date < previous.date) {
      error({ ...at(index), message: `${c.date} comes after ${previous.date} in the list but is earlier`, hint: 'corrections run oldest first: add new ones at the end, and never reorder or remove old ones' });
    }
  });
}
