/** The editorial rules: commitment dates and quotations, event spans, quotation blocks in the bodies, house style, and the warnings. */
import { isPublished, glossarySchema, type GlossaryEntry } from '../schemas/index.ts';
import { endsBeforeStart, isBefore } from '../core/dates.ts';
import type { Locale } from '../core/locales.ts';
import { parseYaml, type RawFile } from './files.ts';
import { createMentionMatcher, type LexiconEntry } from '../markdown/mentions.ts';
import { blockProblems } from '../markdown/blocks.ts';
import { blockCacheKey, type BlockCache } from './cache.ts';
import { createStyleMatcher } from './house-style.ts';
import { type Problem, type Report, createCollector } from './report.ts';
import { decoder, fieldName, lineOf, valueAt, type Parsed, type Valid } from './parse.ts';
import type { Ids } from './references.ts';
import type { CheckedTranslation } from './translations.ts';

/** Commitments: a deadline and a history that never run before the promise or backwards. */
export function checkCommitmentDates(valid: readonly Valid[], error: Report) {
  for (const p of valid) {
    if (p.collection !== 'commitments') continue;
    const { made, deadline, history } = p.data as { made: string; deadline?: string; history: Array<{ date: string }> };
    if (deadline && isBefore(deadline, made)) {
      error({ file: p.file, line: lineOf(p.yaml, ['deadline'], p.yamlStartLine), field: 'deadline', message: `${deadline} is before the promise was made (${made})`, hint: 'a deadline comes after the promise: check both dates' });
    }
    history.forEach((entry, index) => {
      const where = { file: p.file, line: lineOf(p.yaml, ['history', index, 'date'], p.yamlStartLine), field: `history[${index}].date` };
      if (isBefore(entry.date, made)) {
        error({ ...where, message: `${entry.date} is before the promise was made (${made})`, hint: 'no status can predate the promise: check the date, or the promise’s "made" date' });
      }
      const previous = history[index - 1];
      if (previous && isBefore(entry.date, previous.date)) {
        error({ ...where, message: `${entry.date} is before the entry above it (${previous.date})`, hint: 'the history runs oldest first and only grows: add new statuses at the end' });
      }
    });
  }
}

export function checkEventSpans(valid: ReadonlyArray<Parsed & { data: Record<string, unknown> }>, error: (p: Omit<Problem, 'severity'>) => void) {
  for (const p of valid) {
    if (p.collection !== 'events') continue;
    const { date, end } = p.data as { date: string; end?: string };
    if (end && endsBeforeStart(date, end)) {
      error({
        file: p.file,
        line: lineOf(p.yaml, ['end'], p.yamlStartLine),
        field: 'end',
        message: `${end} is before the date ${date}`,
        hint: 'the end of a span comes after its start: check both dates',
      });
    }
  }
}

/** Quotations and other blocks, judged on the build's own parse of each body (src/markdown/blocks.ts). */
export function checkBodies(valid: readonly Valid[], ids: Ids, speaks: ReadonlyMap<string, readonly Locale[]>, error: Report, cache?: BlockCache) {
  // What a body's problems depend on besides its text: the actors that exist and the languages they speak.
  const actors = cache ? blockCacheKey([...ids.actors.set].sort().map((id) => `${id}:${speaks.get(id)?.join(',') ?? ''}`)) : '';
  for (const p of valid) {
    const sources = (p.data.sources as Array<{ language?: Locale }> | undefined) ?? [];
    const context = {
      collection: p.collection,
      actorIds: ids.actors.set,
      sourceCount: sources.length,
      edition: p.locale,
      speaks,
      sourceLanguages: sources.map((source) => source.language ?? 'en'),
    };
    // Bodies with no `::` are never parsed (blockProblems returns at once): nothing to keep.
    const key = cache && p.body.includes('::') ? blockCacheKey([actors, context.collection, p.locale, context.sourceLanguages.join(','), p.body]) : '';
    let problems = key ? cache?.get(key) : undefined;
    if (!problems) {
      try {
        problems = blockProblems(p.body, context);
      } catch (e) {
        // Whatever the input does to the parser, the message names the file.
        error({ file: p.file, line: p.bodyStartLine, field: 'body', message: `could not be read as Markdown (${e instanceof Error ? e.message : String(e)})`, hint: 'simplify the text around this point; if it looks ordinary, report it with the file attached' });
        continue;
      }
      if (key) cache?.set(key, problems);
    }
    for (const problem of problems) error({ file: p.file, line: p.bodyStartLine + problem.line - 1, field: problem.field, message: problem.message, hint: problem.hint });
  }
}

