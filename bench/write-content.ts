/**
 * Writes the synthetic corpus into a project's `content/` in the content contract, replacing
 * whatever was there; the real issues are copied as they are.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Actor, Article, Corpus, Event, Source } from './corpus.ts';
import { idFromFileName } from '../src/core/ids.ts';
import { CONTENT_DIR, entryFile } from '../src/core/content-paths.ts';

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
const q = (text: string) => JSON.stringify(text);

function list(field: string, ids: readonly string[]): string[] {
  return ids.length === 0 ? [] : [`${field}:`, ...ids.map((id) => `  - ${id}`)];
}

function sources(items: readonly Source[]): string[] {
  if (items.length === 0) return [];
  const lines = ['sources:'];
  for (const s of items) {
    lines.push(`  - title: ${q(s.title)}`, `    publisher: ${q(s.publisher)}`);
    // Unquoted, as editors write them: YAML's core schema keeps it a string.
    if (s.date) lines.push(`    date: ${s.date}`);
    if (s.url) lines.push(`    url: ${s.url}`);
  }
  return lines;
}

const file = (frontmatter: string[], body: string) => `---\n${frontmatter.join('\n')}\n---\n${body}`;

export function actorFile(a: Actor): string {
  return file(
    [`name: ${q(a.name)}`, `kind: ${a.kind}`, `role: ${q(a.role)}`, `country: ${a.country}`, 'aliases:', ...a.aliases.map((x) => `  - ${q(x)}`), ...list('affiliations', a.affiliations), ...sources(a.sources)],
    a.body,
  );
}

export function eventFile(e: Event): string {
  return file(
    [`title: ${q(e.title)}`, `date: ${e.date}`, ...(e.end ? [`end: ${e.end}`] : []), ...list('actors', e.actors), ...list('issues', e.issues), ...sources(e.sources)],
    e.body,
  );
}

export function articleFile(a: Article): string {
  return file(
    [
      `title: ${q(a.title)}`,
      `summary: ${q(a.summary)}`,
      `published: ${a.published}`,
      `author: ${q(a.author)}`,
      ...list('issues', a.issues),
      ...list('actors', a.actors),
      ...list('events', a.events),
      ...sources(a.sources),
    ],
    a.body,
  );
}

/** The ids of the real issues, read from the project's own content. */
export function realIssueIds(issuesDir: string): string[] {
  return readdirSync(issuesDir)
    .filter((name) => name.endsWith('.md'))
    .map(idFromFileName)
    .sort();
}

/** Replaces `<project>/content` with the corpus; returns the number of bytes written. */
export function writeContent(project: string, corpus: Corpus, realIssuesDir: string): number {
  const content = path.join(project, CONTENT_DIR);
  rmSync(content, { recursive: true, force: true });
  for (const dir of ['actors', 'events', 'articles']) mkdirSync(path.join(content, dir), { recursive: true });
  cpSync(realIssuesDir, path.join(content, 'issues'), { recursive: true });
  let bytes = 0;
  const put = (dir: string, id: string, text: string) => {
    writeFileSync(path.join(content, dir, `${id}.md`), text);
    bytes += Buffer.byteLength(text);
  };
  for (const a of corpus.actors) put('actors', a.id, actorFile(a));
  for (const e of corpus.events) put('events', e.id, eventFile(e));
  for (const a of corpus.articles) put('articles', a.id, articleFile(a));
  return bytes;
}

/**
 * Edits one article's body the way an editor would (a sentence added to a paragraph), so the
 * next build sees one changed file; `round` makes every edit different from the last.
 */
export function editOneArticle(project: string, corpus: Corpus, round: number): string {
  const article = corpus.articles[Math.floor(corpus.articles.length / 2)]!;
  const target = path.join(project, entryFile('articles', article.id));
  const text = readFileSync(target, 'utf8');
  const marker = '\n\n## ';
  const at = text.indexOf(marker);
  const edited = `${text.slice(0, at)} This paragraph was revised by an editor (revision ${round + 1}).${text.slice(at)}`;
  writeFileSync(target, edited);
  return path.relative(project, target);
}
