/**
 * The content contract (the editor’s guide, content/README.md) as zod schemas: one place for every field, used
 * by Astro's collections and by the content checks alike. Field lists, reference fields and the
 * fields a translation may carry are all derived from these schemas (see `fieldNames`,
 * `referencePaths`, `translationSchemas`), so adding a field is one edit here.
 */
import { z } from 'astro/zod';
import { parsePartialDate, todayIso } from '../core/dates.ts';
import { ID_PATTERN } from '../core/ids.ts';
import { LOCALES } from '../core/locales.ts';

export { ID_PATTERN, toId } from '../core/ids.ts';

export const COLLECTIONS = ['actors', 'issues', 'events', 'articles', 'commitments'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
/** Collections other entries may refer to by id. */
export type ReferencedCollection = 'actors' | 'issues' | 'events';

/**
 * The publish rule, once: an entry is on the site unless it is a draft (`draft: true`, which only
 * articles may set). Drafts are checked like any entry but get no page, card, feed item, `/data`
 * record or translation to do.
 */
export function isPublished(data: { draft?: unknown }): boolean {
  return data.draft !== true;
}

/** Text that must say something. */
const text = () => z.string().trim().min(1, 'must not be empty');

/** A date as written (`1985`, `2025-02`, `2025-09-02`), whatever type YAML gave it. */
export const partialDate = z.unknown().transform((value, ctx) => {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) {
    ctx.issues.push({ code: 'custom', message: parsed.reason, input: value });
    return z.NEVER;
  }
  return parsed.value;
});

/** A full day, `YYYY-MM-DD`, for publication dates. */
export const dayDate = partialDate.refine((value) => value.length === 10, {
  message: 'needs a full date written YYYY-MM-DD',
});

