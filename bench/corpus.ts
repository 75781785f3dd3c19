/**
 * The synthetic corpus: N articles of about 8 KB (sections, tables, footnotes, a quotation,
 * actors named by name and alias), N/5 actors, N/2 events of mixed date precision. Built in
 * memory from a seed, then written out in the content contract (and, by hugo-site.ts, as the
 * equivalent Hugo site), so both generators read the same bodies.
 */
import { createRandom, type Random } from './random.ts';
import { termKey } from '../src/markdown/mentions.ts';
import { toId } from '../src/core/ids.ts';
import * as W from './words.ts';

export interface Source {
  title: string;
  publisher: string;
  date?: string;
  url?: string;
}

export interface Actor {
  id: string;
  name: string;
  kind: 'person' | 'organization';
  role: string;
  country: string;
  aliases: string[];
  affiliations: string[];
  sources: Source[];
  body: string;
}

export interface Event {
  id: string;
  title: string;
  /** As written in YAML: `"2025"`, `"2025-03"` (quoted) or `2025-03-14` (unquoted). */
  date: string;
  end?: string;
  actors: string[];
  issues: string[];
  sources: Source[];
  body: string;
}

export interface Article {
  id: string;
  title: string;
  summary: string;
  published: string;
  author: string;
  issues: string[];
  /** Actors the article is about (frontmatter). */
  actors: string[];
  /** Actors only named in the text. */
  mentioned: string[];
  events: string[];
  sources: Source[];
  body: string;
}

export interface Corpus {
  seed: number;
  actors: Actor[];
  events: Event[];
  articles: Article[];
  /** Ids of the real issues the corpus refers to. */
  issues: string[];
}

/** The mention matcher's own key, so uniqueness is judged as the content checks judge it. */
const foldKey = termKey;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const slug = toId;

/** Hands out coined words and acronyms that no other actor uses, however spelt. */
function createNamer(random: Random) {
  const taken = new Set<string>();
  const claim = (term: string) => {
    const key = foldKey(term);
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  };
  return {
    claim,
    coined(): string {
      for (;;) {
        const parts = Array.from({ length: random.int(2, 3) }, () => random.pick(W.SYLLABLES));
        let word = capitalise(parts.join(''));
        // Some accents, so the matcher's accent folding is exercised as it is by "García".
        if (random.chance(0.2)) word = word.replace('a', 'á');
        if (claim(word)) return word;
      }
    },
    /** Consonants only, so an acronym can never be a word of the prose (acronyms match in capitals only). */
    acronym(): string {
      const letters = 'BCDFGHJKLMNPRSTVWZ';
      for (;;) {
        const word = Array.from({ length: random.int(3, 4) }, () => letters[random.int(0, letters.length - 1)]).join('');
        if (claim(word)) return word;
      }
    },
  };
}

