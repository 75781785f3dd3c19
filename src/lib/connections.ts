/**
 * What the connections pages show, derived from the site's data: who is involved in which issue
 * (the actor × issue matrix, grouped by country), who appears with whom and on which issues
 * (ties), and, for one actor, the evidence behind each of their cells and ties. Pure: fed by
 * `buildSiteData()` in the build and by small fixtures in tests.
 */
import type { Actor, Article, Event, Evidence, Issue, SiteData } from './site-data.ts';
import { ANCHORS } from './routes.ts';

/** Countries that lead every grouping (the two sides of the talks); the rest follow by name. */
export const LEADING_COUNTRIES = ['MX', 'US'];

/**
 * How many of an actor's ties their page shows with the evidence in full (a newsroom-sized site
 * can tie one actor to hundreds); weaker ones are listed by name.
 */
export const TIES_IN_DETAIL = 40;

/** Darker cells for stronger involvement: four steps, so that a few big numbers do not wash out the rest. */
export const LEVELS = 4;

export interface Cell<E = unknown> {
  issue: Issue<E>;
  evidence: Evidence<E>;
  /** Articles + events + quotations. */
  count: number;
  /** 1 (weakest) to LEVELS (strongest on the page); 0 when there is no evidence. */
  level: number;
}

export interface MatrixRow<E = unknown> {
  actor: Actor<E>;
  cells: Cell<E>[];
  total: number;
}

export interface CountryGroup<T> {
  /** ISO code, or '' for actors with no country. */
  code: string;
  items: T[];
}

export interface Tie<E = unknown> {
  /** The two actors; on one actor's page, `a` is that actor. */
  a: Actor<E>;
  b: Actor<E>;
  articles: Article<E>[];
  events: Event<E>[];
  /** Shared articles + events. */
  weight: number;
  /** The issues of what they share, most shared first, with how many of the shared items are on each. */
  issues: Array<{ issue: Issue<E>; count: number }>;
}

/** One issue on an actor's connections page: the evidence, and who appears with them on it. */
export interface ActorIssue<E = unknown> {
  issue: Issue<E>;
  evidence: Evidence<E>;
  count: number;
  partners: Array<{ actor: Actor<E>; count: number }>;
}

export interface ActorConnections<E = unknown> {
  actor: Actor<E>;
  issues: ActorIssue<E>[];
  /** Everyone they appear with, strongest tie first. */
  ties: Tie<E>[];
}

/** An actor's connections page, in the edition the site data is built for. */
export const connectionsUrl = (site: { urls: { connections: (actor: string) => string } }, actor: string) => site.urls.connections(actor);

const count = (e: Evidence<unknown>) => e.articles.length + e.events.length + e.quotes.length;

/**
 * Strength on a log scale from 1 to LEVELS, relative to the strongest on the page: with a
 * strongest of 14, 1 is level 1, 2–3 level 2, 4–7 level 3 and 8–14 level 4.
 */
export function levelOf(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(LEVELS, 1 + Math.floor((LEVELS * Math.log(value)) / Math.log(max + 1)));
}

/**
 * Groups by country: Mexico and the United States first, then other countries by their
 * names as `nameOf` gives them, then items with no country.
 */
export function byCountry<T>(items: readonly T[], countryOf: (item: T) => string | undefined, nameOf: (code: string) => string, locale = 'en'): CountryGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const code = countryOf(item) ?? '';
    const list = groups.get(code);
    if (list) list.push(item);
    else groups.set(code, [item]);
  }
  const rank = (code: string) => (LEADING_COUNTRIES.includes(code) ? LEADING_COUNTRIES.indexOf(code) : code === '' ? Infinity : LEADING_COUNTRIES.length);
  return [...groups.keys()]
    .sort((a, b) => rank(a) - rank(b) || nameOf(a).localeCompare(nameOf(b), locale))
    .map((code) => ({ code, items: groups.get(code)! }));
}

/** The actors with a connections page: those with evidence on an issue or a tie to someone. */
export function connectedActors<E>(site: SiteData<E>): Actor<E>[] {
  const tied = new Set(site.actorPairs.flatMap((pair) => pair.actors));
  return site.actors.filter((actor) => tied.has(actor.id) || site.issuesForActor(actor.id).length > 0);
}

/**
 * The actor × issue matrix: a row for every actor with a connections page, grouped by country
 * and, within a country, most involved first.
 */