/** The glossary's entries, each checked against its schema; a broken entry is reported and left out. */
export function readGlossary(file: RawFile | undefined, error: Report): GlossaryEntry[] {
  if (!file) return [];
  const parsed = parseYaml(decoder.decode(file.bytes));
  const where = (pathParts: readonly PropertyKey[]) => ({ file: file.path, line: lineOf(parsed, pathParts, 1) });
  if (parsed.document.errors.length > 0) {
    for (const e of parsed.document.errors) {
      error({ file: file.path, line: e.linePos?.[0]?.line ?? 1, message: `is not valid YAML: ${e.message.split('\n')[0]}`, hint: 'check indentation, colons and quotes on this line' });
    }
    return [];
  }
  const raw = (parsed.document.toJS() as unknown) ?? [];
  if (!Array.isArray(raw)) {
    error({ ...where([]), message: 'must be a list of entries', hint: 'start each entry with "- lang: …" (see content/README.md, "House style")' });
    return [];
  }
  const entries: GlossaryEntry[] = [];
  raw.forEach((item, index) => {
    const result = glossarySchema.element.safeParse(item);
    if (result.success) {
      entries.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const pathParts = [index, ...issue.path];
      const missing = valueAt(raw, pathParts) === undefined;
      const field = fieldName(pathParts.slice(1));
      error({
        ...where(missing ? pathParts.slice(0, -1) : pathParts),
        field: `[${index}]${field ? `.${field}` : ''}`,
        message: missing ? 'is required but missing' : issue.message,
        hint: missing ? `add "${String(issue.path.at(-1))}:" to this entry` : 'see content/README.md, "House style"',
      });
    }
  });
  return entries;
}

/** Prose fields of each collection that the house style applies to (titles, summaries, roles); never names or source titles. */
const STYLED_FIELDS = ['title', 'summary', 'role'] as const;

/** Every avoided variant in an entry's own prose, in its language: an error, or a warning for `warn: true` entries. */
export function checkHouseStyle(entries: readonly Valid[], glossary: readonly GlossaryEntry[], report: ReturnType<typeof createCollector>) {
  if (glossary.length === 0) return;
  const matchers = new Map<Locale, ReturnType<typeof createStyleMatcher>>();
  const matcherFor = (locale: Locale) => matchers.get(locale) ?? matchers.set(locale, createStyleMatcher(glossary, locale)).get(locale)!;
  for (const p of entries) {
    const matcher = matcherFor(p.locale);
    const found = [
      ...STYLED_FIELDS.flatMap((field) => {
        const value = p.data[field];
        if (typeof value !== 'string' || !matcher.mayOccur(value)) return [];
        return matcher.inPlainText(value).map((f) => ({ ...f, field, line: lineOf(p.yaml, [field], p.yamlStartLine) }));
      }),
      ...matcher.inMarkdown(p.body).map((f) => ({ ...f, field: 'body', line: p.bodyStartLine + f.line - 1 })),
    ];
    for (const f of found) {
      (f.entry.warn ? report.warn : report.error)({
        file: p.file,
        line: f.line,
        field: f.field,
        message: `"${f.variant}" is a variant the house style avoids`,
        hint: `write "${f.entry.use}" (content/glossary.yml)`,
      });
    }
  }
}

/**
 * A commitment's `quote` follows the words rule too (content-model.md): its speaker is the first of
 * `by`; in the English file it is English as spoken or, with `quoteOriginal`, the source's
 * translation; in a translation it is the speaker's own words in that language. Either way it comes
 * from the first source in the quote's language.
 */
