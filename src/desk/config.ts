/**
 * The editors' desk configuration (Sveltia CMS), generated from the content schemas: one
 * collection per content collection, one form field per schema field, with the field's doc comment
 * as its help text (src/desk/schema-docs.ts). Nothing here names a field: a field added to
 * src/schemas/index.ts shows up in the form on the next build.
 *
 * What is read off each zod schema, and how:
 * - required: the schema refuses a missing value (`safeParse(undefined)`);
 * - dates: the schema accepts `2025-09-03` and refuses `2025-13`; a year alone (`2025`) tells a
 *   partial date from a full day. Dates stay text fields with the pattern of their precision,
 *   never a date picker, which would invent a day;
 * - references: `referencePaths` (the schemas module's own walk), shown as relation fields that
 *   search the target collection's names or titles and store ids;
 * - enums as selects, booleans, numbers, strings (with their regex and URL checks), lists and
 *   nested objects, recursively;
 * - the Spanish edition: `translationSchemas` says which fields a translation may set; those are
 *   translatable (`i18n: true`), the fields only a translation has (`translated`,
 *   `editionCorrections`) are added for it, and every other field stays in the English file.
 *
 * The error messages of the patterns are the schemas' own, probed with a bad value, so the form
 * and `check:content` say the same thing.
 */
import { COLLECTIONS, ID_PATTERN, referencePaths, type CollectionName } from '../schemas/index.ts';
import yaml from 'js-yaml';
import { COLLECTION_OF, scaffold, type Kind } from '../checks/scaffold.ts';
import { splitFrontmatter } from '../checks/files.ts';
import type { SchemaDocs } from './schema-docs.ts';
import { CONTENT_DIR } from '../core/content-paths.ts';

// The zod internals read here (def.type, def.innerType, def.shape, def.element, def.checks) are
// those the schemas module's own `fieldNames` and `referencePaths` read.
interface ZodLike {
  def: { type: string; innerType?: ZodLike; shape?: Record<string, ZodLike>; element?: ZodLike; checks?: Array<{ _zod: { def: Record<string, unknown> } }>; format?: string };
  options?: readonly unknown[];
  safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: Array<{ message: string; code?: string }> } };
}

/** A Sveltia CMS field, as the generator writes it (a subset of `Field` in @sveltia/cms). */
export interface DeskField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean | string[];
  i18n?: boolean;
  pattern?: [string, string];
  type?: string;
  options?: string[];
  multiple?: boolean;
  min?: number;
  collection?: string;
  search_fields?: string[];
  display_fields?: string[];
  value_field?: string;
  value_type?: string;
  fields?: DeskField[];
  field?: DeskField;
  default?: unknown;
  summary?: string;
  modes?: string[];
  editor_components?: string[];
}

export interface DeskCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'md';
  format: 'frontmatter';
  identifier_field: string;
  summary: string;
  slug: { template: string; editable: string[]; pattern: [string, string]; hint: string };
  i18n: boolean;
  create: true;
  delete: boolean;
  fields: DeskField[];
  sortable_fields: string[];
}

export interface DeskConfig {
  load_config_file: false;
  backend: Record<string, unknown>;
  media_folder: string;
  public_folder: string;
  site_url?: string;
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string; omit_default_locale_from_file_path: true; initial_locales: 'default' };
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-'; lowercase: true };
  output: { omit_empty_optional_fields: true; yaml: { quote: 'double' } };
  collections: DeskCollection[];
}

export interface DeskSchemas {
  schemas: Record<CollectionName, unknown>;
  translations: Record<CollectionName, unknown>;
  /** The language of record and the translations' languages. */
  locales: readonly string[];
}

export interface DeskOptions {
  docs: SchemaDocs;
  /** `test-repo` (in the browser's private storage: tests, trying it out) or a Git host backend. */
  backend: Record<string, unknown>;
  siteUrl?: string;
}

const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const DAY_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

function unwrap(schema: ZodLike): ZodLike {
  let current = schema;
  while ((current.def.type === 'optional' || current.def.type === 'default' || current.def.type === 'nullable' || current.def.type === 'prefault') && current.def.innerType) current = current.def.innerType;
  return current;
}

const accepts = (schema: ZodLike, value: unknown) => schema.safeParse(value).success;
/** The schema's own message for a bad value, without the value itself where it quotes it. */
function messageFor(schema: ZodLike, value: unknown): string | undefined {
  const issue = schema.safeParse(value).error?.issues[0];
  return issue?.message.replace(/^"[^"]*" /, '');
}

/** `publishedAt` → `Published at`: the label is the field's name in words. */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function minimumOf(schema: ZodLike): number | undefined {
  for (const check of unwrap(schema).def.checks ?? []) if (check._zod.def.check === 'min_length') return check._zod.def.minimum as number;
  return undefined;
}

function regexOf(schema: ZodLike): RegExp | undefined {
  for (const check of unwrap(schema).def.checks ?? []) if (check._zod.def.format === 'regex') return check._zod.def.pattern as RegExp;
  return undefined;
}

