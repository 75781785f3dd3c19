/**
 * The site's data, derived once per language: entries checked, drafts dropped, translations laid
 * over the English edition of record, everything sorted, and the relations pages need (who
 * appears where, which events belong to an issue, who said what, who promised what) computed in
 * named steps. Pure: fed by `loadSiteData()` in the build and by fixtures in tests.
 */
import { COLLECTIONS, isPublished, REFERENCE_FIELDS, TRANSLATED_WORDS } from '../schemas/index.ts';
import type { ActorData, ArticleData, CollectionName, CommitmentData, CommitmentStatus, Correction, EventData, IssueData, Source, StatusEntry, Translation } from '../schemas/index.ts';
import { compareDated } from '../core/dates.ts';
import { readFindings, type TextFindings } from '../core/findings.ts';
import type { Locale } from '../core/locales.ts';
import { createUrls, type Urls } from './routes.ts';
import { outdatedSince, type TranslationState } from './translation-status.ts';

export type { TranslationState };
import { groupPeriods, overviewByMonth, planPeriods } from './timeline-periods.ts';
import { entryFile } from '../core/content-paths.ts';

/** A reference as Astro's `reference()` gives it, or a plain id. */
type Ref = string | { id: string };
/** Corrections may be left out of an entry's data (fixtures, older stores): none. */
type ChangeFields = 'corrections';
type Loose<T> = Omit<T, ChangeFields> & Partial<Pick<T, Extract<keyof T, ChangeFields>>>;
type WithRefs<T, K extends keyof T> = Loose<Omit<T, K>> & { [P in K]: Ref[] };
type WithHistoryRefs = Loose<Omit<CommitmentData, 'by' | 'to' | 'issues' | 'event' | 'history'>> & {
  by: Ref[];
  to: Ref[];
  issues: Ref[];
  event?: Ref;
  history: Array<Omit<StatusEntry, 'event'> & { event?: Ref }>;
};

/** What a loader hands over for one entry: enough to check it, derive from it and render it. */
export interface RawEntry<Data> {
  id: string;
  data: Data;
  filePath?: string;
  rendered?: { metadata?: { frontmatter?: Record<string, unknown> } };
}

export interface SiteInput<E = unknown> {
  actors: Array<RawEntry<WithRefs<ActorData, 'affiliations'>> & E>;
  issues: Array<RawEntry<Loose<IssueData>> & E>;
  events: Array<RawEntry<WithRefs<EventData, 'actors' | 'issues'>> & E>;
  articles: Array<RawEntry<WithRefs<ArticleData, 'issues' | 'actors' | 'events'>> & E>;
  commitments?: Array<RawEntry<WithHistoryRefs> & E>;
  /** The translations into the language being built (none for English). */
  translations?: { [C in CollectionName]?: Array<RawEntry<Partial<Pick<Translation<C>, 'corrections' | 'editionCorrections'>> & Omit<Translation<C>, 'corrections' | 'editionCorrections'>> & E> };
}

export interface BuildOptions {
  /** Base path, ending in `/`. */
  base?: string;
  locale?: Locale;
}


interface Localised<E> {
  id: string;
  url: string;
  file: string;
  /** What `render()` takes for the body in this language; null when there is no text to show here. */
  entry: E | null;
  /** The language its title, summary and body are written in. */
  lang: Locale;
  translation: TranslationState;
}

/** An entry's corrections as this edition shows them. */
interface Corrected {
  /** The English corrections (translated where the translation has their text) and, in a translated edition, its own; oldest first. */
  corrections: EntryCorrection[];
}

