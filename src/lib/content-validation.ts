/**
 * The content checks: every file against the schemas, every reference resolved, every quote's
 * actor and source found, every id unique. `npm run check:content` and the build run exactly
 * this, and report every problem at once.
 */
import type { Node as YamlNode } from 'yaml';
import { isNode } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTIONS, ID_PATTERN, plainSchemas, toId, type CollectionName } from '../schemas/index.ts';
import { endsBeforeStart } from './dates.ts';
import { classifyContentPath, parseYaml, readContentFiles, splitFrontmatter, type ParsedYaml, type RawFile } from './content-files.ts';
import { createMentionMatcher, findAliasConflicts, type LexiconEntry } from './mentions.ts';
import { blockProblems } from './markdown-blocks.ts';
import { suggestId } from './suggest-id.ts';

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

/** Which collection each reference field points at. */
export const REFERENCE_FIELDS: Record<CollectionName, Partial<Record<string, CollectionName>>> = {
  actors: { affiliations: 'actors' },
  issues: {},
  events: { actors: 'actors', issues: 'issues' },
  articles: { issues: 'issues', actors: 'actors', events: 'events' },
};

const SOURCE_FIELDS = ['title', 'publisher', 'date', 'url'];
const FIELD_NAMES: Record<CollectionName, string[]> = {
  actors: ['name', 'kind', 'role', 'country', 'aliases', 'affiliations', 'wikidata', 'sources'],
  issues: ['title', 'summary', 'order', 'sources'],
  events: ['title', 'date', 'end', 'actors', 'issues', 'sources'],
  articles: ['title', 'summary', 'published', 'updated', 'author', 'issues', 'actors', 'events', 'sources', 'draft'],
};

/** Files in `content/` that are documentation, not entries. */
const NOT_CONTENT = new Set(['README.md']);

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
  id: string;
  yaml: ParsedYaml;
  yamlStartLine: number;
  data: Record<string, unknown> | null;
  body: string;
  bodyStartLine: number;
}

function slugifyFileName(fileName: string): string {
  return toId(fileName.replace(/\.md$/, ''));
}