/** The date precision a schema takes, if it is a date. */
function dateKind(schema: ZodLike): 'partial' | 'day' | undefined {
  if (!accepts(schema, '2025-09-03') || accepts(schema, '2025-13') || accepts(schema, 'not a date')) return undefined;
  return accepts(schema, '2025') ? 'partial' : 'day';
}

interface Context {
  docs: SchemaDocs;
  /** The identifier field (name or title) of each collection a relation may point at. */
  identifiers: Record<string, string>;
}

/** `required` for a field of the English schema and, where a translation may set it, of the translation schema. */
function requiredFor(english: ZodLike | undefined, translation: ZodLike | undefined, locales: readonly string[]): boolean | string[] {
  const en = english ? !accepts(english, undefined) : false;
  const tr = translation ? !accepts(translation, undefined) : false;
  if (!translation) return en;
  if (en && tr) return true;
  if (!en && !tr) return false;
  return en ? [locales[0]!] : locales.slice(1);
}

function fieldFor(name: string, english: ZodLike | undefined, translation: ZodLike | undefined, keys: readonly string[], ctx: Context, locales: readonly string[], withI18n: boolean): DeskField {
  const schema = (english ?? translation)!;
  const inner = unwrap(schema);
  const field: DeskField = { name, label: labelOf(name), widget: 'string' };
  const hint = ctx.docs.docFor(keys, name);
  if (hint) field.hint = hint;
  field.required = requiredFor(english, translation, locales);
  if (withI18n) field.i18n = translation !== undefined;

  const reference = referencePaths(schema as never)[0];
  const date = dateKind(schema);
  if (reference && (reference.path.length === 0 || (reference.path.length === 1 && reference.path[0] === '*'))) {
    const target = reference.collection;
    Object.assign(field, {
      widget: 'relation',
      collection: target,
      value_field: '{{slug}}',
      search_fields: [ctx.identifiers[target]!],
      display_fields: [ctx.identifiers[target]!],
    });
    if (reference.path.length === 1) {
      field.multiple = true;
      const min = minimumOf(schema);
      if (min) field.min = min;
    }
  } else if (date) {
    field.pattern = date === 'partial' ? [DATE_PATTERN, messageFor(schema, 'September 2025')!] : [DAY_PATTERN, messageFor(schema, '2025-09')!];
    field.hint = [field.hint, date === 'partial' ? 'Write 2025, 2025-09 or 2025-09-03: only the precision the sources support.' : 'Write YYYY-MM-DD.'].filter(Boolean).join(' ');
  } else if (inner.def.type === 'enum') {
    Object.assign(field, { widget: 'select', options: [...(inner.options as string[])] });
  } else if (inner.def.type === 'boolean') {
    field.widget = 'boolean';
    field.required = false;
    // The schema's own default (`draft` is false unless set); `newEntryDefaults` may start a new entry otherwise.
    const parsed = schema.safeParse(undefined) as { success: boolean; data?: unknown };
    if (parsed.success && typeof parsed.data === 'boolean') field.default = parsed.data;
  } else if (inner.def.type === 'number') {
    Object.assign(field, { widget: 'number', value_type: 'float' });
  } else if (inner.def.type === 'array') {
    const element = inner.def.element!;
    const elementInner = unwrap(element);
    const translatedElement = translation ? unwrap(unwrap(translation).def.element!) : undefined;
    field.widget = 'list';
    const min = minimumOf(schema);
    if (min) field.min = min;
    if (elementInner.def.type === 'enum') {
      Object.assign(field, { widget: 'select', multiple: true, options: [...(elementInner.options as string[])] });
    } else if (elementInner.def.type === 'object') {
      const shape = elementInner.def.shape!;
      const translatedShape = translatedElement?.def.shape;
      const itemKeys = Object.keys(shape);
      field.fields = itemKeys.map((key) => fieldFor(key, shape[key], translatedShape?.[key], itemKeys, ctx, locales, withI18n && translation !== undefined));
      const first = itemKeys.find((key) => unwrap(shape[key]!).def.type === 'string') ?? itemKeys[0];
      if (first) field.summary = `{{fields.${first}}}`;
    }
  } else if (inner.def.type === 'object') {
    const shape = inner.def.shape!;
    const itemKeys = Object.keys(shape);
    field.widget = 'object';
    field.fields = itemKeys.map((key) => fieldFor(key, shape[key], undefined, itemKeys, ctx, locales, false));
  } else if (inner.def.type === 'string') {
    if (inner.def.format === 'url') field.type = 'url';
    const regex = regexOf(schema);
    if (regex) field.pattern = [regex.source, messageFor(schema, ' ! ')!];
  }
  return field;
}

/**
 * What a new entry starts with, as `npm run new` starts it (src/checks/scaffold.ts): its set
 * values that are not placeholders (an article's `draft: true` and byline). Dates and the title
 * are the editor's to give.
 */
