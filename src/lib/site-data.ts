/**
 * The site's data, derived once: entries checked, drafts dropped, everything sorted, and the
 * relations pages need (who appears where, which events belong to an issue, who said what)
 * computed in one pass. Pure: fed by `loadSiteData()` in the build and by fixtures in tests.
 */
import type { ActorData, ArticleData, EventData, IssueData, Source } from '../schemas/index.ts';
import { compareDated } from './dates.ts';
import type { QuoteRecord } from '../plugins/remark-quotes.ts';
import type { ReadingStats } from '../plugins/rehype-reading-stats.ts';

/** A reference as Astro's `reference()` gives it, or a plain id. */
type Ref = string | { id: string };
type WithRefs<T, K extends keyof T> = Omit<T, K> & { [P in K]: Ref[] };

/** What a loader hands over for one entry: enough to check it, derive from it and render it. */
export interface RawEntry<Data> {
  id: string;
  data: Data;
  filePath?: string;
  rendered?: { metadata?: { frontmatter?: Record<string, unknown> } };
}

export interface SiteInput<E = unknown> {
  actors: Array<RawEntry<WithRefs<ActorData, 'affiliations'>> & E>;
  issues: Array<RawEntry<IssueData> & E>;
  events: Array<RawEntry<WithRefs<EventData, 'actors' | 'issues'>> & E>;
  articles: Array<RawEntry<WithRefs<ArticleData, 'issues' | 'actors' | 'events'>> & E>;
}

export interface TextFindings {
  /** Actors named in the body (ids, sorted). */
  mentions: string[];
  quotes: QuoteRecord[];
  reading: ReadingStats;
}

export type Actor<E = unknown> = ActorData & { id: string; url: string; file: string; entry: E } & TextFindings;
export type Issue<E = unknown> = IssueData & { id: string; url: string; file: string; entry: E } & TextFindings;
export type Event<E = unknown> = EventData & { id: string; url: string; file: string; entry: E } & TextFindings;
export type Article<E = unknown> = ArticleData & { id: string; url: string; file: string; entry: E } & TextFindings;

/** A quotation, resolved: who, what, where it was reported and where it appears. */
export interface Quote {
  actor: string;
  text: string;
  source: Source;
  article: string;
  issues: string[];
}