/** Where a fact comes from. */
export const sourceSchema = z.strictObject({
  /** Headline or a plain description of the page. */
  title: text(),
  /** Who published it, as shown on the page. */
  publisher: text(),
  /** Publication date, only where the source shows one. */
  date: dayDate.optional(),
  /** Address of the page; never guessed. */
  url: z
    .url({ protocol: /^https?$/, message: 'must be a full web address starting with https:// or http://' })
    .refine((url) => !/\s/.test(url), 'must not contain spaces: copy the address from the browser’s address bar')
    .optional(),
  /** The language of the source's text: `es` for a Spanish-language page; English when left out. */
  language: z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` }).optional(),
});
export type Source = z.output<typeof sourceSchema>;

const sources = z.array(sourceSchema);

/** The kinds of correction, in the words readers see (src/lib/i18n.ts). */
export const CORRECTION_KINDS = ['correction', 'clarification', 'update'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** A dated note that a published entry changed, and why. Never removed. */
export const correctionSchema = z.strictObject({
  /** The day the entry changed: not before an article's `published`, not after today. */
  date: dayDate,
  /** `correction` (a fact was wrong), `clarification` (wording misled), `update` (new information). */
  kind: z.enum(CORRECTION_KINDS, { message: `must be one of ${CORRECTION_KINDS.join(', ')}` }),
  /** What changed, in a sentence or two. */
  text: text(),
});
export type Correction = z.output<typeof correctionSchema>;

/** The statuses a commitment can have, in the order the legend explains them. */
export const COMMITMENT_STATUSES = ['not-started', 'in-progress', 'stalled', 'kept', 'partly-kept', 'broken', 'cannot-verify'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Reference fields carry the collection they point at, so the checks can find them. */
const referenceTargets = new WeakMap<z.ZodType, ReferencedCollection>();

/**
 * Builds the schemas around a reference type: Astro's `reference()` in the collections, a plain
 * id check in the standalone content checks (which resolve references themselves).
 */
export function createSchemas<Ref extends z.ZodType>(reference: (collection: ReferencedCollection) => Ref) {
  const ref = (collection: ReferencedCollection) => {
    const schema = reference(collection);
    referenceTargets.set(schema, collection);
    return schema;
  };
  const refs = (collection: ReferencedCollection) => z.array(ref(collection));

  /** What every collection records about its changes (the contract's corrections rules). */
  const changes = {
    /** Day of the last correction, clarification or update; the newest correction carries it. */
    updated: dayDate.optional(),
    /** Every change since publication, oldest first; entries are never removed. */
    corrections: z.array(correctionSchema).default([]),
  };

  const actor = z.strictObject({
    /** Display name, e.g. `Claudia Sheinbaum`. */
    name: text(),
    /** A person or an organisation. */
    kind: z.enum(['person', 'organization']),
    /** What they are in this story, e.g. `President of Mexico`. */
    role: text(),
    /** ISO 3166-1 alpha-2 country code. */
    country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code in capitals, such as US or MX').optional(),
    /** Other ways the text names them; used to find mentions. */
    aliases: z.array(z.string().trim().min(2)).default([]),
    /** Actors they belong to or serve. */
    affiliations: refs('actors').default([]),
    /** Wikidata id, only where certain. */
    wikidata: z.string().regex(/^Q\d+$/, 'must be a Wikidata id such as Q123').optional(),
    /** The languages they speak in public; quotations of them are checked against it. */
    speaks: z.array(z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` })).min(1, 'name at least one language, or leave the field out').optional(),
    /** Where the profile's facts come from. */
    sources: sources.default([]),
    ...changes,
  });

  const issue = z.strictObject({
    /** Short title, e.g. `Fentanyl`. */
    title: text(),
    /** One or two sentences. */
    summary: text(),
    /** Position in lists (lowest first). */
    order: z.number().optional(),
    /** Where the explainer's facts come from. */
    sources: sources.default([]),
    ...changes,
  });

  const event = z.strictObject({
    /** What happened. */
    title: text(),
    /** When, at the precision the sources support. */
    date: partialDate,
    /** When a span (such as a presidency) ended. */
    end: partialDate.optional(),
    /** Who took part. */
    actors: refs('actors').default([]),
    /** Which questions it bears on. */
    issues: refs('issues').default([]),
    /** Provenance: at least one. */
    sources: sources.min(1, 'needs at least one source'),
    ...changes,
  });

  const article = z.strictObject({
    /** Headline. */
    title: text(),
    /** The dek: one or two sentences. */
    summary: text(),
    /** Publication day. */
    published: dayDate,
    /** Day of the last correction, clarification or update; the newest correction carries it. */
    updated: changes.updated,
    /** Byline. */
    author: text().optional(),
    /** The questions it is about: at least one. */
    issues: refs('issues').min(1, 'needs at least one issue'),
    /** Actors the article is about (mentions in the text count too). */
    actors: refs('actors').default([]),
    /** Events it reports or analyses. */
    events: refs('events').default([]),
    /** Where its facts come from; quotations cite these by position. */
    sources: sources.default([]),
    /** `true` keeps it out of the built site. */
    draft: z.boolean().default(false),
    /** Every change since publication, oldest first; entries are never removed. */
    corrections: changes.corrections,
  });

  /** One step in a commitment's history: a status, when, why, and who says so. */
  const statusEntry = z.strictObject({
    /** When the status took effect, at the source's precision. */
    date: partialDate,
    /** One of the statuses in `COMMITMENT_STATUSES`. */
    status: z.enum(COMMITMENT_STATUSES, { message: `must be one of ${COMMITMENT_STATUSES.join(', ')}` }),
    /** Why, in a sentence. */
    note: text(),
    /** Who reports the change: at least one. */
    sources: sources.min(1, 'needs at least one source: a status changes only with a source'),
    /** The event that caused the change. */
    event: ref('events').optional(),
  });

  const commitment = z.strictObject({
    /** The promise, one short sentence. */
    title: text(),
    /** When it was made, at the sources' precision. */
    made: partialDate,
    /** Who promised: at least one actor. */
    by: refs('actors').min(1, 'needs at least one actor who made the promise'),
    /** To whom. */
    to: refs('actors').default([]),
    /** The questions it bears on: at least one. */
    issues: refs('issues').min(1, 'needs at least one issue'),
    /** Where it was made (e.g. the joint statement). */
    event: ref('events').optional(),
    /** When it was due, if a deadline was set; never before `made`. */
    deadline: partialDate.optional(),
    /** The promise in its source's words, short: the speaker's (the first of `by`) own words, or the source's translation of them. */
    quote: text().optional(),
    /** The language `quote` was spoken in when the quote is the source's translation (as `original` on a quotation). */
    quoteOriginal: z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` }).optional(),
    /** Where the promise is reported: at least one. */
    sources: sources.min(1, 'needs at least one source'),
    /** Status changes, oldest first; append-only. The last entry is the current status. */
    history: z.array(statusEntry).min(1, 'needs at least one status entry'),
    ...changes,
  });

  return { actors: actor, issues: issue, events: event, articles: article, commitments: commitment };
}

/** The schemas with references as plain ids, as the content checks and tests use them. */
export const plainSchemas = createSchemas(() => z.string().regex(ID_PATTERN, 'must be an id: lower-case words joined by hyphens'));

export type ActorData = z.output<typeof plainSchemas.actors>;
export type IssueData = z.output<typeof plainSchemas.issues>;
export type EventData = z.output<typeof plainSchemas.events>;
export type ArticleData = z.output<typeof plainSchemas.articles>;
export type CommitmentData = z.output<typeof plainSchemas.commitments>;
export type StatusEntry = CommitmentData['history'][number];

// ————— Field lists derived from the schemas —————

type AnySchema = z.ZodType;

/** Unwraps optional, default and pipe wrappers to the schema underneath. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema as AnySchema & { def?: { type?: string; innerType?: AnySchema; in?: AnySchema } };
  for (;;) {
    const def = current.def;
    if (!def) return current;
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) current = def.innerType as typeof current;
    else return current;
  }
}

function objectShape(schema: AnySchema): Record<string, AnySchema> | undefined {
  const inner = unwrap(schema) as AnySchema & { def?: { type?: string; shape?: Record<string, AnySchema> } };
  return inner.def?.type === 'object' ? inner.def.shape : undefined;
}

function arrayElement(schema: AnySchema): AnySchema | undefined {
  const inner = unwrap(schema) as AnySchema & { def?: { type?: string; element?: AnySchema } };
  return inner.def?.type === 'array' ? inner.def.element : undefined;
}

/** The top-level field names of a schema, in declaration order. */
export function fieldNames(schema: AnySchema): string[] {
  return Object.keys(objectShape(schema) ?? {});
}

/** The field names of the object at `path` inside a schema (`['sources']`, `['history']`). */
export function nestedFieldNames(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (!current) return [];
    if (typeof key === 'number') current = arrayElement(current);
    else current = objectShape(current)?.[key as string] ?? (arrayElement(current) && objectShape(arrayElement(current)!)?.[key as string]);
  }
  const element = current && arrayElement(current);
  return Object.keys((current && objectShape(current)) ?? (element && objectShape(element)) ?? {});
}

/** A reference field: its path (`'*'` for every list item) and the collection it points at. */
export interface ReferencePath {
  path: Array<string | '*'>;
  collection: ReferencedCollection;
}

/** Every reference field of a schema, nested ones included (`history.*.event`). */
export function referencePaths(schema: AnySchema, prefix: Array<string | '*'> = []): ReferencePath[] {
  const found: ReferencePath[] = [];
  const target = referenceTargets.get(unwrap(schema)) ?? referenceTargets.get(schema);
  if (target) return [{ path: prefix, collection: target }];
  const element = arrayElement(schema);
  if (element) return referencePaths(element, [...prefix, '*']);
  const shape = objectShape(schema);
  if (shape) for (const [key, field] of Object.entries(shape)) found.push(...referencePaths(field, [...prefix, key]));
  return found;
}

/** Every reference field of each collection (`history.*.event` included): what the checks and the data module both follow. */
export const REFERENCE_FIELDS = {} as Record<CollectionName, ReferencePath[]>;
for (const collection of COLLECTIONS) REFERENCE_FIELDS[collection] = referencePaths(plainSchemas[collection]);

// ————— The Spanish edition: translations carry words only —————

/** The day a translation was last brought in line with the English text. */
const translated = dayDate.refine((day) => day <= todayIso(), { message: 'is in the future: give the day the translation was last brought in line' });

const plain = plainSchemas;

/** The English corrections' texts, in the English file's order and with its dates. */
const translatedCorrections = z
  .array(correctionSchema.pick({ date: true, text: true }).extend({ kind: correctionSchema.shape.kind.optional() }).strict())
  .default([]);

/**
 * Fields every translation may set besides its words: the English corrections' texts, its own
 * corrections (a mistranslation, a misquotation in its language, shown only in its edition), and
 * the day it was last brought in line.
 */
const translationChanges = {
  /** The English file's corrections, translated: same dates, same order. */
  corrections: translatedCorrections,
  /** Corrections to this translation's text alone, oldest first; never in the other edition. */
  editionCorrections: z.array(correctionSchema).default([]),
  translated,
};

/**
 * The fields a translation may set (the contract's "The Spanish edition"), picked from the
 * English schemas so their rules stay one definition; every other field comes from the English
 * file. List items that translate (corrections, history notes) keep their order.
 */
export const translationSchemas = {
  actors: plain.actors.pick({ name: true, role: true, aliases: true }).partial({ name: true }).extend(translationChanges).strict(),
  issues: plain.issues.pick({ title: true, summary: true }).extend(translationChanges).strict(),
  events: plain.events.pick({ title: true }).extend(translationChanges).strict(),
  articles: plain.articles.pick({ title: true, summary: true }).extend(translationChanges).strict(),
  commitments: plain.commitments
    .pick({ title: true, quote: true })
    .extend({
      /** The history's notes, in the English file's order. */
      history: z.array(z.strictObject({ note: text() })).default([]),
      ...translationChanges,
    })
    .strict(),
} satisfies Record<CollectionName, AnySchema>;

export type Translation<C extends CollectionName> = z.output<(typeof translationSchemas)[C]>;

/**
 * The words a translation lays over its English entry as they are (titles, summaries, names,
 * roles, a quote): the single-valued fields of its schema. Lists (aliases, history notes,
 * corrections) are matched item by item where they are used; `translated` is not a word.
 */
export const TRANSLATED_WORDS = {} as Record<CollectionName, readonly string[]>;
for (const collection of COLLECTIONS) {
  const shape = objectShape(translationSchemas[collection]) ?? {};
  TRANSLATED_WORDS[collection] = Object.keys(shape).filter((field) => !(field in translationChanges) && !arrayElement(shape[field]!) && !objectShape(shape[field]!));
}

// ————— House style: content/glossary.yml —————

/** One term of the editors' style sheet: the form to use and the variants to avoid, in one language. */
export const glossaryEntrySchema = z.strictObject({
  /** The language of the prose it applies to. */
  lang: z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` }),
  /** The form to write. */
  use: text(),
  /** The variants the check reports, matched as whole words, in any case. */
  avoid: z.array(text()).min(1, 'needs at least one variant to avoid'),
  /** Why, or where the rule comes from. */
  note: text().optional(),
  /** `true` reports the variants as warnings rather than errors. */
  warn: z.boolean().default(false),
});
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;

/** `content/glossary.yml`: a list of entries. */
export const glossarySchema = z.array(glossaryEntrySchema);