export type Actor<E = unknown> = Omit<ActorData, 'corrections'> & Localised<E> & TextFindings & Corrected;
export type Issue<E = unknown> = Omit<IssueData, 'corrections'> & Localised<E> & TextFindings & Corrected;
export type Event<E = unknown> = Omit<EventData, 'corrections'> & Localised<E> & TextFindings & Corrected;
export type Article<E = unknown> = Omit<ArticleData, 'corrections'> & Localised<E> & TextFindings & Corrected;
export type Commitment<E = unknown> = Omit<CommitmentData, 'history' | 'corrections'> &
  Localised<E> &
  TextFindings &
  Corrected & {
    history: Array<StatusEntry & { lang: Locale }>;
    /** The last entry's status. */
    status: CommitmentStatus;
    /** The language of `quote`. */
    quoteLang: Locale;
    /** Where `quote` was reported: the first source in the quote's language (the contract's rule). */
    quoteSource?: Source;
  };

/** A correction as readers see it, with the entry it belongs to and its place there. */
export interface EntryCorrection extends Correction {
  collection: CollectionName;
  /** The entry's id. */
  entry: string;
  /** 0-based position in its list (the English `corrections`, or the edition's own), oldest first. */
  index: number;
  /** True for a correction to this edition's text alone (`editionCorrections`). */
  edition: boolean;
  /** The language of `text`. */
  lang: Locale;
}

/** A quotation, resolved: who, what, where it was reported and where it appears. */
export interface Quote<E = unknown> {
  actor: string;
  /** The actor who said it. */
  speaker: Actor<E>;
  /** The article that reports it. */
  reportedIn: Article<E>;
  text: string;
  source: Source;
  article: string;
  issues: string[];
  lang: Locale;
  original?: 'en' | 'es';
  translator?: 'ours';
}

/** Why an actor counts as involved in an issue: the articles, events and quotations that show it. */
export interface Evidence<E = unknown> {
  articles: Article<E>[];
  events: Event<E>[];
  quotes: Quote<E>[];
}

/** Two actors who appear in the same articles or events. */
export interface ActorPair {
  actors: [string, string];
  articles: string[];
  events: string[];
}

export class SiteDataError extends Error {
  override name = 'SiteDataError';
}

const refId = (ref: Ref) => (typeof ref === 'string' ? ref : ref.id);
const ids = (refs: readonly Ref[] | undefined) => (refs ?? []).map(refId);

function findingsOf(entry: RawEntry<unknown>, file: string): TextFindings {
  const found = readFindings(entry.rendered?.metadata?.frontmatter);
  // Astro logs a render error and carries on; a page without its body is worse than no build.
  if (!found) throw new SiteDataError(`${file} did not render (see the error logged above for the reason); the build stops rather than publish it without its text`);
  return found;
}

function raise(message: string): never {
  throw new SiteDataError(message);
}

function groupInto<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function actorsInArticleIds(article: { actors: string[]; mentions: string[] }): string[] {
  return [...article.actors, ...article.mentions];
}

/**
 * Step 1: each entry in the language being built. English entries are the record; a translation
 * lends its words (and its rendered body, whose mentions link within its edition), and an entry
 * with no translation keeps its English words, marked as such, and no body to show.
 */
function localiser<E>(input: SiteInput<E>, locale: Locale) {
  const translations = new Map<string, RawEntry<Record<string, unknown>> & E>();
  for (const [collection, list] of Object.entries(input.translations ?? {})) {
    for (const entry of (list ?? []) as Array<RawEntry<Record<string, unknown>> & E>) translations.set(`${collection}/${entry.id}`, entry);
  }
  return function localise<D extends object>(collection: CollectionName, entry: RawEntry<D> & E) {
    const file = entry.filePath ?? entryFile(collection, entry.id);
    if (locale === 'en') {
      return { data: entry.data, words: undefined, file, entry: entry as E, lang: 'en' as Locale, translation: { status: 'original' } as TranslationState, findings: findingsOf(entry, file) };
    }
    const translation = translations.get(`${collection}/${entry.id}`);
    if (!translation) {
      return { data: entry.data, words: undefined, file, entry: null, lang: 'en' as Locale, translation: { status: 'missing' } as TranslationState, findings: findingsOf(entry, file) };
    }
    const words = translation.data;
    const translated = String(words.translated);
    const since = outdatedSince(collection, entry.data as Record<string, unknown>, words);
    const tFile = translation.filePath ?? entryFile(collection, entry.id, locale);
    return {
      data: entry.data,
      words,
      file: tFile,
      entry: translation as E,
      lang: locale,
      translation: (since ? { status: 'outdated', translated, since } : { status: 'translated', translated }) as TranslationState,
      findings: findingsOf(translation, tFile),
    };
  };
}