export function involvementMatrix<E>(site: SiteData<E>, nameOf: (code: string) => string, locale = 'en'): { issues: Issue<E>[]; groups: CountryGroup<MatrixRow<E>>[] } {
  const rows = connectedActors(site).map((actor) => {
    const cells = site.issues.map((issue) => {
      const evidence = site.evidence(issue.id, actor.id);
      return { issue, evidence, count: count(evidence), level: 0 };
    });
    return { actor, cells, total: cells.reduce((n, c) => n + c.count, 0) };
  });
  const shown = rows;
  const max = Math.max(0, ...shown.flatMap((r) => r.cells.map((c) => c.count)));
  for (const row of shown) for (const cell of row.cells) cell.level = levelOf(cell.count, max);
  shown.sort((a, b) => b.total - a.total || a.actor.name.localeCompare(b.actor.name, locale));
  return { issues: site.issues, groups: byCountry(shown, (r) => r.actor.country, nameOf, locale) };
}

/** All ties, strongest first, as the site's pairs are. */
export function ties<E>(site: SiteData<E>): Tie<E>[] {
  return site.actorPairs.map((pair) => {
    const articles = pair.articles.map((id) => site.article(id)!);
    const events = pair.events.map((id) => site.event(id)!);
    const perIssue = new Map<string, number>();
    for (const item of [...articles, ...events]) for (const issue of item.issues) perIssue.set(issue, (perIssue.get(issue) ?? 0) + 1);
    const issues = site.issues
      .filter((issue) => perIssue.has(issue.id))
      .map((issue) => ({ issue, count: perIssue.get(issue.id)! }))
      .sort((x, y) => y.count - x.count);
    return { a: site.actor(pair.actors[0])!, b: site.actor(pair.actors[1])!, articles, events, weight: articles.length + events.length, issues };
  });
}

/** The strongest `limit` ties, each pair once. */
export function strongestTies<E>(site: SiteData<E>, limit: number): Tie<E>[] {
  return ties(site).slice(0, limit);
}

/** An index of every actor's connections, built in one pass over the ties. */
export function connectionsByActor<E>(site: SiteData<E>): (actor: string) => ActorConnections<E> {
  const tiesOf = new Map<string, Tie<E>[]>();
  const add = (id: string, tie: Tie<E>) => {
    const list = tiesOf.get(id);
    if (list) list.push(tie);
    else tiesOf.set(id, [tie]);
  };
  for (const tie of ties(site)) {
    add(tie.a.id, tie);
    add(tie.b.id, { ...tie, a: tie.b, b: tie.a });
  }
  // Each actor's connections are computed once: pages link to ties through `tieHref`, which asks for both ends.
  const computed = new Map<string, ActorConnections<E>>();
  return (id) => {
    const known = computed.get(id);
    if (known) return known;
    const actor = site.actor(id);
    if (!actor) throw new Error(`No actor "${id}"`);
    const own = tiesOf.get(id) ?? [];
    const issues = site.issuesForActor(id).map((issue) => {
      const evidence = site.evidence(issue.id, id);
      const partners = own
        .map((tie) => ({ actor: tie.b, count: tie.issues.find((i) => i.issue.id === issue.id)?.count ?? 0 }))
        .filter((p) => p.count > 0)
        .sort((x, y) => y.count - x.count || x.actor.name.localeCompare(y.actor.name, 'en'));
      return { issue, evidence, count: count(evidence), partners };
    });
    const connections = { actor, issues, ties: own };
    computed.set(id, connections);
    return connections;
  };
}

const memo = new WeakMap<object, (actor: string) => ActorConnections<never>>();

/** One actor's connections; the index behind it is built once per site. */
export function connectionsFor<E>(site: SiteData<E>, actor: string): ActorConnections<E> {
  let index = memo.get(site) as ((actor: string) => ActorConnections<E>) | undefined;
  if (!index) {
    index = connectionsByActor(site);
    memo.set(site, index as (actor: string) => ActorConnections<never>);
  }
  return index(actor);
}

/**
 * Where the evidence for the tie between two actors is: on `from`'s page when it shows that tie
 * in full, else on `to`'s page when that one does, else `to`'s page itself.
 */
export function tieHref<E>(site: SiteData<E>, from: string, to: string): string {
  const detailed = (actor: string, other: string) => connectionsFor(site, actor).ties.slice(0, TIES_IN_DETAIL).some((tie) => tie.b.id === other);
  if (detailed(from, to)) return `${connectionsUrl(site, from)}#${ANCHORS.tie(to)}`;
  if (detailed(to, from)) return `${connectionsUrl(site, to)}#${ANCHORS.tie(from)}`;
  return connectionsUrl(site, to);
}
