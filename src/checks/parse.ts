/** One content file as the checks read it: bytes to frontmatter and body, the frontmatter against its schema, each problem at its line. */
import type { Node as YamlNode } from 'yaml';
import { isNode } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTIONS, ID_PATTERN, fieldNames, nestedFieldNames, plainSchemas, toId, translationSchemas, type CollectionName } from '../schemas/index.ts';
import { todayIso } from '../core/dates.ts';
import { idFromFileName } from '../core/ids.ts';
import type { Locale } from '../core/locales.ts';
import { classifyContentPath, parseYaml, splitFrontmatter, type ParsedYaml, type RawFile } from './files.ts';
import { markdownBody } from '../markdown/body.ts';
import { blockCacheKey } from './cache.ts';
import { createHash } from 'node:crypto';
import { suggestId } from '../markdown/suggest-id.ts';
import { GLOSSARY_FILE, entryFile } from '../core/content-paths.ts';
import { type Problem, createCollector } from './report.ts';

type Schema = z.ZodType<Record<string, unknown>>;

const SCHEMAS = plainSchemas as unknown as Record<CollectionName, Schema>;

const TRANSLATION_SCHEMAS = translationSchemas as unknown as Record<CollectionName, Schema>;

export const decoder = new TextDecoder('utf-8', { fatal: true });

/** Files in `content/` that are documentation or the style sheet, not entries. */
const NOT_CONTENT = new Set(['README.md', GLOSSARY_FILE]);

export function fieldName(pathParts: readonly PropertyKey[]): string {
  return pathParts.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}

/** The file line of the value at a path, or of its nearest existing parent (for a missing key). */
export function lineOf(parsed: ParsedYaml, pathParts: readonly PropertyKey[], startLine: number): number {
  for (let depth = pathParts.length; depth >= 0; depth--) {
    const node = parsed.document.getIn(pathParts.slice(0, depth) as unknown[], true) as YamlNode | undefined;
    if (isNode(node) && node.range) return parsed.lineCounter.linePos(node.range[0]).line + startLine - 1;
  }
  return startLine;
}

export function valueAt(data: unknown, pathParts: readonly PropertyKey[]): unknown {
  return pathParts.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function keyLine(parsed: ParsedYaml, key: string, startLine: number): number {
  const contents = parsed.document.contents as { items?: Array<{ key?: YamlNode }> } | null;
  const pair = contents?.items?.find((item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === key);
  if (pair?.key?.range) return parsed.lineCounter.linePos(pair.key.range[0]).line + startLine - 1;
  return startLine;
}

export interface Parsed {
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

export function slugifyFileName(fileName: string): string {
  return toId(idFromFileName(fileName));
}

/** Step 1's results by file digest: a file's parse depends only on its path, its bytes and the day. */
export type ParseCache = Map<string, { parsed: Parsed | null; errors: Problem[]; warnings: Problem[] }>;

export function parseCached(file: RawFile, contentDir: string, report: ReturnType<typeof createCollector>, cache: ParseCache | undefined): Parsed | null {
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

export type Valid = Parsed & { data: Record<string, unknown> };

export const isValid = (p: Parsed): p is Valid => p.data !== null;

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
