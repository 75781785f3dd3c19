/**
 * What an editor does: add an actor, an issue, an event and an article, and get every page and
 * link without touching code. Then change a name, and the pipeline's code, and see the next
 * ordinary build follow (Astro's render cache must not serve stale HTML).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenInternalLinks } from '../helpers/dist.ts';
import { astroBuild, copyProject, exists, listFiles, read, removeProject, write } from '../helpers/project.ts';

let dir: string;
let firstBuild: { status: number | null; output: string };

const actor = `---
name: Ana Prueba Ruiz
kind: person
role: Test negotiator
country: MX
aliases: [Prueba Ruiz]
affiliations: [government-of-mexico]
---
A negotiator invented for this test.
`;
const issue = `---
title: Test question
summary: A question invented for this test.
order: 99
---
An explainer in which Prueba Ruiz is named.
`;
const event = `---
title: A test meeting
date: "2025-10"
end: 2025-11-02
actors: [ana-test-person]
issues: [test-question]
sources:
  - title: Invented report
    publisher: Test Gazette
    url: https://example.com/test
---
Context for the test meeting.
`;
const article = `---
title: A test article
summary: Written by the editor-flow test.
published: 2026-01-05
issues: [test-question]
events: [test-event]
sources:
  - title: Invented report
    publisher: Test Gazette
    url: https://example.com/test
---
Ana Prueba Ruiz met Sheinbaum to discuss the test question.

:::quote{actor="claudia-sheinbaum" source="1" original="es"}
Words invented for a test.
:::

| A | B |
| - | - |
| 1 | 2 |
`;

// A commitment with three history entries, made at the new event and moved by it.
const commitment = `---
title: The test negotiator will report back
made: "2025-10"
by: [ana-test-person]
to: [claudia-sheinbaum]
issues: [test-question]
event: test-event
sources:
  - title: Invented report
    publisher: Test Gazette
history:
  - date: "2025-10"
    status: not-started
    note: Promised at the test meeting.
    sources:
      - title: Invented report
        publisher: Test Gazette
  - date: "2025-11-02"
    status: in-progress
    note: A first report arrived.
    event: test-event
    sources:
      - title: Invented report
        publisher: Test Gazette
  - date: "2025-12"
    status: kept
    note: The report was delivered.
    sources:
      - title: Second invented report
        publisher: Test Gazette
---
`;

/** A draft that touches everything an article can: its id, title and quotation must appear nowhere. */
const draft = `---
title: Unpublished draft about the test question
summary: Must not be published.
published: 2026-01-06
issues: [test-question]
actors: [ana-test-person]
events: [test-event]
sources:
  - title: Invented report
    publisher: Test Gazette
draft: true
---
Ana Prueba Ruiz and Sheinbaum, in a draft.

:::quote{actor="claudia-sheinbaum" source="1" original="es"}
Words from an unpublished draft.
:::
`;

beforeAll(() => {
  // With the desk's bundle as the suite's build left it: an editor's machine that built before.
  dir = copyProject({ caches: ['desk'] });
  write(dir, 'content/articles/test-draft.md', draft);
  write(dir, 'content/actors/ana-test-person.md', actor);
  write(dir, 'content/issues/test-question.md', issue);
  write(dir, 'content/events/test-event.md', event);
  write(dir, 'content/articles/test-article.md', article);
  write(dir, 'content/commitments/test-promise.md', commitment);
  firstBuild = astroBuild(dir);
});

afterAll(() => removeProject(dir));

