/**
 * The actors' names and aliases, in English and in every translation, read straight from
 * `content/actors/` and `content/<locale>/actors/` when the Markdown pipeline is configured
 * (before Astro loads any collection). Lenient on purpose: a broken file is reported by the
 * content checks, which run next and stop the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseYaml, splitFrontmatter } from './content-files.ts';
import { idFromFileName } from '../core/ids.ts';
import { TRANSLATION_LOCALES } from '../core/locales.ts';
import type { LexiconEntry } from './mentions.ts';

async function readNames(folder: string): Promise<Map<string, { name?: string; aliases: string[] }>> {
  const found = new Map<string, { name?: string; aliases: string[] }>();
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return found;
  }
  for (const fileName of names) {
    const split = splitFrontmatter(await readFile(path.join(folder, fileName), 'utf8'));
    if (!split) continue;
    const data = parseYaml(split.yaml).document.toJS() as { name?: unknown; aliases?: unknown } | null;
    if (!data) continue;
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    found.set(idFromFileName(fileName), { ...(typeof data.name === 'string' ? { name: data.name } : {}), aliases });
  }
  return found;
}

export async function readLexicon(contentDir: string): Promise<LexiconEntry[]> {
  const english = await readNames(path.join(contentDir, 'actors'));
  const translated = await Promise.all(TRANSLATION_LOCALES.map(async (locale) => [locale, await readNames(path.join(contentDir, locale, 'actors'))] as const));
  const entries: LexiconEntry[] = [];
  for (const [id, words] of english) {
    if (!words.name) continue;
    const entry: LexiconEntry = { id, name: words.name, aliases: words.aliases };
    for (const [locale, names] of translated) {
      const own = names.get(id);
      if (own) entry.translations = { ...entry.translations, [locale]: own };
    }
    entries.push(entry);
  }
  return entries;
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
      names = (await readdir(path.join(contentDir, locale, 'articles'))).filter((n) => n.endsWith('.md')).sort();
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
      const data = split ? (parseYaml(split.yaml).document.toJS() as { sources?: unknown } | null) : null;
      found[`articles/${id}`] = Array.isArray(data?.sources) ? data.sources : [];
    }
  }
  return found;
}