/** Checks a set of files (pure: no file system), as the build and `check:content` do. */
export function validateFiles(files: readonly RawFile[], options: { contentDir?: string } = {}): ValidationReport {
  const contentDir = options.contentDir ?? 'content';
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const parsed: Parsed[] = [];
  const error = (p: Omit<Problem, 'severity'>) => errors.push({ severity: 'error', ...p });
  const warn = (p: Omit<Problem, 'severity'>) => warnings.push({ severity: 'warning', ...p });
  const decoder = new TextDecoder('utf-8', { fatal: true });

  for (const file of files) {
    const place = classifyContentPath(file.path, contentDir);
    if (!place) {
      const name = file.path.split('/').pop() ?? '';
      if (file.path === `${contentDir}/${name}` && NOT_CONTENT.has(name)) continue;
      if (name.startsWith('.')) continue;
      if (/\.(md|markdown|mdx)$/i.test(name)) {
        warn({
          file: file.path,
          message: 'looks like content but is not in a collection folder, so the site ignores it',
          hint: `move it to ${COLLECTIONS.map((c) => `${contentDir}/${c}/`).join(', ')} with a .md extension`,
        });
      } else {
        warn({ file: file.path, message: 'is not a Markdown file, so the site ignores it', hint: 'content files end in .md' });
      }
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(file.bytes);
    } catch {
      error({ file: file.path, message: 'is not valid UTF-8 text', hint: 'save the file with UTF-8 encoding in your editor' });
      continue;
    }
    if (text.trim() === '') {
      error({ file: file.path, message: 'is empty', hint: 'add the frontmatter (see content/README.md) or delete the file' });
      continue;
    }
    const id = place.fileName.replace(/\.md$/, '');
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
      continue;
    }
    const yaml = parseYaml(split.yaml);
    const entry: Parsed = {
      file: file.path,
      collection: place.collection,
      id,
      yaml,
      yamlStartLine: split.yamlStartLine,
      data: null,
      body: split.body,
      bodyStartLine: split.bodyStartLine,
    };
    parsed.push(entry);
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
      continue;
    }
    const raw = yaml.document.toJS() as unknown;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      error({ file: file.path, line: split.yamlStartLine, message: 'the frontmatter must be a list of `field: value` lines', hint: 'see content/README.md for the fields' });
      continue;
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
    const result = SCHEMAS[place.collection].safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          const inSource = issue.path[0] === 'sources';
          const known = inSource ? SOURCE_FIELDS : FIELD_NAMES[place.collection];
          for (const key of issue.keys) {
            if (key === 'slug' && issue.path.length === 0) continue;
            const guess = suggestId(key, known);
            error({
              file: file.path,
              line: issue.path.length === 0 ? keyLine(yaml, key, split.yamlStartLine) : lineOf(yaml, [...issue.path, key], split.yamlStartLine),
              field: fieldName([...issue.path, key]),
              message: inSource ? 'is not a field of a source' : `is not a field of ${place.collection}`,
              hint: guess ? `did you mean "${guess}"?` : `the fields are: ${known.join(', ')}`,
            });
          }
          continue;
        }
        const missing = issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined;
        const parent = issue.path.slice(0, -1);
        const last = String(issue.path.at(-1));
        error({
          file: file.path,
          line: missing ? lineOf(yaml, parent, split.yamlStartLine) : lineOf(yaml, issue.path, split.yamlStartLine),
          field: fieldName(issue.path),
          message: missing ? 'is required but missing' : issue.message,
          hint: missing ? (parent.length ? `add "${last}:" to ${fieldName(parent)}` : `add a "${last}:" line to the frontmatter`) : undefined,
        });
      }
    } else {
      entry.data = result.data;
    }
  }

  checkDuplicates(parsed, error);
  const valid = parsed.filter((p): p is Parsed & { data: Record<string, unknown> } => p.data !== null);
  const ids = idsByCollection(parsed);
  checkReferences(valid, ids, error);
  checkEventSpans(valid, error);
  checkBlocks(valid, ids, error);
  const lexicon = lexiconFrom(valid);
  for (const conflict of findAliasConflicts(lexicon)) {
    const owners = conflict.actorIds.map((id) => `${contentDir}/actors/${id}.md`);
    for (const owner of owners) {
      error({
        file: owner,
        field: 'aliases',
        message: `"${conflict.term}" names more than one actor (${owners.join(' and ')})`,
        hint: 'keep the name or alias on one actor only, or make it more specific',
      });
    }
  }
  if (errors.length === 0) addWarnings(valid, lexicon, warn);

  return {
    errors,
    warnings,
    entries: valid.map((p) => ({ collection: p.collection, id: p.id, file: p.file, data: p.data, body: p.body, bodyStartLine: p.bodyStartLine })),
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

function checkDuplicates(parsed: readonly Parsed[], error: (p: Omit<Problem, 'severity'>) => void) {
  const seen = new Map<string, Parsed>();
  for (const p of parsed) {
    const id = slugifyFileName(p.id);
    const key = `${p.collection}/${id}`;
    const first = seen.get(key);
    if (first) {
      const address = p.collection === 'events' ? `/timeline/#${id}` : `/${p.collection}/${id}/`;
      error({
        file: p.file,
        message: `has the same id and address as ${first.file} (${address})`,
        hint: 'rename one of the two files',
      });
    } else {
      seen.set(key, p);
    }
  }
}

function checkReferences(valid: ReadonlyArray<Parsed & { data: Record<string, unknown> }>, ids: Ids, error: (p: Omit<Problem, 'severity'>) => void) {
  for (const p of valid) {
    for (const [field, target] of Object.entries(REFERENCE_FIELDS[p.collection])) {
      const values = (p.data[field] as string[] | undefined) ?? [];
      values.forEach((value, index) => {
        if (ids[target!].set.has(value)) return;
        const guess = suggestId(value, ids[target!].list);
        error({
          file: p.file,
          line: lineOf(p.yaml, [field, index], p.yamlStartLine),
          field: `${field}[${index}]`,
          message: `"${value}" is not an id in ${target}`,
          hint: guess ? `did you mean "${guess}"?` : `create content/${target}/${value}.md or use an existing id`,
        });
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

/** Quotations and other blocks, judged on the build's own parse of each body (src/lib/markdown-blocks.ts). */
function checkBlocks(valid: ReadonlyArray<Parsed & { data: Record<string, unknown> }>, ids: Ids, error: (p: Omit<Problem, 'severity'>) => void) {
  for (const p of valid) {
    const problems = blockProblems(p.body, {
      collection: p.collection,
      actorIds: ids.actors.set,
      sourceCount: ((p.data.sources as unknown[] | undefined) ?? []).length,
    });
    for (const problem of problems) error({ file: p.file, line: p.bodyStartLine + problem.line - 1, field: problem.field, message: problem.message, hint: problem.hint });
  }
}

export function lexiconFrom(entries: ReadonlyArray<{ collection: CollectionName; id: string; data: Record<string, unknown> | null }>): LexiconEntry[] {
  return entries
    .filter((e) => e.collection === 'actors' && e.data)
    .map((e) => ({ id: e.id, name: String(e.data!.name), aliases: (e.data!.aliases as string[] | undefined) ?? [] }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function addWarnings(valid: ReadonlyArray<Parsed & { data: Record<string, unknown> }>, lexicon: LexiconEntry[], warn: (p: Omit<Problem, 'severity'>) => void) {
  const published = valid.filter((p) => p.collection === 'articles' && p.data.draft !== true);
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
export async function validateContentDir(root: string, contentDir = 'content'): Promise<ValidationReport> {
  return validateFiles(await readContentFiles(root, contentDir), { contentDir });
}