describe('an editor adding files', () => {
  it('builds', () => {
    expect(firstBuild.status, firstBuild.output).toBe(0);
  });

  it('gets a page for each new entry and a place on the timeline', () => {
    for (const file of ['actors/ana-test-person/index.html', 'issues/test-question/index.html', 'articles/test-article/index.html', 'issues/test-question/rss.xml']) {
      expect(exists(dir, `dist/${file}`), file).toBe(true);
    }
    // Its compact entry on the overview, and its full card on its month's page (2025 is split into months).
    expect(read(dir, 'dist/timeline/index.html')).toContain('<li id="test-event"><a href="2025/10/#test-event">');
    const card = read(dir, 'dist/timeline/2025/10/index.html');
    expect(card).toMatch(/<li class="timeline-event timeline-event--span" id="test-event"/);
    expect(card).toContain('<time datetime="2025-10">October 2025</time> – <time datetime="2025-11-02">2 November 2025</time>');
  });

  it('links mentions in the text to actor pages, and actor pages back', () => {
    const page = read(dir, 'dist/articles/test-article/index.html');
    expect(page).toContain('<a href="/actors/ana-test-person/" class="mention">Ana Prueba Ruiz</a>');
    expect(page).toContain('<a href="/actors/claudia-sheinbaum/" class="mention">Sheinbaum</a>');
    const sheinbaum = read(dir, 'dist/actors/claudia-sheinbaum/index.html');
    expect(sheinbaum).toContain('href="/articles/test-article/"');
    const ana = read(dir, 'dist/actors/ana-test-person/index.html');
    expect(ana).toContain('href="/timeline/2025/10/#test-event"');
    expect(ana).toContain('href="/articles/test-article/"');
    expect(read(dir, 'dist/actors/government-of-mexico/index.html')).toContain('href="/actors/ana-test-person/"');
  });

  it('shows the quotation on the speaker’s page and on the issue’s page', () => {
    for (const file of ['actors/claudia-sheinbaum/index.html', 'issues/test-question/index.html']) {
      expect(read(dir, `dist/${file}`), file).toContain('Words invented for a test.');
    }
  });

  it('lists the new entries in the data files and the feed, and breaks no link', () => {
    const articles = JSON.parse(read(dir, 'dist/data/articles.json')) as Array<{ id: string; mentions: string[] }>;
    expect(articles.find((a) => a.id === 'test-article')!.mentions).toEqual(['ana-test-person', 'claudia-sheinbaum']);
    const events = JSON.parse(read(dir, 'dist/data/events.json')) as Array<{ id: string; date: string; end: string }>;
    expect(events.find((e) => e.id === 'test-event')).toMatchObject({ date: '2025-10', end: '2025-11-02' });
    expect(read(dir, 'dist/rss.xml')).toContain('/articles/test-article/');
    expect(brokenInternalLinks(`${dir}/dist`)).toEqual([]);
  });
});

describe('an editor adding a commitment and an English-only article', () => {
  it('gets the commitment’s page, its place on actor, issue and timeline pages, and its JSON, without touching code', () => {
    const page = read(dir, 'dist/commitments/test-promise/index.html');
    expect(page).toContain('<h1>The test negotiator will report back</h1>');
    expect(page.match(/class="status-history__step"/g)).toHaveLength(3);
    expect(page).toContain('<time datetime="2025-11-02">2 November 2025</time>');
    expect(page).toContain('<time datetime="2025-12">December 2025</time>');
    for (const file of ['actors/ana-test-person/index.html', 'actors/claudia-sheinbaum/index.html', 'issues/test-question/index.html', 'commitments/index.html']) {
      expect(read(dir, `dist/${file}`), file).toContain('href="/commitments/test-promise/"');
    }
    expect(read(dir, 'dist/timeline/2025/10/index.html')).toMatch(/id="test-event"[\s\S]*?href="\/commitments\/test-promise\/"/);
    const records = JSON.parse(read(dir, 'dist/data/commitments.json')) as Array<{ id: string; history: Array<{ date: string; status: string }> }>;
    expect(records.find((r) => r.id === 'test-promise')!.history.map((h) => [h.date, h.status])).toEqual([
      ['2025-10', 'not-started'],
      ['2025-11-02', 'in-progress'],
      ['2025-12', 'kept'],
    ]);
  });

  it('gets an honest Spanish stub for the untranslated article: Spanish interface, English title marked, noindex, no body', () => {
    const stub = read(dir, 'dist/es/analisis/test-article/index.html');
    expect(stub).toContain('<html lang="es-MX">');
    expect(stub).toContain('<h1 lang="en">A test article</h1>');
    expect(stub).toContain('<meta name="robots" content="noindex">');
    expect(stub).toContain('href="/articles/test-article/" hreflang="en">Leer el original en inglés</a>');
    expect(stub).not.toContain('Words invented for a test.');
    expect(stub).not.toContain('hreflang="x-default"');
    expect(read(dir, 'dist/sitemap-0.xml')).not.toContain('/es/analisis/test-article/');
    expect(read(dir, 'dist/articles/test-article/index.html')).not.toContain('hreflang="es-MX" href=');
  });
});