/**
 * An entry's corrections in the language being built: the English ones with the translation's
 * texts where it has them (else the English text, marked English), then the edition's own, in
 * date order (a stable sort keeps each list's order on a shared day).
 */
function correctionsOf(collection: CollectionName, id: string, english: readonly Correction[] | undefined, words: Record<string, unknown> | undefined, locale: Locale): EntryCorrection[] {
  const texts = (words?.corrections as Array<{ text: string }> | undefined) ?? [];
  const own = locale === 'en' ? [] : ((words?.editionCorrections as Correction[] | undefined) ?? []);
  const translated = (english ?? []).map((c, index): EntryCorrection => {
    const text = locale === 'en' ? undefined : texts[index]?.text;
    return { ...c, text: text ?? c.text, lang: text || locale === 'en' ? locale : 'en', collection, entry: id, index, edition: false };
  });
  const edition = own.map((c, index): EntryCorrection => ({ ...c, lang: locale, collection, entry: id, index, edition: true }));
  return [...translated, ...edition].sort((a, b) => a.date.localeCompare(b.date));
}

/** Words a translation sets over the English ones (only fields it actually has). */
function pickWords(words: Record<string, unknown> | undefined, fields: readonly string[]): Record<string, unknown> {
  if (!words) return {};
  return Object.fromEntries(fields.filter((f) => words[f] !== undefined).map((f) => [f, words[f]]));
}

function sortActors<T extends { name: string; id: string }>(list: T[], locale: Locale): T[] {
  return list.sort((a, b) => a.name.localeCompare(b.name, locale) || a.id.localeCompare(b.id));
}

