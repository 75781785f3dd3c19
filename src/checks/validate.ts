/**
 * The content checks: every file against the schemas, every reference resolved, every quote's
 * actor and source found, every id unique. `npm run check:content` and the build run exactly
 * this, and report every problem at once.
 */
import type { Node as YamlNode } from 'yaml';
import { isNode } from 'yaml';
import type { z } from 'astro/zod';
import {
  COLLECTIONS,
  ID_PATTERN,
  isPublished,
  glossarySchema,
  type GlossaryEntry,
  fieldNames,
  nestedFieldNames,
  plainSchemas,
  REFERENCE_FIELDS,
  toId,
  translationSchemas,
  type CollectionName,
} from '../schemas/index.ts';
import { endsBeforeStart, isBefore, todayIso } from '../core/dates.ts';
import { idFromFileName } from '../core/ids.ts';
import type { Locale, TranslationLocale } from '../core/locales.ts';
import { classifyContentPath, parseYaml, readContentFiles, splitFrontmatter, type ParsedYaml, type RawFile } from './files.ts';
import { createMentionMatcher, findAliasConflicts, type LexiconEntry } from '../markdown/mentions.ts';
import { createUrls } from '../lib/routes.ts';
import { blockProblems } from '../markdown/blocks.ts';
import { markdownBody } from '../markdown/body.ts';
import { blockCacheKey, type BlockCache } from './cache.ts';
import { createHash } from 'node:crypto';
import { suggestId } from '../markdown/suggest-id.ts';
import { createStyleMatcher } from './house-style.ts';
import { buildLexicon } from './lexicon.ts';
import { CONTENT_DIR, GLOSSARY_FILE, entryFile } from '../core/content-paths.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path from the project root. */
  file: string;
  line?: number;
  /** The frontmatter field, e.g. `sources[0].url`. */
  field?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

export interface CheckedEntry {
  collection: CollectionName;
  /** `en` for the edition of record, else the translation's language. */
  locale: Locale;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
}

export interface ValidationReport {
  errors: Problem[];
  warnings: Problem[];
  entries: CheckedEntry[];
}

type Schema = z.ZodType<Record<string, unknown>>;
const SCHEMAS = plainSchemas as unknown as Record<CollectionName, Schema>;
const TRANSLATION_SCHEMAS = translationSchemas as unknown as Record<CollectionName, Schema>;

export { REFERENCE_FIELDS };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Files in `content/` that are documentation or the style sheet, not entries. */
const NOT_CONTENT = new Set(['README.md', GLOSSARY_FILE]);

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return [where, problem.field ?? '(file)', problem.message, problem.hint].filter(Boolean).join(' — ');
}

export function formatReport(report: Pick<ValidationReport, 'errors' | 'warnings'>): string {
  const lines: string[] = [];
  for (const e of report.errors) lines.push(`error: ${formatProblem(e)}`);
  for (const w of report.warnings) lines.push(`warning: ${formatProblem(w)}`);
  return lines.join('\n');
}

// One definition, shared with the quotation rules that the Markdown pipeline runs.
export { suggestId };

function fieldName(pathParts: readonly PropertyKey[]): string {
  return pathParts.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}

/** The file line of the value at a path, or of its nearest existing parent (for a missing key). */
function lineOf(parsed: ParsedYaml, pathParts: readonly PropertyKey[], startLine: number): number {
  for (let depth = pathParts.length; depth >= 0; depth--) {
    const node = parsed.document.getIn(pathParts.slice(0, depth) as unknown[], true) as YamlNode | undefined;
    if (isNode(node) && node.range) return parsed.lineCounter.linePos(node.range[0]).line + startLine - 1;
  }
  return startLine;
}

