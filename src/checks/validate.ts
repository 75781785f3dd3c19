/**
 * The content checks: every file against the schemas, every reference resolved, every quote's
 * actor and source found, every id unique. `npm run check:content` and the build run exactly
 * this, and report every problem at once. The checks themselves live beside this file by what
 * they look at: one file (parse.ts), ids and references (references.ts), translations
 * (translations.ts), the editorial rules (editorial.ts); report.ts says how a problem is told.
 */
import { REFERENCE_FIELDS, type CollectionName } from '../schemas/index.ts';
import type { Locale, TranslationLocale } from '../core/locales.ts';
import { readContentFiles, type RawFile } from './files.ts';
import type { LexiconEntry } from '../markdown/mentions.ts';
import type { BlockCache } from './cache.ts';
import { suggestId } from '../markdown/suggest-id.ts';
import { buildLexicon } from './lexicon.ts';
import { CONTENT_DIR, GLOSSARY_FILE } from '../core/content-paths.ts';
import { createCollector, type ValidationReport } from './report.ts';
import { type Parsed, type ParseCache, parseCached, isValid } from './parse.ts';
import { idsByCollection, checkDuplicates, checkReferences, checkAliases } from './references.ts';
import { checkTranslations } from './translations.ts';
import { checkCorrections } from './corrections.ts';
import { checkCommitmentDates, checkEventSpans, checkBodies, readGlossary, checkHouseStyle, checkCommitmentQuotes, addWarnings } from './editorial.ts';

// The checks' public face: what the build, `check:content` and the tests call.
export { REFERENCE_FIELDS };
export { formatProblem, formatReport, type CheckedEntry, type Problem, type Severity, type ValidationReport } from './report.ts';
export type { ParseCache } from './parse.ts';

// One definition, shared with the quotation rules that the Markdown pipeline runs.
export { suggestId };

export interface ValidationOptions {
  contentDir?: string;
  /** Keeps each body's Markdown checks between runs (src/checks/cache.ts); the verdict is the same with or without. */
  blockCache?: BlockCache;
  /** Keeps each file's parse (its frontmatter, schema and own problems) between runs in one process, as `astro dev` does. */
  parseCache?: ParseCache;
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

/** The lexicon of the entries the checks parsed (src/checks/lexicon.ts builds it, as for the build). */
export function lexiconFrom(
  entries: ReadonlyArray<{ collection: CollectionName; id: string; data: Record<string, unknown> | null }>,
  translations: ReadonlyArray<{ collection: CollectionName; locale: Locale; id: string; data: Record<string, unknown> | null }> = [],
): LexiconEntry[] {
  const actors = entries.filter((e): e is typeof e & { data: Record<string, unknown> } => e.collection === 'actors' && e.data !== null);
  const translated = translations.filter((t): t is typeof t & { data: Record<string, unknown> } => t.collection === 'actors' && t.data !== null);
  return buildLexicon(actors, translated.map((t) => ({ locale: t.locale as TranslationLocale, id: t.id, data: t.data })));
}

/** Reads and checks the whole content folder under `root`. */
export async function validateContentDir(root: string, contentDir = CONTENT_DIR, blockCache?: BlockCache, parseCache?: ParseCache): Promise<ValidationReport> {
  return validateFiles(await readContentFiles(root, contentDir), { contentDir, blockCache, parseCache });
}