/** Step 1 for every collection: the entities of one language, sorted. */
function buildEntities<E>(input: SiteInput<E>, urls: Urls, locale: Locale) {
  const localise = localiser(input, locale);
  const common = (collection: CollectionName, id: string, l: ReturnType<typeof localise>) => ({
    id,
    url: urls.entry(collection, id),
    file: l.file,
    entry: l.entry,
    lang: l.lang,
    translation: l.translation,
    ...l.findings,
  });
  const corrected = (collection: CollectionName, raw: RawEntry<{ corrections?: Correction[] }>, l: ReturnType<typeof localise>) => ({
    corrections: correctionsOf(collection, raw.id, raw.data.corrections, l.words, locale),
  });

  const actors: Actor<E>[] = sortActors(
    input.actors.map((raw) => {
      const l = localise('actors', raw);
      return { ...raw.data, ...pickWords(l.words, TRANSLATED_WORDS.actors), affiliations: ids(raw.data.affiliations), ...corrected('actors', raw, l), ...common('actors', raw.id, l) } as Actor<E>;
    }),
    locale,
  );

  const issues: Issue<E>[] = input.issues
    .map((raw) => {
      const l = localise('issues', raw);
      return { ...raw.data, ...pickWords(l.words, TRANSLATED_WORDS.issues), ...corrected('issues', raw, l), ...common('issues', raw.id, l) } as Issue<E>;
    })
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title, locale) || a.id.localeCompare(b.id));

  const events: Event<E>[] = input.events
    .map((raw) => {
      const l = localise('events', raw);
      return { ...raw.data, ...pickWords(l.words, TRANSLATED_WORDS.events), actors: ids(raw.data.actors), issues: ids(raw.data.issues), ...corrected('events', raw, l), ...common('events', raw.id, l) } as Event<E>;
    })
    .sort(compareDated);

  const articles: Article<E>[] = input.articles
    .filter((raw) => isPublished(raw.data))
    .map((raw) => {
      const data = raw.data;
      const l = localise('articles', raw);
      return {
        ...data,
        ...pickWords(l.words, TRANSLATED_WORDS.articles),
        issues: ids(data.issues),
        actors: ids(data.actors),
        events: ids(data.events),
        ...corrected('articles', raw, l),
        ...common('articles', raw.id, l),
      } as Article<E>;
    })
    .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));

  const commitments: Commitment<E>[] = (input.commitments ?? [])
    .map((raw) => {
      const data = raw.data;
      const l = localise('commitments', raw);
      const notes = (l.words?.history as Array<{ note: string }> | undefined) ?? [];
      const history = data.history.map((h, index) => {
        const note = l.lang !== 'en' ? notes[index]?.note : undefined;
        return { ...h, event: h.event ? refId(h.event) : undefined, note: note ?? h.note, lang: (note || locale === 'en' ? locale : 'en') as Locale };
      });
      const quote = (l.words?.quote as string | undefined) ?? data.quote;
      const quoteLang: Locale = l.words?.quote ? locale : 'en';
      return {
        ...data,
        // The quote among them, set again below with the language it is in.
        ...pickWords(l.words, TRANSLATED_WORDS.commitments),
        quote,
        quoteLang,
        quoteSource: quote ? (data.sources.find((source) => (source.language ?? 'en') === quoteLang) ?? data.sources[0]) : undefined,
        by: ids(data.by),
        to: ids(data.to),
        issues: ids(data.issues),
        event: data.event ? refId(data.event) : undefined,
        history,
        status: history.at(-1)!.status,
        ...corrected('commitments', raw, l),
        ...common('commitments', raw.id, l),
      } as Commitment<E>;
    })
    .sort((a, b) => compareDated({ date: a.made, id: a.id }, { date: b.made, id: b.id }));

  return { actors, issues, events, articles, commitments };
}

type Entities<E> = ReturnType<typeof buildEntities<E>>;

/** The values at a reference path (`'*'` for every item of a list). */
function valuesAt(value: unknown, path: ReadonlyArray<string | '*'>): unknown[] {
  if (path.length === 0) return [value];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(value) ? value.flatMap((item) => valuesAt(item, rest)) : [];
  return value && typeof value === 'object' ? valuesAt((value as Record<string, unknown>)[head!], rest) : [];
}

/** Step 2: the data module on its own refuses references the content checks would have caught. */
function refuseDanglingReferences<E>(entities: Entities<E>) {
  const { actors, issues, events, articles } = entities;
  const known = { actors: new Set(actors.map((a) => a.id)), issues: new Set(issues.map((i) => i.id)), events: new Set(events.map((e) => e.id)) };
  const check = (file: string, field: string, collection: keyof typeof known, values: readonly unknown[]) => {
    for (const value of values) {
      if (typeof value === 'string' && !known[collection].has(value)) throw new SiteDataError(`${file}: ${field} refers to "${value}", which is not an id in ${collection}`);
    }
  };
  for (const collection of COLLECTIONS) {
    for (const entry of entities[collection] as ReadonlyArray<{ file: string }>) {
      for (const ref of REFERENCE_FIELDS[collection]) check(entry.file, ref.path.filter((part) => part !== '*').join('.'), ref.collection, valuesAt(entry, ref.path));
    }
  }
  // What the Markdown plugins found in the bodies: references too, though no editor wrote them as fields.
  for (const a of articles) {
    check(a.file, 'mentions', 'actors', a.mentions);
    check(a.file, 'quote.actor', 'actors', a.quotes.map((q) => q.actor));
  }
}