export function newEntryDefaults(): Partial<Record<CollectionName, Record<string, unknown>>> {
  const title = 'Untitled';
  const defaults: Partial<Record<CollectionName, Record<string, unknown>>> = {};
  for (const [kind, collection] of Object.entries(COLLECTION_OF) as Array<[Kind, CollectionName]>) {
    const split = splitFrontmatter(scaffold(kind, title, '2000-01-01'));
    const data = (split ? yaml.load(split.yaml, { schema: yaml.CORE_SCHEMA }) : {}) as Record<string, unknown>;
    const kept = Object.entries(data).filter(([, value]) => typeof value === 'boolean' || (typeof value === 'string' && value !== '' && value !== title && !/^\d{4}(-\d{2}){0,2}$/.test(value)));
    if (kept.length > 0) defaults[collection] = Object.fromEntries(kept);
  }
  return defaults;
}

/** The field that names an entry in lists and relation searches: the schema's first required text field. */
function identifierOf(schema: ZodLike): string {
  const shape = unwrap(schema).def.shape!;
  return Object.keys(shape).find((key) => unwrap(shape[key]!).def.type === 'string' && !accepts(shape[key]!, undefined)) ?? Object.keys(shape)[0]!;
}

/** The desk's whole configuration, from the schemas as they are. */
export function deskConfig({ schemas, translations, locales }: DeskSchemas, options: DeskOptions): DeskConfig {
  const identifiers = Object.fromEntries(COLLECTIONS.map((c) => [c, identifierOf(schemas[c] as ZodLike)]));
  const ctx: Context = { docs: options.docs, identifiers };
  const slugMessage = idMessage(schemas) ?? `must match ${ID_PATTERN.source}`;
  const defaults = newEntryDefaults();
  const collections = COLLECTIONS.map((name): DeskCollection => {
    const shape = unwrap(schemas[name] as ZodLike).def.shape!;
    const translated = unwrap(translations[name] as ZodLike).def.shape!;
    const keys = Object.keys(shape);
    const translationKeys = Object.keys(translated);
    const fields = keys.map((key) => fieldFor(key, shape[key], translated[key], keys, ctx, locales, true));
    // Fields only a translation has (the day it was brought in line, its own corrections).
    for (const key of translationKeys.filter((k) => !(k in shape))) {
      const field = fieldFor(key, undefined, translated[key], translationKeys, ctx, locales, true);
      field.hint = `Translations only (leave empty in English). ${field.hint ?? ''}`.trim();
      fields.push(field);
    }
    for (const field of fields) if (defaults[name] && field.name in defaults[name]!) field.default = defaults[name]![field.name];
    // The body opens as Markdown text, kept byte for byte (directives, footnotes and tables included);
    // the rich-text mode, one click away, has Insert → Quotation.
    fields.push({ name: 'body', label: 'Body', widget: 'markdown', modes: ['raw', 'rich_text'], editor_components: ['quote'], required: false, i18n: true, hint: 'The text, in Markdown. For a quotation, switch to rich text and use Insert → Quotation.' });
    const identifier = identifiers[name]!;
    return {
      name,
      label: labelOf(name),
      label_singular: labelOf(name.replace(/s$/, '')),
      folder: `${CONTENT_DIR}/{{locale}}/${name}`,
      extension: 'md',
      format: 'frontmatter',
      identifier_field: identifier,
      summary: `{{${identifier}}}`,
      // The file name is the id: made from the title as `npm run new` makes it, editable when the entry is created only.
      slug: {
        template: `{{${identifier}}}`,
        editable: ['create'],
        pattern: [ID_PATTERN.source, slugMessage],
        hint: 'The file name and the page address: lower-case words joined by hyphens. It never changes once the entry is saved.',
      },
      i18n: true,
      create: true,
      delete: false,
      fields,
      sortable_fields: [identifier, ...keys.filter((k) => dateKind(shape[k]!) !== undefined)],
    };
  });
  return {
    load_config_file: false,
    backend: options.backend,
    media_folder: 'public/media',
    public_folder: '/media',
    ...(options.siteUrl ? { site_url: options.siteUrl } : {}),
    i18n: { structure: 'multiple_folders', locales: [...locales], default_locale: locales[0]!, omit_default_locale_from_file_path: true, initial_locales: 'default' },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    collections,
  };
}

/** The id rule's message, as the schemas give it for a bad reference (the first reference field found). */
function idMessage(schemas: Record<CollectionName, unknown>): string | undefined {
  for (const collection of COLLECTIONS) {
    const shape = unwrap(schemas[collection] as ZodLike).def.shape!;
    for (const field of Object.values(shape)) {
      const reference = referencePaths(field as never)[0];
      if (!reference || reference.path.length > 1) continue;
      const schema = reference.path.length === 1 ? unwrap(field).def.element! : field;
      const message = messageFor(schema, 'Not An Id');
      if (message) return message;
    }
  }
  return undefined;
}
