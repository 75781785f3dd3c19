/**
 * What the desk knows of `content/` besides what the CMS loads itself: every content file as
 * text (`content.json`, served beside the desk), from which the browser derives the actors'
 * names (the preview's mention links and quotation speakers), the English sources of translated
 * articles, and the other files the content checks compare an entry with.
 */
import yaml from 'js-yaml';
import { splitFrontmatter } from '../checks/files.ts';
import { buildLexicon } from '../checks/lexicon.ts';
import { idFromFileName } from '../core/ids.ts';
import { TRANSLATION_LOCALES, type TranslationLocale } from '../core/locales.ts';
import type { LexiconEntry } from '../markdown/mentions.ts';
import type { TextFile } from './entry-check.ts';
import { CONTENT_DIR } from '../core/content-paths.ts';

/** The frontmatter of a file, leniently (as the build's lexicon reads it: YAML 1.2 core, dates stay strings). */
export function frontmatterOf(text: string): Record<string, unknown> | null {
  const split = splitFrontmatter(text);
  if (!split) return null;
  try {
    const data = yaml.load(split.yaml, { schema: yaml.CORE_SCHEMA });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `content/es/actors/x.md` → its collection, locale and id. */
function placeOf(path: string): { collection: string; locale: string; id: string } | null {
  const parts = path.split('/');
  if (parts[0] !== CONTENT_DIR || !path.endsWith('.md')) return null;
  if (parts.length === 3) return { collection: parts[1]!, locale: 'en', id: idFromFileName(parts[2]!) };
  if (parts.length === 4 && (TRANSLATION_LOCALES as readonly string[]).includes(parts[1]!)) return { collection: parts[2]!, locale: parts[1]!, id: idFromFileName(parts[3]!) };
  return null;
}

/** The lexicon and translation sources the build's pipeline is given, derived from the same files. */
export function pipelineInputs(files: readonly TextFile[]): { actors: LexiconEntry[]; translationSources: Record<string, unknown[]> } {
  const english: Array<{ id: string; data: Record<string, unknown> }> = [];
  const translated: Array<{ locale: TranslationLocale; id: string; data: Record<string, unknown> }> = [];
  const articleSources = new Map<string, unknown[]>();
  const translatedArticles = new Set<string>();
  for (const file of files) {
    const place = placeOf(file.path);
    if (!place) continue;
    if (place.collection === 'articles') {
      if (place.locale === 'en') {
        const data = frontmatterOf(file.text);
        articleSources.set(place.id, Array.isArray(data?.sources) ? data.sources : []);
      } else translatedArticles.add(place.id);
    }
    if (place.collection !== 'actors') continue;
    const data = frontmatterOf(file.text);
    if (!data) continue;
    if (place.locale === 'en') english.push({ id: place.id, data });
    else translated.push({ locale: place.locale as TranslationLocale, id: place.id, data });
  }
  const translationSources: Record<string, unknown[]> = {};
  for (const id of [...translatedArticles].sort()) if (articleSources.has(id)) translationSources[`articles/${id}`] = articleSources.get(id)!;
  return { actors: buildLexicon(english, translated), translationSources };
}
