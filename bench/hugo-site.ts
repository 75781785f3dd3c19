/**
 * The reference: the same corpus as a Hugo site. Articles keep their Markdown bodies word for
 * word; their frontmatter maps to Hugo's title, date and two taxonomies, `issues` and `actors`
 * (featured and mentioned, as our actor pages list both). Actor profiles and issue explainers
 * become the taxonomy terms' own content, so Hugo renders every body our site renders except
 * the events. A minimal set of layouts makes article, list, taxonomy and term pages.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Corpus } from './corpus.ts';

const q = (text: string) => JSON.stringify(text);

const CONFIG = `baseURL = "https://on-the-table.example/"
languageCode = "en"
title = "On the Table (Hugo reference)"
[taxonomies]
  issue = "issues"
  actor = "actors"
[markup.goldmark.renderer]
  unsafe = true
# "Related" as our article pages have it: shared issues weigh more than shared actors.
[related]
  threshold = 1
  includeNewer = true
  [[related.indices]]
    name = "issues"
    weight = 3
  [[related.indices]]
    name = "actors"
    weight = 1
`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 160 }}{{ end }}"></head>
<body><nav><a href="{{ "/" | relURL }}">Home</a> <a href="{{ "/articles/" | relURL }}">Articles</a> <a href="{{ "/actors/" | relURL }}">Actors</a> <a href="{{ "/issues/" | relURL }}">Issues</a></nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
`,
  '_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p><p>{{ .Date.Format "2 January 2006" }} · {{ .ReadingTime }} min</p>
{{ .Content }}
<h2>Issues</h2><ul>{{ range .GetTerms "issues" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
<h2>Actors</h2><ul>{{ range .GetTerms "actors" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
<h2>Related</h2><ul>{{ range first 3 (.Site.RegularPages.Related .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
`,
  '_default/taxonomy.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
  '_default/term.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
`,
};

function write(root: string, relative: string, text: string) {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Splits `---` frontmatter from a Markdown file. */
function splitFile(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parse(match[1]!) as Record<string, unknown>) ?? {}, body: match[2]! };
}

export function writeHugoSite(root: string, corpus: Corpus, realIssuesDir: string) {
  write(root, 'hugo.toml', CONFIG);
  for (const [file, text] of Object.entries(LAYOUTS)) write(root, `layouts/${file}`, text);
  write(root, 'content/articles/_index.md', '---\ntitle: "Articles"\n---\n');
  for (const a of corpus.articles) {
    const frontmatter = [
      `title: ${q(a.title)}`,
      `date: ${a.published}`,
      `summary: ${q(a.summary)}`,
      `author: ${q(a.author)}`,
      `issues: [${a.issues.join(', ')}]`,
      `actors: [${[...a.actors, ...a.mentioned].join(', ')}]`,
    ];
    write(root, `content/articles/${a.id}.md`, `---\n${frontmatter.join('\n')}\n---\n${a.body}`);
  }
  for (const actor of corpus.actors) {
    write(root, `content/actors/${actor.id}/_index.md`, `---\ntitle: ${q(actor.name)}\n---\n${actor.body}`);
  }
  for (const name of readdirSync(realIssuesDir).filter((n) => n.endsWith('.md'))) {
    const { data, body } = splitFile(readFileSync(path.join(realIssuesDir, name), 'utf8'));
    write(root, `content/issues/${name.replace(/\.md$/, '')}/_index.md`, `---\ntitle: ${q(String(data.title ?? name))}\n---\n${body}`);
  }
}