/** Why an actor counts as involved in an issue: the articles, events and quotations that show it. */
export interface Evidence<E = unknown> {
  articles: Article<E>[];
  events: Event<E>[];
  quotes: Quote[];
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

function findings(entry: RawEntry<unknown>, file: string): TextFindings {
  const frontmatter = entry.rendered?.metadata?.frontmatter;
  if (!frontmatter) {
    // Astro logs a render error and carries on; a page without its body is worse than no build.
    throw new SiteDataError(`${file} did not render (see the error logged above for the reason); the build stops rather than publish it without its text`);
  }
  return {
    mentions: (frontmatter.mentions as string[] | undefined) ?? [],
    quotes: (frontmatter.quotes as QuoteRecord[] | undefined) ?? [],
    reading: (frontmatter.reading as ReadingStats | undefined) ?? { words: 0, minutes: 0 },
  };
}

function groupInto<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function actorsInArticleIds(article: { actors: string[]; mentions: string[] }): string[] {
  return [...article.actors, ...article.mentions];
}

function byTitle(a: { title: string }, b: { title: string }) {
  return a.title.localeCompare(b.title, 'en');
}

export function buildSiteData<E>(input: SiteInput<E>, base = '/') {
  const fileOf = (collection: string, entry: RawEntry<unknown>) => entry.filePath ?? `content/${collection}/${entry.id}.md`;

  const actors: Actor<E>[] = input.actors
    .map((entry) => {
      const file = fileOf('actors', entry);
      return { ...entry.data, affiliations: ids(entry.data.affiliations), id: entry.id, url: `${base}actors/${entry.id}/`, file, entry, ...findings(entry, file) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));

  const issues: Issue<E>[] = input.issues
    .map((entry) => {
      const file = fileOf('issues', entry);
      return { ...entry.data, id: entry.id, url: `${base}issues/${entry.id}/`, file, entry, ...findings(entry, file) };
    })
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || byTitle(a, b) || a.id.localeCompare(b.id));

  const events: Event<E>[] = input.events
    .map((entry) => {
      const file = fileOf('events', entry);
      return { ...entry.data, actors: ids(entry.data.actors), issues: ids(entry.data.issues), id: entry.id, url: `${base}timeline/#${entry.id}`, file, entry, ...findings(entry, file) };
    })
    .sort(compareDated);

  const articles: Article<E>[] = input.articles
    .filter((entry) => entry.data.draft !== true)
    .map((entry) => {
      const file = fileOf('articles', entry);
      const data = entry.data;
      return {
        ...data,
        issues: ids(data.issues),
        actors: ids(data.actors),
        events: ids(data.events),
        id: entry.id,
        url: `${base}articles/${entry.id}/`,
        file,
        entry,
        ...findings(entry, file),
      };
    })
    .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));

  const actorById = new Map(actors.map((a) => [a.id, a]));
  const issueById = new Map(issues.map((i) => [i.id, i]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const collectionIds = { actors: actorById, issues: issueById, events: eventById };

  // The content checks resolve references before the build; this guards the data module on its own.
  const check = (file: string, field: string, collection: keyof typeof collectionIds, values: string[]) => {
    for (const value of values) {
      if (!collectionIds[collection].has(value)) throw new SiteDataError(`${file}: ${field} refers to "${value}", which is not an id in ${collection}`);
    }
  };
  for (const a of actors) check(a.file, 'affiliations', 'actors', a.affiliations);
  for (const e of events) {
    check(e.file, 'actors', 'actors', e.actors);
    check(e.file, 'issues', 'issues', e.issues);
  }
  for (const a of articles) {
    check(a.file, 'issues', 'issues', a.issues);
    check(a.file, 'actors', 'actors', a.actors);
    check(a.file, 'events', 'events', a.events);
    check(a.file, 'mentions', 'actors', a.mentions);
    check(a.file, 'quote.actor', 'actors', a.quotes.map((q) => q.actor));
  }

  const articlesFeaturing = new Map<string, Article<E>[]>();
  const articlesMentioning = new Map<string, Article<E>[]>();
  const articlesByIssue = new Map<string, Article<E>[]>();
  const articlesByEvent = new Map<string, Article<E>[]>();
  const eventsByActor = new Map<string, Event<E>[]>();
  const eventsByIssue = new Map<string, Event<E>[]>();
  const quotesByActor = new Map<string, Quote[]>();
  const quotesByIssue = new Map<string, Quote[]>();
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
      for (const actor of new Set([...article.actors, ...article.mentions])) evidenceFor(issue, actor).articles.push(article);
    }
    for (const event of article.events) groupInto(articlesByEvent, event, article);
    for (const record of article.quotes) {
      const source = article.sources[record.source - 1];
      if (!source) throw new SiteDataError(`${article.file}: quote.source ${record.source} is not a position in its sources`);
      const quote: Quote = { actor: record.actor, text: record.text, source, article: article.id, issues: article.issues };
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
  const weight = (e: Evidence<E>) => e.articles.length + e.events.length + e.quotes.length;
  for (const [issue, byActor] of involvement) {
    const ranked = [...byActor].sort((a, b) => weight(b[1]) - weight(a[1]) || actorById.get(a[0])!.name.localeCompare(actorById.get(b[0])!.name, 'en'));
    actorsByIssue.set(issue, ranked.map(([id]) => actorById.get(id)!));
  }

  // Co-appearance: every pair of actors in the same article (featured or mentioned) or event.
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
  const actorPairs = [...pairs.values()].sort(
    (a, b) => b.articles.length + b.events.length - (a.articles.length + a.events.length) || a.actors.join().localeCompare(b.actors.join()),
  );

  const get = <V>(map: Map<string, V[]>, key: string): V[] => map.get(key) ?? [];

  // Related articles through inverted indexes: only articles that share an actor or an event are
  // scored, so the cost follows the overlaps rather than the square of the article count. Shared
  // issues add weight among those; short lists are filled with the newest articles on its issues.
  const articlesWithActor = new Map<string, Article<E>[]>();
  for (const article of articles) for (const actor of new Set(actorsInArticleIds(article))) groupInto(articlesWithActor, actor, article);
  const relatedArticles = new Map<string, Article<E>[]>();
  for (const article of articles) {
    const scores = new Map<Article<E>, number>();
    const add = (other: Article<E>, points: number) => {
      if (other !== article) scores.set(other, (scores.get(other) ?? 0) + points);
    };
    for (const actor of new Set(actorsInArticleIds(article))) for (const other of get(articlesWithActor, actor)) add(other, 1);
    for (const event of article.events) for (const other of get(articlesByEvent, event)) add(other, 2);
    for (const other of [...scores.keys()]) add(other, 3 * other.issues.filter((i) => article.issues.includes(i)).length);
    const related = [...scores]
      .sort((a, b) => b[1] - a[1] || b[0].published.localeCompare(a[0].published) || a[0].id.localeCompare(b[0].id))
      .slice(0, 3)
      .map(([other]) => other);
    for (const issue of article.issues) {
      for (const other of get(articlesByIssue, issue)) if (related.length < 3 && other !== article && !related.includes(other)) related.push(other);
    }
    relatedArticles.set(article.id, related);
  }

  const issuesByActor = new Map<string, Issue<E>[]>();
  for (const issue of issues) for (const actor of get(actorsByIssue, issue.id)) groupInto(issuesByActor, actor.id, issue);
  const eventsOfArticle = new Map(articles.map((a) => [a.id, a.events.map((id) => eventById.get(id)!).sort(compareDated)]));


  return {
    base,
    actors,
    issues,
    events,
    articles,
    actor: (id: string) => actorById.get(id),
    issue: (id: string) => issueById.get(id),
    event: (id: string) => eventById.get(id),
    article: (id: string) => articleById.get(id),
    articlesFeaturing: (actor: string) => get(articlesFeaturing, actor),
    articlesMentioning: (actor: string) => get(articlesMentioning, actor),
    articlesForIssue: (issue: string) => get(articlesByIssue, issue),
    articlesForEvent: (event: string) => get(articlesByEvent, event),
    eventsForActor: (actor: string) => get(eventsByActor, actor),
    eventsForIssue: (issue: string) => get(eventsByIssue, issue),
    actorsForIssue: (issue: string) => get(actorsByIssue, issue),
    quotesByActor: (actor: string) => get(quotesByActor, actor),
    quotesForIssue: (issue: string) => get(quotesByIssue, issue),
    membersOf: (actor: string) => get(members, actor),
    relatedArticles: (article: string) => get(relatedArticles, article),
    /** The issues an actor is involved in, in issue order. */
    issuesForActor: (actor: string) => get(issuesByActor, actor),
    /** The events an article reports, in timeline order. */
    eventsForArticle: (article: string) => eventsOfArticle.get(article) ?? [],
    /** What shows an actor's involvement in an issue (empty lists when none). */
    evidence: (issue: string, actor: string): Evidence<E> => involvement.get(issue)?.get(actor) ?? { articles: [], events: [], quotes: [] },
    /** Pairs of actors who appear together, most shared appearances first. */
    actorPairs,
  };
}

export type SiteData<E = unknown> = ReturnType<typeof buildSiteData<E>>;

/** `/data/<collection>.json`: flat records sorted by id, dates exactly as written. */
export function dataRecords<E>(site: SiteData<E>, collection: 'actors' | 'issues' | 'events' | 'articles'): Array<Record<string, unknown>> {
  const strip = ({ entry: _entry, file: _file, quotes: _quotes, reading: _reading, mentions, ...rest }: Actor<E> | Issue<E> | Event<E> | Article<E>) =>
    collection === 'articles' ? { ...rest, mentions } : rest;
  const list = site[collection] as Array<Actor<E> | Issue<E> | Event<E> | Article<E>>;
  return [...list]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((item) => {
      const { id, url, ...fields } = strip(item) as Record<string, unknown> & { id: string; url: string };
      return { id, url, ...fields };
    });
}
