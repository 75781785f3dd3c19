/**
 * Reading content files as written: raw bytes, the frontmatter's YAML with its line numbers,
 * and the body. The one parser behind the content checks, the lexicon and the scaffolder's test.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { TRANSLATION_LOCALES, type Locale } from '../core/locales.ts';
import { CONTENT_DIR } from '../core/content-paths.ts';

export interface RawFile {
  /** Path relative to the project root, with forward slashes (`content/actors/x.md`). */
  path: string;
  bytes: Uint8Array;
}

export interface SplitFile {
  /** YAML text between the `---` fences. */
  yaml: string;
  /** 1-based line of the file on which the YAML starts. */
  yamlStartLine: number;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyStartLine: number;
}

export interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---` frontmatter from the body; null when the file has none. */
export function splitFrontmatter(text: string): SplitFile | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return null;
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) return null;
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlStartLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
  };
}

export function parseYaml(yaml: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // YAML 1.2's core schema keeps `2025-09-03` a string, so dates are judged as written.
  const document = parseDocument(yaml, { lineCounter, prettyErrors: true, uniqueKeys: true });
  return { document, lineCounter };
}

/**
 * Which collection a content path belongs to, its file name and language: `content/<collection>/x.md`
 * is English, `content/<locale>/<collection>/x.md` a translation; null for anything else.
 */
export function classifyContentPath(relativePath: string, contentDir = CONTENT_DIR): { collection: CollectionName; fileName: string; locale: Locale } | null {
  const parts = relativePath.split('/');
  const prefix = contentDir.split('/').filter(Boolean);
  if (prefix.some((p, i) => parts[i] !== p)) return null;
  const rest = parts.slice(prefix.length);
  const translation = rest.length === 3 && (TRANSLATION_LOCALES as readonly string[]).includes(rest[0]!);
  if (rest.length !== 2 && !translation) return null;
  const [collection, fileName] = (translation ? rest.slice(1) : rest) as [CollectionName, string];
  if (!COLLECTIONS.includes(collection) || !fileName.endsWith('.md')) return null;
  return { collection, fileName, locale: translation ? (rest[0] as Locale) : 'en' };
}

/** Every file under the content folder, recursively, as bytes. */
export async function readContentFiles(root: string, contentDir = CONTENT_DIR): Promise<RawFile[]> {
  const base = path.join(root, contentDir);
  let names: string[];
  try {
    names = (await readdir(base, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
  names.sort();
  return Promise.all(names.map(async (name) => ({ path: name, bytes: await readFile(path.join(root, name)) })));
}
