/**
 * The content contract (shared/design/content-model.md) as zod schemas: one place for every
 * field, used by Astro's collections and by the content checks alike.
 */
import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/dates.ts';

export const COLLECTIONS = ['actors', 'issues', 'events', 'articles'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
export type ReferencedCollection = Exclude<CollectionName, 'articles'>;

/** Ids are file names: lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id a name or title becomes: accents and apostrophes dropped, lower case, hyphens between words. */
export function toId(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
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
});
export type Source = z.output<typeof sourceSchema>;

const sources = z.array(sourceSchema);

/**
 * Builds the four schemas around a reference type: Astro's `reference()` in the collections,
 * a plain id check in the standalone content checks (which resolve references themselves).
 */
export function createSchemas<Ref extends z.ZodType>(reference: (collection: ReferencedCollection) => Ref) {
  const refs = (collection: ReferencedCollection) => z.array(reference(collection));

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
    /** Where the profile's facts come from. */
    sources: sources.default([]),
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
  });

  const article = z.strictObject({
    /** Headline. */
    title: text(),
    /** The dek: one or two sentences. */
    summary: text(),
    /** Publication day. */
    published: dayDate,
    /** Day of the last substantive update. */
    updated: dayDate.optional(),
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
  });

  return { actors: actor, issues: issue, events: event, articles: article };
}

/** The schemas with references as plain ids, as the content checks and tests use them. */
export const plainSchemas = createSchemas(() => z.string().regex(ID_PATTERN, 'must be an id: lower-case words joined by hyphens'));

export type ActorData = z.output<typeof plainSchemas.actors>;
export type IssueData = z.output<typeof plainSchemas.issues>;
export type EventData = z.output<typeof plainSchemas.events>;
export type ArticleData = z.output<typeof plainSchemas.articles>;

