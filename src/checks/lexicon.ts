/**
 * What must be known before Astro loads any collection, read straight from `content/`: the
 * actors' names and aliases in every language (the Markdown pipeline's mention matcher) and the
 * languages they speak (the quotation rules), the
 * sources of translated articles, and what the Open Graph cards show. Lenient on purpose: a broken file is reported by the
 * content checks, which run next and stop the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { splitFrontmatter } from './files.ts';
import { idFromFileName } from '../core/ids.ts';
import { DEFAULT_LOCALE, LOCALES, TRANSLATION_LOCALES, isLocale, type Locale, type TranslationLocale } from '../core/locales.ts';
import type { LexiconEntry } from '../markdown/mentions.ts';
import type { CardSource } from '../lib/og-cards.ts';
import { collectionFolder } from '../core/content-paths.ts';

/**
 * Frontmatter read as Astro's own loader reads it (js-yaml), with YAML 1.2's core schema so that
 * `2025-09-03` stays a string, as in the checks. These reads need no line numbers, and js-yaml is
 * about ten times faster than the checks' \`yaml\` documents: at 1,000 articles this was a second
 * of every build's start-up, warm or cold (docs/benchmarks.md, round three). Null when the YAML
 * does not parse: the checks report it.
 */
function readLeniently(text: string): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch {
    return null;
  }
}

/** The frontmatter of every entry in one collection folder, by id (in file-name order). */
async function readFrontmatters(folder: string): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return found;
  }
  const texts = await Promise.all(names.map((fileName) => readFile(path.join(folder, fileName), 'utf8')));
  for (const [i, fileName] of names.entries()) {
    const split = splitFrontmatter(texts[i]!);
    const data = split ? readLeniently(split.yaml) : null;
    if (data && typeof data === 'object' && !Array.isArray(data)) found.set(idFromFileName(fileName), data as Record<string, unknown>);
  }
  return found;
}

/** An actor's names and languages as its frontmatter gives them, leniently (the checks report what is wrong). */
function namesOf(data: Record<string, unknown>): { name?: string; aliases: string[]; speaks?: Locale[] } {
  const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
  const speaks = Array.isArray(data.speaks) ? data.speaks.filter(isLocale) : undefined;
  return { ...(typeof data.name === 'string' ? { name: data.name } : {}), aliases, ...(speaks ? { speaks } : {}) };
}

/**
 * The lexicon, built one way for both its users: the build's mention matcher (from the files,
 * before Astro starts: `readLexicon`) and the content checks (from the entries they parsed). In id
 * order; an actor with no name is left out (the checks report it); a translation adds its names.
 */
export function buildLexicon(
  actors: ReadonlyArray<{ id: string; data: Record<string, unknown> }>,
  translations: ReadonlyArray<{ locale: TranslationLocale; id: string; data: Record<string, unknown> }> = [],
): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const { id, data } of [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const words = namesOf(data);
    if (!words.name) continue;
    const entry: LexiconEntry = { id, name: words.name, aliases: words.aliases, ...(words.speaks ? { speaks: words.speaks } : {}) };
    for (const t of translations) {
      if (t.id !== id) continue;
      const own = namesOf(t.data);
      entry.translations = { ...entry.translations, [t.locale]: { ...(own.name ? { name: own.name } : {}), aliases: own.aliases } };
    }
    entries.push(entry);
  }
  return entries;
}

/** What the Open Graph cards are drawn from: articles and issues, in English and every translation (src/lib/og-cards.ts). */
export async function readCardSources(contentDir: string): Promise<CardSource[]> {
  const sources: CardSource[] = [];
  for (const collection of ['articles', 'issues'] as const) {
    for (const locale of LOCALES) {
      const folder = locale === DEFAULT_LOCALE ? path.join(contentDir, collection) : path.join(contentDir, locale, collection);
      for (const [id, data] of await readFrontmatters(folder)) sources.push({ collection, locale, id, data });
    }
  }
  return sources;
}

export async function readLexicon(contentDir: string): Promise<LexiconEntry[]> {
  const english = [...(await readFrontmatters(path.join(contentDir, collectionFolder('actors'))))].map(([id, data]) => ({ id, data }));
  const translated = await Promise.all(
    TRANSLATION_LOCALES.map(async (locale) => [...(await readFrontmatters(path.join(contentDir, collectionFolder('actors', locale))))].map(([id, data]) => ({ locale, id, data }))),
  );
  return buildLexicon(english, translated.flat());
}

/**
 * The English sources of every translated article, keyed `articles/<id>`: a translation's
 * quotations cite the English file's sources by position, and the render of a translation needs
 * them. They ride in the pipeline's options, so changing them re-renders the translations.
 */
export async function readTranslationSources(contentDir: string): Promise<Record<string, unknown[]>> {
  const found: Record<string, unknown[]> = {};
  for (const locale of TRANSLATION_LOCALES) {
    let names: string[];
    try {
      names = (await readdir(path.join(contentDir, collectionFolder('articles', locale)))).filter((n) => n.endsWith('.md')).sort();
    } catch {
      continue;
    }
    for (const fileName of names) {
      const id = idFromFileName(fileName);
      if (found[`articles/${id}`]) continue;
      let text: string;
      try {
        text = await readFile(path.join(contentDir, 'articles', fileName), 'utf8');
      } catch {
        continue;
      }
      const split = splitFrontmatter(text);
      const data = split ? (readLeniently(split.yaml) as { sources?: unknown } | null) : null;
      found[`articles/${id}`] = Array.isArray(data?.sources) ? data.sources : [];
    }
  }
  return found;
}