/** Step 3: who appears where, who said what, and the evidence tying actors to issues. */
function buildRelations<E>({ actors, events, articles }: Entities<E>, locale: Locale) {
  const articlesFeaturing = new Map<string, Article<E>[]>();
  const articlesMentioning = new Map<string, Article<E>[]>();
  const articlesByIssue = new Map<string, Article<E>[]>();
  const articlesByEvent = new Map<string, Article<E>[]>();
  const eventsByActor = new Map<string, Event<E>[]>();
  const eventsByIssue = new Map<string, Event<E>[]>();
  const quotesByActor = new Map<string, Quote<E>[]>();
  const quotesByIssue = new Map<string, Quote<E>[]>();
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const members = new Map<string, Actor<E>[]>();
  const involvement = new Map<string, Map<string, Evidence<E>>>();
  const evidenceFor = (issue: string, actor: string): Evidence<E> => {
    const byActor = involvement.get(issue) ?? new Map<string, Evidence<E>>();
    involvement.set(issue, byActor);
    const evidence = byActor.get(actor) ?? { articles: [], events: [], quotes: [] };
    byActor.set(actor, evidence);
    return evidence;
  };

  for (const actor of actors) for (const org of actor.affiliations) groupInto(members, org, actor);
  for (const article of articles) {
    for (const actor of article.actors) groupInto(articlesFeaturing, actor, article);
    for (const actor of article.mentions) if (!article.actors.includes(actor)) groupInto(articlesMentioning, actor, article);
    for (const issue of article.issues) {
      groupInto(articlesByIssue, issue, article);
      for (const actor of new Set(actorsInArticleIds(article))) evidenceFor(issue, actor).articles.push(article);
    }
    for (const event of article.events) groupInto(articlesByEvent, event, article);
    for (const record of article.quotes) {
      const source = article.sources[record.source - 1];
      if (!source) throw new SiteDataError(`${article.file}: quote.source ${record.source} is not a position in its sources`);
      const quote: Quote<E> = { ...record, speaker: actorById.get(record.actor)!, reportedIn: article, source, article: article.id, issues: article.issues, lang: article.lang };
      groupInto(quotesByActor, record.actor, quote);
      for (const issue of article.issues) {
        groupInto(quotesByIssue, issue, quote);
        evidenceFor(issue, record.actor).quotes.push(quote);
      }
    }
  }
  for (const event of events) {
    for (const actor of event.actors) groupInto(eventsByActor, actor, event);
    for (const issue of event.issues) {
      groupInto(eventsByIssue, issue, event);
      for (const actor of event.actors) evidenceFor(issue, actor).events.push(event);
    }
  }
  const actorsByIssue = new Map<string, Actor<E>[]>();
  for (const [issue, byActor] of involvement) {
    const ranked = [...byActor].sort((a, b) => evidenceWeight(b[1]) - evidenceWeight(a[1]) || actorById.get(a[0])!.name.localeCompare(actorById.get(b[0])!.name, locale));
    actorsByIssue.set(issue, ranked.map(([id]) => actorById.get(id)!));
  }
  return { articlesFeaturing, articlesMentioning, articlesByIssue, articlesByEvent, eventsByActor, eventsByIssue, quotesByActor, quotesByIssue, members, involvement, actorsByIssue };
}

/** How strongly the evidence ties an actor to an issue: each article, event and quotation counts once. */
export function evidenceWeight(evidence: Evidence<unknown>): number {
  return evidence.articles.length + evidence.events.length + evidence.quotes.length;
}