function valueAt(data: unknown, pathParts: readonly PropertyKey[]): unknown {
  return pathParts.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function keyLine(parsed: ParsedYaml, key: string, startLine: number): number {
  const contents = parsed.document.contents as { items?: Array<{ key?: YamlNode }> } | null;
  const pair = contents?.items?.find((item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === key);
  if (pair?.key?.range) return parsed.lineCounter.linePos(pair.key.range[0]).line + startLine - 1;
  return startLine;
}

interface Parsed {
  file: string;
  collection: CollectionName;
  locale: Locale;
  id: string;
  yaml: ParsedYaml;
  yamlStartLine: number;
  data: Record<string, unknown> | null;
  body: string;
  bodyStartLine: number;
}

function slugifyFileName(fileName: string): string {
  return toId(idFromFileName(fileName));
}

export interface ValidationOptions {
  contentDir?: string;
  /** Keeps each body's Markdown checks between runs (src/checks/cache.ts); the verdict is the same with or without. */
  blockCache?: BlockCache;
  /** Keeps each file's parse (its frontmatter, schema and own problems) between runs in one process, as `astro dev` does. */
  parseCache?: ParseCache;
}

/** Step 1's results by file digest: a file's parse depends only on its path, its bytes and the day. */
export type ParseCache = Map<string, { parsed: Parsed | null; errors: Problem[]; warnings: Problem[] }>;

function parseCached(file: RawFile, contentDir: string, report: ReturnType<typeof createCollector>, cache: ParseCache | undefined): Parsed | null {
  if (!cache) return parseFile(file, contentDir, report);
  const key = blockCacheKey([todayIso(), contentDir, file.path, createHash('sha256').update(file.bytes).digest('base64')]);
  let found = cache.get(key);
  if (!found) {
    const own = createCollector();
    found = { parsed: parseFile(file, contentDir, own), errors: own.errors, warnings: own.warnings };
    cache.set(key, found);
  }
  report.errors.push(...found.errors);
  report.warnings.push(...found.warnings);
  return found.parsed;
}

/** Checks a set of files (pure: no file system), as the build and `check:content` do. */
export function validateFiles(files: readonly RawFile[], options: ValidationOptions = {}): ValidationReport {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  const report = createCollector();
  const parsed = files.map((file) => parseCached(file, contentDir, report, options.parseCache)).filter((p): p is Parsed => p !== null);

  checkDuplicates(parsed, report.error);
  const english = parsed.filter((p) => p.locale === 'en');
  const ids = idsByCollection(english);
  const valid = english.filter(isValid);
  checkReferences(valid, ids, report.error);
  checkEventSpans(valid, report.error);
  checkCorrections(valid, report.error);
  checkCommitmentDates(valid, report.error);
  const translations = checkTranslations(parsed.filter((p) => p.locale !== 'en'), english, contentDir, report.error);
  // Quotations in a translation cite the English file's sources: check them against the merged entry.
  const lexicon = lexiconFrom(valid, translations.map((t) => t.entry));
  const speaks = new Map(lexicon.filter((a) => a.speaks).map((a) => [a.id, a.speaks!]));
  checkBodies([...valid, ...translations.map((t) => ({ ...t.entry, data: t.merged }))], ids, speaks, report.error, options.blockCache);
  checkCommitmentQuotes(valid, translations, speaks, report.error);
  const glossary = readGlossary(files.find((f) => f.path === `${contentDir}/${GLOSSARY_FILE}`), report.error);
  checkHouseStyle([...valid, ...translations.map((t) => t.entry)], glossary, report);
  checkAliases(lexicon, contentDir, report.error);
  if (report.errors.length === 0) addWarnings(valid, lexicon, report.warn);

  return {
    errors: report.errors,
    warnings: report.warnings,
    entries: [...valid, ...translations.map((t) => t.entry)].map((p) => ({
      collection: p.collection,
      locale: p.locale,
      id: p.id,
      file: p.file,
      data: p.data,
      body: p.body,
      bodyStartLine: p.bodyStartLine,
    })),
  };
}

type Report = (p: Omit<Problem, 'severity'>) => void;

function createCollector() {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  return {
    errors,
    warnings,
    error: (p: Omit<Problem, 'severity'>) => void errors.push({ severity: 'error', ...p }),
    warn: (p: Omit<Problem, 'severity'>) => void warnings.push({ severity: 'warning', ...p }),
  };
}

type Valid = Parsed & { data: Record<string, unknown> };
const isValid = (p: Parsed): p is Valid => p.data !== null;

/** Step 1, per file: its place, its text, its frontmatter's YAML and the schema. */
function parseFile(file: RawFile, contentDir: string, report: ReturnType<typeof createCollector>): Parsed | null {
  const { error, warn } = report;
  const place = classifyContentPath(file.path, contentDir);
  if (!place) {
    const name = file.path.split('/').pop() ?? '';
    if (file.path === `${contentDir}/${name}` && NOT_CONTENT.has(name)) return null;
    if (name.startsWith('.')) return null;
    if (/\.(md|markdown|mdx)$/i.test(name)) {
      warn({
        file: file.path,
        message: 'looks like content but is not in a collection folder, so the site ignores it',
        hint: `move it to ${COLLECTIONS.map((c) => `${contentDir}/${c}/`).join(', ')} (or ${contentDir}/es/<collection>/ for a translation) with a .md extension`,
      });
    } else {
      warn({ file: file.path, message: 'is not a Markdown file, so the site ignores it', hint: 'content files end in .md' });
    }
    return null;
  }
  let text: string;
  try {
    text = decoder.decode(file.bytes);
  } catch {
    error({ file: file.path, message: 'is not valid UTF-8 text', hint: 'save the file with UTF-8 encoding in your editor' });
    return null;
  }
  if (text.trim() === '') {
    error({ file: file.path, message: 'is empty', hint: 'add the frontmatter (see content/README.md) or delete the file' });
    return null;
  }
  const id = idFromFileName(place.fileName);
  if (!ID_PATTERN.test(id)) {
    error({
      file: file.path,
      message: `the file name "${place.fileName}" is not a valid id`,
      hint: `ids are lower-case words joined by hyphens: rename it to ${slugifyFileName(place.fileName) || 'a-name'}.md`,
    });
  }
  const split = splitFrontmatter(text);
  if (!split) {
    error({ file: file.path, line: 1, message: 'has no frontmatter', hint: 'start the file with a line of three dashes, the fields, and another line of three dashes' });
    return null;
  }
  const yaml = parseYaml(split.yaml);
  // The body exactly as Astro renders it (trimmed) and the file line it starts on, so the checks
  // and the build read the same text and name the same lines (src/markdown/body.ts).
  const astroBody = markdownBody(text);
  const entry: Parsed = {
    file: file.path,
    collection: place.collection,
    locale: place.locale,
    id,
    yaml,
    yamlStartLine: split.yamlStartLine,
    data: null,
    body: astroBody.body,
    bodyStartLine: astroBody.line,
  };
  if (yaml.document.errors.length > 0) {
    for (const e of yaml.document.errors) {
      const line = e.linePos?.[0]?.line ?? 1;
      error({
        file: file.path,
        line: line + split.yamlStartLine - 1,
        message: `the frontmatter is not valid YAML: ${e.message.split('\n')[0]}`,
        hint: 'check indentation, colons and quotes on this line; quote values that contain a colon',
      });
    }
    return entry;
  }
  const raw = yaml.document.toJS() as unknown;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    error({ file: file.path, line: split.yamlStartLine, message: 'the frontmatter must be a list of `field: value` lines', hint: 'see content/README.md for the fields' });
    return entry;
  }
  if ('slug' in raw) {
    error({
      file: file.path,
      line: keyLine(yaml, 'slug', split.yamlStartLine),
      field: 'slug',
      message: 'a slug would change the entry’s id and address',
      hint: 'remove it: the id is the file name, so rename the file instead',
    });
  }
  const schema = entry.locale === 'en' ? SCHEMAS[place.collection] : TRANSLATION_SCHEMAS[place.collection];
  const result = schema.safeParse(raw);
  if (result.success) entry.data = result.data;
  else {
    for (const issue of result.error.issues) {
      const problem = describeSchemaIssue(issue, entry, raw as Record<string, unknown>);
      if (problem) error(problem);
    }
  }
  return entry;
}

/** One schema complaint in the editor's terms: the field, its line, what is wrong and the fix. */
function describeSchemaIssue(issue: z.core.$ZodIssue, entry: Parsed, raw: Record<string, unknown>): Omit<Problem, 'severity'> | null {
  const { file, yaml, yamlStartLine: start, collection } = entry;
  if (issue.code === 'unrecognized_keys') {
    // A top-level `slug` has its own message (parseFile); zod lists all unknown keys of one object
    // at once: the first decides the line, the rest are named.
    const keys = issue.path.length === 0 ? issue.keys.filter((k) => k !== 'slug') : issue.keys;
    if (keys.length === 0) return null;
    const key = keys[0]!;
    const englishOnly = entry.locale !== 'en' && issue.path.length === 0 && fieldNames(SCHEMAS[collection]).includes(key);
    const known = nestedFieldNames(entry.locale === 'en' ? SCHEMAS[collection] : TRANSLATION_SCHEMAS[collection], issue.path);
    const guess = suggestId(key, known);
    const others = keys.slice(1);
    const inSource = issue.path.at(-2) === 'sources';
    return {
      file,
      line: issue.path.length === 0 ? keyLine(yaml, key, start) : lineOf(yaml, [...issue.path, key], start),
      field: fieldName([...issue.path, key]),
      message: englishOnly
        ? `belongs to the English file only: a translation carries words, every other field comes from ${entryFile(collection, entry.id)}`
        : `is not a field of ${issue.path.length === 0 ? (entry.locale === 'en' ? collection : `a ${collection} translation`) : inSource ? 'a source' : fieldName(issue.path)}${others.length ? ` (nor are ${others.join(', ')})` : ''}`,
      hint: englishOnly ? `remove "${key}:" from this file` : guess ? `did you mean "${guess}"?` : `the fields are: ${known.join(', ')}`,
    };
  }
  // Dates are parsed from whatever YAML gave, so a missing one reports a custom issue, not invalid_type.
  const missing = issue.path.length > 0 && valueAt(raw, issue.path) === undefined;
  const parent = issue.path.slice(0, -1);
  const last = String(issue.path.at(-1));
  const bad = valueAt(raw, issue.path);
  const options = issue.code === 'invalid_value' ? issue.values.map(String) : [];
  const guess = typeof bad === 'string' && options.length ? suggestId(bad, options) : undefined;
  return {
    file,
    line: missing ? lineOf(yaml, parent, start) : lineOf(yaml, issue.path, start),
    field: fieldName(issue.path),
    message: missing ? 'is required but missing' : options.length ? `"${String(bad)}" is not allowed: ${issue.message.replace(/^Invalid option: /, '')}` : issue.message,
    hint: missing
      ? parent.length
        ? `add "${last}:" to ${fieldName(parent)}`
        : `add a "${last}:" line to the frontmatter`
      : guess
        ? `did you mean "${guess}"?`
        : options.length
          ? `use one of: ${options.join(', ')}`
          : undefined,
  };
}

/** Ids per collection: a Set to look up (thousands of references), a list to suggest from. */
type Ids = Record<CollectionName, { set: Set<string>; list: string[] }>;

function idsByCollection(parsed: readonly Parsed[]): Ids {
  const ids = {} as Ids;
  for (const collection of COLLECTIONS) ids[collection] = { set: new Set(), list: [] };
  for (const p of parsed) {
    ids[p.collection].set.add(p.id);
    ids[p.collection].list.push(p.id);
  }
  return ids;
}

function checkDuplicates(parsed: readonly Parsed[], error: Report) {
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

function checkReferences(valid: readonly Valid[], ids: Ids, error: Report) {
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

/**
 * Corrections, in every collection: dated, in order, never after today (nor before an article's
 * publication), and `updated` is the newest correction's date, so that nothing changes without
 * saying what changed.
 */
function checkCorrections(valid: readonly Valid[], error: Report) {
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
function checkCorrectionDates(p: Valid, field: string, list: ReadonlyArray<{ date: string }>, error: Report, published?: string) {
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

/** Commitments: a deadline and a history that never run before the promise or backwards. */
function checkCommitmentDates(valid: readonly Valid[], error: Report) {
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

/** A translation, checked against its English entry, and the two merged as the site will show them. */
interface CheckedTranslation {
  entry: Valid;
  english: Valid;
  merged: Record<string, unknown>;
}

/** Translations: an English entry to translate, and list items that line up with the English ones. */
function checkTranslations(translations: readonly Parsed[], english: readonly Parsed[], contentDir: string, error: Report): CheckedTranslation[] {
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

function checkAliases(lexicon: readonly LexiconEntry[], contentDir: string, error: Report) {
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

function checkEventSpans(valid: ReadonlyArray<Parsed & { data: Record<string, unknown> }>, error: (p: Omit<Problem, 'severity'>) => void) {
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
function checkBodies(valid: readonly Valid[], ids: Ids, speaks: ReadonlyMap<string, readonly Locale[]>, error: Report, cache?: BlockCache) {
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
function readGlossary(file: RawFile | undefined, error: Report): GlossaryEntry[] {
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
function checkHouseStyle(entries: readonly Valid[], glossary: readonly GlossaryEntry[], report: ReturnType<typeof createCollector>) {
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
function checkCommitmentQuotes(valid: readonly Valid[], translations: readonly CheckedTranslation[], speaks: ReadonlyMap<string, readonly Locale[]>, error: Report) {
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

/** The lexicon of the entries the checks parsed (src/checks/lexicon.ts builds it, as for the build). */
export function lexiconFrom(
  entries: ReadonlyArray<{ collection: CollectionName; id: string; data: Record<string, unknown> | null }>,
  translations: ReadonlyArray<{ collection: CollectionName; locale: Locale; id: string; data: Record<string, unknown> | null }> = [],
): LexiconEntry[] {
  const actors = entries.filter((e): e is typeof e & { data: Record<string, unknown> } => e.collection === 'actors' && e.data !== null);
  const translated = translations.filter((t): t is typeof t & { data: Record<string, unknown> } => t.collection === 'actors' && t.data !== null);
  return buildLexicon(actors, translated.map((t) => ({ locale: t.locale as TranslationLocale, id: t.id, data: t.data })));
}

function addWarnings(valid: ReadonlyArray<Parsed & { data: Record<string, unknown> }>, lexicon: LexiconEntry[], warn: (p: Omit<Problem, 'severity'>) => void) {
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

/** Reads and checks the whole content folder under `root`. */
export async function validateContentDir(root: string, contentDir = CONTENT_DIR, blockCache?: BlockCache, parseCache?: ParseCache): Promise<ValidationReport> {
  return validateFiles(await readContentFiles(root, contentDir), { contentDir, blockCache, parseCache });
}