export function checkCommitmentQuotes(valid: readonly Valid[], translations: readonly CheckedTranslation[], speaks: ReadonlyMap<string, readonly Locale[]>, error: Report) {
  const names: Record<Locale, string> = { en: 'English', es: 'Spanish' };
  const article = (l: Locale) => (l === 'en' ? 'an' : 'a');
  const check = (p: Valid, data: Record<string, unknown>) => {
    if (p.collection !== 'commitments' || typeof p.data.quote !== 'string') return;
    const speaker = (data.by as string[])[0]!;
    const spoken = p.locale === 'en' ? ((data.quoteOriginal as Locale | undefined) ?? 'en') : p.locale;
    const where = { file: p.file, line: lineOf(p.yaml, ['quote'], p.yamlStartLine), field: 'quote' };
    const languages = speaks.get(speaker);
    if (languages && !languages.includes(spoken)) {
      error({
        ...where,
        message: `${speaker}, the first of by and so the quote's speaker, speaks ${languages.map((l) => names[l]).join(' and ')}: ${names[p.locale]} words ${p.locale === 'en' && spoken === 'en' ? 'with no quoteOriginal are taken as spoken in English' : 'in this edition would be a translation, which is never a quotation'}`,
        hint:
          p.locale === 'en'
            ? `if the source translated the words, add "quoteOriginal: ${languages[0]}"; else remove quote, or put first in by the actor whose words these are`
            : 'remove quote from this file (the English words then show, marked as English), or put first in by the actor whose words these are',
      });
      return;
    }
    const sources = (data.sources as Array<{ language?: Locale }> | undefined) ?? [];
    if (!sources.some((source) => (source.language ?? 'en') === p.locale)) {
      error({
        ...where,
        message: `no ${names[p.locale]}-language source in sources: ${article(p.locale)} ${names[p.locale]} quote gives the words as the first source in that language prints them`,
        hint: `add the page that prints these words to the sources of content/commitments/${p.id}.md, with language: ${p.locale}`,
      });
    }
  };
  for (const p of valid) check(p, p.data);
  for (const t of translations) check(t.entry, t.merged);
}

export function addWarnings(valid: ReadonlyArray<Parsed & { data: Record<string, unknown> }>, lexicon: LexiconEntry[], warn: (p: Omit<Problem, 'severity'>) => void) {
  const published = valid.filter((p) => p.collection === 'articles' && isPublished(p.data));
  const issuesWithArticles = new Set(published.flatMap((a) => a.data.issues as string[]));
  // An actor counts as mentioned when an event or article lists them, or any body names them
  // (their own profile aside). Bodies are read only until every actor has been found.
  const mentioned = new Set<string>();
  for (const p of valid) if (p.collection !== 'actors') for (const id of (p.data.actors as string[] | undefined) ?? []) mentioned.add(id);
  if (lexicon.some((actor) => !mentioned.has(actor.id))) {
    const matcher = createMentionMatcher(lexicon);
    for (const p of valid) {
      for (const m of matcher.find(p.body)) if (!(p.collection === 'actors' && m.actorId === p.id)) mentioned.add(m.actorId);
      if (mentioned.size >= lexicon.length && lexicon.every((actor) => mentioned.has(actor.id))) break;
    }
  }
  for (const p of valid) {
    if (p.collection === 'actors' && !mentioned.has(p.id)) {
      warn({ file: p.file, message: 'nobody mentions this actor: no article or event names them', hint: 'link them from an article or event, or check their name and aliases' });
    }
    if (p.collection === 'issues' && !issuesWithArticles.has(p.id)) {
      warn({ file: p.file, message: 'no published article is about this issue yet', hint: `add "${p.id}" to an article's issues` });
    }
    if (p.collection === 'articles' && ((p.data.events as string[] | undefined) ?? []).length === 0) {
      warn({ file: p.file, field: 'events', message: 'the article lists no events', hint: 'add the ids of the events it reports, so it appears on the timeline' });
    }
  }
}