/** Co-appearance: every pair of actors in the same article (featured or mentioned) or event. */
function buildActorPairs<E>({ events, articles }: Entities<E>): ActorPair[] {
  const pairs = new Map<string, ActorPair>();
  const pairUp = (members: Iterable<string>, add: (pair: ActorPair) => void) => {
    const list = [...new Set(members)].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]} ${list[j]}`;
        const pair = pairs.get(key) ?? { actors: [list[i]!, list[j]!] as [string, string], articles: [], events: [] };
        pairs.set(key, pair);
        add(pair);
      }
    }
  };
  for (const article of articles) pairUp(actorsInArticleIds(article), (pair) => pair.articles.push(article.id));
  for (const event of events) pairUp(event.actors, (pair) => pair.events.push(event.id));
  return [...pairs.values()].sort((a, b) => b.articles.length + b.events.length - (a.articles.length + a.events.length) || a.actors.join().localeCompare(b.actors.join()));
}

/**
 * Related articles through inverted indexes: only articles that share an actor or an event are
 * scored, so the cost follows the overlaps rather than the square of the article count. Shared
 * issues add weight among those; short lists are filled with the newest articles on its issues.
 */
function buildRelatedArticles<E>(articles: Article<E>[], articlesByIssue: Map<string, Article<E>[]>, articlesByEvent: Map<string, Article<E>[]>) {
  const articlesWithActor = new Map<string, Article<E>[]>();
  for (const article of articles) for (const actor of new Set(actorsInArticleIds(article))) groupInto(articlesWithActor, actor, article);
  const related = new Map<string, Article<E>[]>();
  for (const article of articles) {
    const scores = new Map<Article<E>, number>();
    const add = (other: Article<E>, points: number) => {
      if (other !== article) scores.set(other, (scores.get(other) ?? 0) + points);
    };
    for (const actor of new Set(actorsInArticleIds(article))) for (const other of articlesWithActor.get(actor) ?? []) add(other, 1);
    for (const event of article.events) for (const other of articlesByEvent.get(event) ?? []) add(other, 2);
    for (const other of [...scores.keys()]) add(other, 3 * other.issues.filter((i) => article.issues.includes(i)).length);
    const list = [...scores]
      .sort((a, b) => b[1] - a[1] || b[0].published.localeCompare(a[0].published) || a[0].id.localeCompare(b[0].id))
      .slice(0, 3)
      .map(([other]) => other);
    for (const issue of article.issues) {
      for (const other of articlesByIssue.get(issue) ?? []) if (list.length < 3 && other !== article && !list.includes(other)) list.push(other);
    }
    related.set(article.id, list);
  }
  return related;
}

/** Step 4: commitments by actor (made or received), issue and the events that made or moved them. */
function buildCommitmentRelations<E>(commitments: Commitment<E>[], articlesByEvent: Map<string, Article<E>[]>, articlesByIssue: Map<string, Article<E>[]>) {
  const byActor = new Map<string, Array<{ commitment: Commitment<E>; role: 'by' | 'to' }>>();
  const byIssue = new Map<string, Commitment<E>[]>();
  const changesByEvent = new Map<string, Array<{ commitment: Commitment<E>; entry: Commitment<E>['history'][number] }>>();
  const madeAtEvent = new Map<string, Commitment<E>[]>();
  const relatedArticles = new Map<string, Article<E>[]>();
  for (const c of commitments) {
    for (const actor of c.by) groupInto(byActor, actor, { commitment: c, role: 'by' });
    for (const actor of c.to) if (!c.by.includes(actor)) groupInto(byActor, actor, { commitment: c, role: 'to' });
    for (const issue of c.issues) groupInto(byIssue, issue, c);
    if (c.event) groupInto(madeAtEvent, c.event, c);
    for (const entry of c.history) if (entry.event) groupInto(changesByEvent, entry.event, { commitment: c, entry });
    // Articles that report the events it was made at or moved by; else the newest on its issues.
    const eventIds = [c.event, ...c.history.map((h) => h.event)].filter((e): e is string => !!e);
    const list = [...new Set(eventIds.flatMap((e) => articlesByEvent.get(e) ?? []))].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
    for (const issue of c.issues) for (const a of articlesByIssue.get(issue) ?? []) if (list.length < 3 && !list.includes(a)) list.push(a);
    relatedArticles.set(c.id, list);
  }
  return { byActor, byIssue, changesByEvent, madeAtEvent, relatedArticles };
}

/** Main actors for the front page: those the analysis features most, then mentions and events. */
function rankMainActors<E>(actors: Actor<E>[], relations: ReturnType<typeof buildRelations<E>>, locale: Locale, count = 8): Actor<E>[] {
  const weight = (id: string) =>
    (relations.articlesFeaturing.get(id)?.length ?? 0) * 2 + (relations.articlesMentioning.get(id)?.length ?? 0) + (relations.eventsByActor.get(id)?.length ?? 0);
  return [...actors].sort((a, b) => weight(b.id) - weight(a.id) || a.name.localeCompare(b.name, locale)).slice(0, count);
}

/** Who's who by country: the countries with most actors first, actors with no country last. */
function groupActorsByCountry<E>(actors: Actor<E>[]): Array<{ country: string | undefined; actors: Actor<E>[] }> {
  const groups = new Map<string | undefined, Actor<E>[]>();
  for (const actor of actors) groupInto(groups, actor.country, actor);
  return [...groups]
    .map(([country, list]) => ({ country, actors: list }))
    .sort((a, b) => (a.country === undefined ? 1 : 0) - (b.country === undefined ? 1 : 0) || b.actors.length - a.actors.length || String(a.country).localeCompare(String(b.country)));
}

export function buildSiteData<E>(input: SiteInput<E>, options: BuildOptions | string = {}) {
  const { base = '/', locale = 'en' } = typeof options === 'string' ? { base: options } : options;
  // Which period page holds each event's full card: known first, so every URL to an event points there.
  const periodOf = planPeriods(input.events.map((e) => ({ id: e.id, date: String(e.data.date) })));
  const urls = createUrls(base, locale, periodOf);
  const entities = buildEntities(input, urls, locale);
  refuseDanglingReferences(entities);
  const { actors, issues, events, articles, commitments } = entities;
  const relations = buildRelations(entities, locale);
  const actorPairs = buildActorPairs(entities);
  const relatedArticles = buildRelatedArticles(articles, relations.articlesByIssue, relations.articlesByEvent);
  const promises = buildCommitmentRelations(commitments, relations.articlesByEvent, relations.articlesByIssue);

  const actorById = new Map(actors.map((a) => [a.id, a]));
  const issueById = new Map(issues.map((i) => [i.id, i]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const commitmentById = new Map(commitments.map((c) => [c.id, c]));
  const issuesByActor = new Map<string, Issue<E>[]>();
  for (const issue of issues) for (const actor of relations.actorsByIssue.get(issue.id) ?? []) groupInto(issuesByActor, actor.id, issue);
  const eventsOfArticle = new Map(articles.map((a) => [a.id, a.events.map((id) => eventById.get(id)!).sort(compareDated)]));
  const corrected: ReadonlyArray<Corrected & { id: string; title?: string; name?: string; url: string; lang: Locale }> = [...articles, ...actors, ...issues, ...events, ...commitments];
  const corrections = corrected
    .flatMap((e) => e.corrections)
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection) ||
        a.entry.localeCompare(b.entry) ||
        Number(b.edition) - Number(a.edition) ||
        b.index - a.index,
    );

  const periods = groupPeriods(events, periodOf).map((p) => ({ ...p, url: urls.period(p.key) }));
  const periodIndex = new Map(periods.map((p, i) => [p.key, i]));

  const statusCounts = new Map<CommitmentStatus, number>();
  for (const c of commitments) statusCounts.set(c.status, (statusCounts.get(c.status) ?? 0) + 1);

  const get = <V>(map: Map<string, V[]>, key: string): V[] => map.get(key) ?? [];
  // References were checked in step 2, so every id resolves; a miss here is a bug in this module.
  const resolver =
    <V>(map: Map<string, V>, collection: CollectionName) =>
    (list: readonly string[]): V[] =>
      list.map((id) => map.get(id) ?? raise(`no ${collection} entry "${id}" in the ${locale} edition`));

  return {
    base,
    locale,
    urls,
    actors,
    issues,
    events,
    articles,
    commitments,
    actor: (id: string) => actorById.get(id),
    issue: (id: string) => issueById.get(id),
    event: (id: string) => eventById.get(id),
    article: (id: string) => articleById.get(id),
    commitment: (id: string) => commitmentById.get(id),
    /** The entries these ids name, in the same order. */
    actorsIn: resolver(actorById, 'actors'),
    issuesIn: resolver(issueById, 'issues'),
    eventsIn: resolver(eventById, 'events'),
    articlesFeaturing: (actor: string) => get(relations.articlesFeaturing, actor),
    articlesMentioning: (actor: string) => get(relations.articlesMentioning, actor),
    articlesForIssue: (issue: string) => get(relations.articlesByIssue, issue),
    articlesForEvent: (event: string) => get(relations.articlesByEvent, event),
    eventsForActor: (actor: string) => get(relations.eventsByActor, actor),
    eventsForIssue: (issue: string) => get(relations.eventsByIssue, issue),
    actorsForIssue: (issue: string) => get(relations.actorsByIssue, issue),
    quotesByActor: (actor: string) => get(relations.quotesByActor, actor),
    quotesForIssue: (issue: string) => get(relations.quotesByIssue, issue),
    membersOf: (actor: string) => get(relations.members, actor),
    relatedArticles: (article: string) => get(relatedArticles, article),
    /** The issues an actor is involved in, in issue order. */
    issuesForActor: (actor: string) => get(issuesByActor, actor),
    /** The events an article reports, in timeline order. */
    eventsForArticle: (article: string) => eventsOfArticle.get(article) ?? [],
    /** What shows an actor's involvement in an issue (empty lists when none). */
    evidence: (issue: string, actor: string): Evidence<E> => relations.involvement.get(issue)?.get(actor) ?? { articles: [], events: [], quotes: [] },
    /** Pairs of actors who appear together, most shared appearances first. */
    actorPairs,
    /** The front page's main actors. */
    mainActors: rankMainActors(actors, relations, locale),
    /** Who's who, grouped by country. */
    actorsByCountry: groupActorsByCountry(actors),
    /** The timeline's period pages, in order (src/lib/timeline-periods.ts), each with its events and URL. */
    periods,
    /** A period and its neighbours, for the prev/next navigation. */
    period: (key: string) => {
      const i = periodIndex.get(key);
      return i === undefined ? undefined : { ...periods[i]!, previous: periods[i - 1], next: periods[i + 1] };
    },
    /** The overview chart on `/timeline/`: events per month of every year that has any, each linked to where they are. */
    overview: overviewByMonth(events, periodOf, urls.period),
    /** The most recent events, for the front page's key dates. */
    recentEvents: (count: number) => events.slice(-count),
    /** Commitments an actor made (`by`) or received (`to`). */
    commitmentsForActor: (actor: string) => get(promises.byActor, actor),
    commitmentsForIssue: (issue: string) => get(promises.byIssue, issue),
    /** Status changes an event caused. */
    commitmentChangesForEvent: (event: string) => get(promises.changesByEvent, event),
    /** Commitments made at an event. */
    commitmentsMadeAt: (event: string) => get(promises.madeAtEvent, event),
    relatedArticlesForCommitment: (commitment: string) => get(promises.relatedArticles, commitment),
    /** How many commitments stand at each status now. */
    statusCount: (status: CommitmentStatus) => statusCounts.get(status) ?? 0,
    /** Every correction on the site, newest first. */
    corrections,
    /** The entry a correction belongs to, as this edition shows it. */
    correctedEntry: (c: EntryCorrection): { title: string; url: string; lang: Locale } => {
      const byCollection: Record<CollectionName, Map<string, { url: string; lang: Locale; title?: string; name?: string }>> = {
        articles: articleById,
        actors: actorById,
        issues: issueById,
        events: eventById,
        commitments: commitmentById,
      };
      const entry = byCollection[c.collection].get(c.entry)!;
      return { title: entry.title ?? entry.name ?? c.entry, url: entry.url, lang: entry.lang };
    },
  };
}

export type SiteData<E = unknown> = ReturnType<typeof buildSiteData<E>>;