function isoDay(start: Date, offsetDays: number): string {
  return new Date(start.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function makeSources(random: Random, count: number, tag: string): Source[] {
  return Array.from({ length: count }, (_, i) => {
    const publisher = random.pick(W.PUBLISHERS);
    const source: Source = { title: `Report on ${random.pick(W.TOPICS)} (${tag}, ${i + 1})`, publisher };
    if (random.chance(0.7)) source.date = isoDay(new Date(Date.UTC(2024, 0, 1)), random.int(0, 900));
    if (random.chance(0.8)) source.url = `https://news.example/${slug(publisher)}/${tag}-${i + 1}`;
    return source;
  });
}

function makeActors(random: Random, count: number): Actor[] {
  const namer = createNamer(random);
  const actors: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const person = i % 10 >= 3; // about 70% people, 30% organisations
    const coined = namer.coined();
    let name: string;
    const aliases: string[] = [];
    if (person) {
      name = `${random.pick(W.FIRST_NAMES)} ${coined}`;
      aliases.push(coined);
      if (random.chance(0.5)) {
        const titled = `${random.pick(W.PERSON_TITLES)} ${coined}`;
        if (namer.claim(titled)) aliases.push(titled);
      }
    } else {
      name = `${coined} ${random.pick(W.ORG_KINDS)}`;
      aliases.push(namer.acronym());
      if (random.chance(0.5)) aliases.push(`the ${coined} group`);
    }
    namer.claim(name);
    const organisations = actors.filter((a) => a.kind === 'organization');
    actors.push({
      id: `${slug(name)}-${i}`,
      name,
      kind: person ? 'person' : 'organization',
      role: random.pick(person ? W.PERSON_ROLES : W.ORG_ROLES),
      country: random.pick(W.COUNTRIES),
      aliases,
      affiliations: person && organisations.length > 0 && random.chance(0.5) ? [random.pick(organisations).id] : [],
      sources: makeSources(random, 1, `actor-${i}`),
      body: '',
    });
  }
  for (const actor of actors) actor.body = actorProfile(random, actor, actors);
  return actors;
}

/** How the text names an actor: full name the first time, then any alias. */
function nameIn(random: Random, actor: Actor, first: boolean): string {
  if (first || actor.aliases.length === 0) return actor.name;
  return random.chance(0.3) ? actor.name : random.pick(actor.aliases);
}

const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

function sentence(random: Random, subject: string): string {
  const object = `the ${random.pick(W.ADJECTIVES)} ${random.pick(W.NOUNS)} on ${random.pick(W.TOPICS)}`;
  const forms = [
    () => `${subject} ${random.pick(W.VERBS)} ${object} ${random.pick(W.CLOSINGS)}.`,
    () => `In ${random.pick(W.CITIES)}, ${subject} ${random.pick(W.VERBS)} ${object}, and the ${random.pick(W.NOUNS)} that followed was *${random.pick(W.ADJECTIVES)}*.`,
    () => `"It's ${withArticle(random.pick(W.ADJECTIVES))} ${random.pick(W.NOUNS)}," ${subject} said of ${object}, ${random.pick(W.CLOSINGS)}.`,
    () => `The ${random.pick(W.NOUNS)}'s critics say ${subject} ${random.pick(W.VERBS)} ${object} too late — about ${random.int(2, 90)}% of it remains ${random.pick(W.ADJECTIVES)}.`,
    () => `${capitalise(random.pick(W.ADJECTIVES))} or not, the ${random.pick(W.NOUNS)} ${random.pick(W.VERBS)} by ${subject} covers ${random.int(3, 400)} ${random.pick(W.TOPICS)}, ${random.pick(W.CLOSINGS)}.`,
  ];
  return random.pick(forms)();
}

/** A paragraph of 3–5 sentences; about half of them name an actor. */
function paragraph(random: Random, cast: readonly Actor[], named: Set<string>, footnote?: string): string {
  const sentences: string[] = [];
  const count = random.int(3, 5);
  for (let i = 0; i < count; i++) {
    let subject = `the ${random.pick(W.NOUNS)} team`;
    if (cast.length > 0 && random.chance(0.55)) {
      const actor = random.pick(cast);
      subject = nameIn(random, actor, !named.has(actor.id));
      named.add(actor.id);
    }
    let text = sentence(random, subject);
    text = text.charAt(0).toUpperCase() + text.slice(1);
    if (footnote && i === count - 1) text = text.replace(/\.$/, `.[^${footnote}]`);
    sentences.push(text);
  }
  return sentences.join(' ');
}

function table(random: Random, year: number): string {
  const rows = Array.from({ length: random.int(4, 6) }, (_, i) => {
    const month = String(random.int(1, 12)).padStart(2, '0');
    const when = i % 3 === 0 ? `${year}-${month}` : `${year}-${month}-${String(random.int(1, 28)).padStart(2, '0')}`;
    return `| ${when} | The ${random.pick(W.ADJECTIVES)} ${random.pick(W.NOUNS)} on ${random.pick(W.TOPICS)} | ${random.pick(W.PUBLISHERS)} |`;
  });
  return ['| When | What happened | Source |', '| --- | --- | --- |', ...rows].join('\n');
}

function articleBody(random: Random, article: Omit<Article, 'body'>, actorById: Map<string, Actor>): string {
  const cast = [...article.actors, ...article.mentioned].map((id) => actorById.get(id)!);
  const named = new Set<string>();
  const headings = random.sample(W.HEADINGS, 5);
  const speaker = actorById.get(article.actors[0]!)!;
  const quoteSource = random.int(1, article.sources.length);
  const year = Number(article.published.slice(0, 4));
  const blocks: string[] = [paragraph(random, cast, named), paragraph(random, cast, named)];
  headings.forEach((heading, index) => {
    blocks.push(`## ${heading}`);
    const paragraphs = random.int(2, 3);
    for (let p = 0; p < paragraphs; p++) {
      const footnote = index === 1 && p === 0 ? '1' : index === 3 && p === 1 ? '2' : undefined;
      blocks.push(paragraph(random, cast, named, footnote));
      if (index === 1 && p === 0) {
        blocks.push(`:::quote{actor="${speaker.id}" source="${quoteSource}"}\n${random.pick(W.QUOTES)}\n:::`);
      }
    }
    if (index === 2) blocks.push(table(random, year));
  });
  blocks.push(`[^1]: The figures vary by source; ${random.pick(W.PUBLISHERS)} gives ${random.int(10, 900)} and [an earlier report](https://news.example/notes/${article.id}) gives ${random.int(10, 900)}.`);
  blocks.push(`[^2]: ${capitalise(sentence(random, `the ${random.pick(W.NOUNS)} office`))}`);
  return `\n${blocks.join('\n\n')}\n`;
}

function actorProfile(random: Random, actor: Actor, actors: readonly Actor[]): string {
  const others = random.sample(actors.filter((a) => a.id !== actor.id), 2);
  const named = new Set<string>([actor.id]);
  return `\n${actor.name} is ${actor.role.toLowerCase()} in this story. ${paragraph(random, others, named)}\n\n${paragraph(random, others, named)}\n`;
}

function makeEvents(random: Random, count: number, actors: readonly Actor[], issues: readonly string[]): Event[] {
  const actorById = new Map(actors.map((a) => [a.id, a]));
  return Array.from({ length: count }, (_, i) => {
    const year = random.int(2015, 2026);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const mm = String(month).padStart(2, '0');
    const dd = String(day).padStart(2, '0');
    // Mixed precision, as the contract allows; quoted where YAML would otherwise read a number.
    const precision = random.pick(['year', 'month', 'day', 'day'] as const);
    const written = (y: number) => (precision === 'year' ? `"${y}"` : precision === 'month' ? `"${y}-${mm}"` : `${y}-${mm}-${dd}`);
    const eventActors = random.sample(actors, random.int(1, 3)).map((a) => a.id);
    const title = `${capitalise(random.pick(W.ADJECTIVES))} ${random.pick(W.NOUNS)} on ${random.pick(W.TOPICS)} in ${random.pick(W.CITIES)}`;
    return {
      id: `${slug(title)}-${i}`,
      title,
      date: written(year),
      end: random.chance(0.15) ? written(year + random.int(1, 3)) : undefined,
      actors: eventActors,
      issues: random.sample(issues, random.int(1, 2)),
      sources: makeSources(random, random.int(1, 2), `event-${i}`),
      body: `\n${paragraph(random, eventActors.map((id) => actorById.get(id)!), new Set())}\n`,
    };
  });
}

function makeArticles(random: Random, count: number, actors: readonly Actor[], events: readonly Event[], issues: readonly string[]): Article[] {
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const start = new Date(Date.UTC(2024, 0, 1));
  return Array.from({ length: count }, (_, i) => {
    // Article i is about actor i mod A and reports event i mod E, so every actor and event is used.
    const featured = [actors[i % actors.length]!.id, ...random.sample(actors, random.int(1, 3)).map((a) => a.id)];
    const about = [...new Set(featured)];
    const mentioned = random.sample(actors, random.int(1, 3)).map((a) => a.id).filter((id) => !about.includes(id));
    const reported = [...new Set([events[i % events.length]!.id, ...random.sample(events, random.int(0, 2)).map((e) => e.id)])];
    const title = `${capitalise(random.pick(W.ADJECTIVES))} ${random.pick(W.NOUNS)}: what the ${random.pick(W.TOPICS)} mean for ${random.pick(W.CITIES)}`;
    const lead = actorById.get(about[0]!)!;
    const head = {
      id: `${slug(title)}-${i}`,
      title,
      summary: `${lead.name} and the ${random.pick(W.NOUNS)} on ${random.pick(W.TOPICS)}: how the ${random.pick(W.ADJECTIVES)} talks moved, and what comes next.`,
      published: isoDay(start, random.int(0, 1000)),
      author: random.pick(W.AUTHORS),
      issues: random.sample(issues, random.int(1, 3)),
      actors: about,
      mentioned,
      events: reported,
      sources: makeSources(random, random.int(2, 4), `article-${i}`),
    };
    return { ...head, body: articleBody(random, head, actorById) };
  });
}

/** The whole corpus for N articles; the same seed always gives the same files. */
export function generateCorpus(articleCount: number, issues: readonly string[], seed = 20250903): Corpus {
  const random = createRandom(seed + articleCount);
  const actors = makeActors(random, Math.max(5, Math.round(articleCount / 5)));
  const events = makeEvents(random, Math.max(2, Math.round(articleCount / 2)), actors, issues);
  const articles = makeArticles(random, articleCount, actors, events, issues);
  return { seed, actors, events, articles, issues: [...issues] };
}
