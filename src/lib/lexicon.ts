/**
 * The actors' names and aliases, read straight from `content/actors/` when the Markdown
 * pipeline is configured (before Astro loads any collection). Lenient on purpose: a broken
 * file is reported by the content checks, which run next and stop the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseYaml, splitFrontmatter } from './content-files.ts';
import type { LexiconEntry } from './mentions.ts';

export async function readLexicon(actorsDir: string): Promise<LexiconEntry[]> {
  let names: string[];
  try {
    names = (await readdir(actorsDir)).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return [];
  }
  const entries: LexiconEntry[] = [];
  for (const fileName of names) {
    const split = splitFrontmatter(await readFile(path.join(actorsDir, fileName), 'utf8'));
    if (!split) continue;
    const data = parseYaml(split.yaml).document.toJS() as { name?: unknown; aliases?: unknown } | null;
    if (!data || typeof data.name !== 'string') continue;
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    entries.push({ id: fileName.replace(/\.md$/, ''), name: data.name, aliases });
  }
  return entries;
}