describe('an editor’s draft', () => {
  it('is published nowhere: no page, image, feed item, data record, sitemap entry, quotation or link', () => {
    expect(firstBuild.status, firstBuild.output).toBe(0);
    const files = listFiles(`${dir}/dist`);
    expect(files.filter((file) => file.includes('test-draft'))).toEqual([]);
    const texts = files.filter((file) => /\.(html|xml|json|txt)$|_headers$/.test(file));
    expect(texts.length).toBeGreaterThan(50);
    const leaks = texts.filter((file) => /test-draft|unpublished draft/i.test(read(dir, `dist/${file}`)));
    expect(leaks).toEqual([]);
    // The published article beside it, with the same issue, actor and event, is everywhere it should be.
    expect(read(dir, 'dist/issues/test-question/index.html')).toContain('href="/articles/test-article/"');
  });
});

describe('the next ordinary build after a change', () => {
  it('reuses the search index when no page changed, and it is the same index', () => {
    const before = listFiles(`${dir}/dist/pagefind`).map((file) => `${file} ${read(dir, `dist/pagefind/${file}`).length}`);
    const build = astroBuild(dir);
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('No page changed since the last search index: reused it');
    expect(build.output).toContain('content unchanged since its last clean check');
    // Every Open Graph card is taken from the cache, none drawn again; the desk is not bundled again.
    expect(build.output).toMatch(/\d+ Open Graph images: none drawn, the rest from the cache/);
    expect(build.output).toContain('editors’ desk from the cache');
    expect(listFiles(`${dir}/dist/pagefind`).map((file) => `${file} ${read(dir, `dist/pagefind/${file}`).length}`)).toEqual(before);
  });

  // One build for two content changes: a renamed actor and a retitled article. Cards show titles,
  // never an actor's name or a body, so exactly the article's two cards are drawn again.
  it('follows a changed alias in every body that uses it, and draws again only the cards whose words changed', () => {
    const card = () => readFileSync(path.join(dir, 'dist/og/articles/test-article.png'));
    const before = card();
    write(dir, 'content/actors/ana-test-person.md', actor.replace('name: Ana Prueba Ruiz', 'name: Ana María Prueba').replace('[Prueba Ruiz]', '[Ana María]'));
    write(dir, 'content/articles/test-article.md', article.replace('Ana Prueba Ruiz met', 'Ana María met').replace('title: A test article', 'title: A retitled test article'));
    const build = astroBuild(dir);
    expect(build.status, build.output).toBe(0);
    // Pages changed, so the search index is made anew rather than reused.
    expect(build.output).toMatch(/Indexed \d+ pages for search/);
    expect(build.output).not.toContain('content unchanged since its last clean check');
    expect(read(dir, 'dist/articles/test-article/index.html')).toContain('<a href="/actors/ana-test-person/" class="mention">Ana María</a>');
    // The issue's body did not change, but its mention did: it must not be served from the cache.
    expect(read(dir, 'dist/issues/test-question/index.html')).not.toContain('href="/actors/ana-test-person/" class="mention"');
    // The article's card in each edition, and no other.
    expect(build.output).toMatch(/Open Graph images: 2 drawn/);
    expect(card().equals(before)).toBe(false);
  });

  it('follows a change to the pipeline’s code without --force', () => {
    const file = 'src/markdown/plugins/rehype-table-scroll.ts';
    const changed = read(dir, file).replace("className: ['table-scroll']", "className: ['table-scroll', 'plugin-changed']");
    expect(changed).toContain('plugin-changed');
    write(dir, file, changed);
    const build = astroBuild(dir);
    expect(build.status, build.output).toBe(0);
    expect(read(dir, 'dist/articles/test-article/index.html')).toContain('class="table-scroll plugin-changed"');
    // The desk's preview runs the same pipeline: its bundle is made again.
    expect(build.output).toMatch(/editors’ desk bundled into dist\/admin/);
    expect(build.output).not.toContain('editors’ desk from the cache');
  });
});
