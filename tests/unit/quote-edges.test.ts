/**
 * Quotation blocks at the edges (issue 24): each probe is a whole article file, run through both
 * sides — the content checks (`validateFiles`, what `check:content` and the build's first step
 * run) and the site's Markdown pipeline fed exactly what Astro feeds it (the body trimmed, the
 * file's path) — which must give the same verdict and name the same file line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateFiles } from '../../src/checks/validate.ts';
import { markdownBody } from '../../src/markdown/body.ts';
import { withChanges } from '../helpers/content-fixtures.ts';
import { render } from '../helpers/pipeline.ts';
import { write } from '../helpers/project.ts';

const FILE = 'content/articles/probe.md';
const FRONTMATTER = `---
title: Probe
summary: What happened.
published: 2025-09-04
issues: [fentanyl]
actors: [claudia-sheinbaum]
events: [meeting]
sources:
  - title: Report
    publisher: A paper
  - title: Second report
    publisher: Another paper
---
`;
/** The file line of the body's first line when the body starts right after the frontmatter. */
const BODY_LINE = 14;

const root = mkdtempSync(path.join(tmpdir(), 'quote-edges-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The checks' errors for a file, formatted as `check:content` prints them. */
function checks(text: string): string[] {
  return validateFiles(withChanges({ [FILE]: text })).errors.map(formatProblem);
}

/** The page Astro would render from the file, or the render's refusal as `file:line — reason`. */
async function build(text: string, name: string): Promise<{ html?: string; quotes?: unknown; error?: string }> {
  // Written to disk, because Astro renders from a file: the renderer reads it to name file lines.
  const file = path.join(root, name, FILE);
  write(path.join(root, name), FILE, text);
  // Astro's own reading of the file (src/content/utils.js, vite-plugin-markdown/content-entry-type.js).
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  try {
    const { html, quotes } = await render(content.trim(), { frontmatter, path: file });
    return { html, quotes };
  } catch (error) {
    const e = error as { reason?: string; line?: number; message?: string };
    if (e.reason === undefined) return { error: `crash: ${String(e.message)}` };
    return { error: `${e.line} ${e.reason}` };
  }
}

interface Probe {
  name: string;
  text: string;
  /** For a refusal: the file line and the words of the one error both sides must give. */
  refused?: { line: number; error: string };
  /** For an acceptance: what the page must show. */
  shows?: string[];
  /** …and must not. */
  hides?: string[];
}

const article = (body: string) => FRONTMATTER + body;
const far = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the article.\n`).join('\n');

const PROBES: Probe[] = [
  {
    name: 'an unclosed quotation whose last line is an indented ::: (code), with no final newline',
    text: article('Intro.\n\n:::quote{actor="claudia-sheinbaum"}\nWords.\n\n## The rest\n\nMore of the article.\n\n    :::'),
    refused: { line: BODY_LINE + 2, error: 'quote — the quotation has no closing ::: line' },
  },
  {
    name: 'the same with a final newline',
    text: article('Intro.\n\n:::quote{actor="claudia-sheinbaum"}\nWords.\n\n## The rest\n\nMore of the article.\n\n    :::\n'),
    refused: { line: BODY_LINE + 2, error: 'quote — the quotation has no closing ::: line' },
  },
  {
    name: 'an unclosed quotation closed by a tab-indented :::, no final newline',
    text: article(':::quote{actor="claudia-sheinbaum"}\nWords.\n\n\t:::'),
    refused: { line: BODY_LINE, error: 'quote — the quotation has no closing ::: line' },
  },
  {
    name: 'a ::: line indented 4 spaces right after the words (a lazy line of the paragraph), no final newline',
    text: article(':::quote{actor="claudia-sheinbaum"}\nWords.\n    :::'),
    refused: { line: BODY_LINE, error: 'quote — the quotation has no closing ::: line' },
  },
  {
    name: 'a body that opens with an indented code block holding :::note (Astro trims its first line’s indentation)',
    text: article('\n    :::note\n    text\n    :::\n\nThe rest.\n'),
    refused: { line: BODY_LINE + 1, error: 'body — ":::note" is not a known block' },
  },
  {
    name: 'a refused block on a far line, after blank lines',
    text: article(`\n\n${far}\n::: quote{actor="claudia-sheinbaum"}\nWords.\n:::\n`),
    refused: { line: BODY_LINE + 2 + 80, error: 'quote — "::: quote{actor="claudia-sheinbaum"}" is not a quotation' },
  },
  {
    name: 'fenced code holding ::: inside a quotation',
    text: article('Intro.\n\n:::quote{actor="claudia-sheinbaum"}\nShe wrote:\n\n```\n:::\n```\n\nAnd more words.\n:::\n\nAfter the quotation.\n'),
    shows: ['<pre><code>:::\n</code></pre>', '<p>And more words.</p>\n</blockquote>\n<figcaption>', '</figure>\n<p>After the quotation.</p>'],
  },
  {
    name: 'a tilde fence holding ::: and ```` inside a quotation, no final newline',
    text: article(':::quote{actor="claudia-sheinbaum"}\n~~~md\n:::\n```\n:::\n~~~\n:::\n\nAfter.'),
    shows: ['<pre><code class="language-md">:::\n```\n:::\n</code></pre>', '</figure>\n<p>After.</p>'],
  },
  {
    name: 'fenced code holding ::: in a list inside a quotation',
    text: article(':::quote{actor="claudia-sheinbaum"}\n- Item:\n\n  ```\n  :::\n  ```\n:::\n\nAfter.\n'),
    shows: ['<pre><code>:::\n</code></pre>', '</figure>\n<p>After.</p>'],
  },
  {
    name: 'indented code holding ::: inside a quotation',
    text: article(':::quote{actor="claudia-sheinbaum"}\nWords.\n\n    :::\n\nMore words.\n:::\n\nAfter.\n'),
    shows: ['<pre><code>:::\n</code></pre>', 'More words.</p>', '</figure>\n<p>After.</p>'],
  },
  {
    name: 'an unclosed fence in a quotation takes the closing line: refused, not swallowed',
    text: article(':::quote{actor="claudia-sheinbaum"}\nWords.\n\n```\n:::\n\nAfter.\n'),
    refused: { line: BODY_LINE, error: 'quote — the quotation has no closing ::: line' },
  },
  {
    name: 'a quotation closed with no final newline',
    text: article(':::quote{actor="claudia-sheinbaum"}\nWords.\n:::'),
    shows: ['<p>Words.</p>\n</blockquote>'],
  },
  {
    name: 'a 5,000-deep list holding ::',
    text: article(`Intro.\n\n${'- '.repeat(5000)}::\n`),
    refused: { line: BODY_LINE + 2, error: 'body — the text nests blocks' },
  },
  {
    name: 'a 5,000-deep block quote holding a quotation',
    text: article(`Intro.\n\n${'> '.repeat(5000)}:::quote{actor="claudia-sheinbaum"}\n`),
    refused: { line: BODY_LINE + 2, error: 'body — the text nests blocks' },
  },
  {
    name: 'a quotation opening in a table cell and a heading',
    text: article('| Said |\n| --- |\n| :::quote{actor="claudia-sheinbaum"} |\n\n## :::quote{actor="claudia-sheinbaum"}\n\nText.\n'),
    shows: ['<td>:::quote{actor=', '<h2 id="quoteactorclaudia-sheinbaum">:::quote{actor='],
    hides: ['class="mention"'],
  },
  {
    name: 'a mention inside raw inline HTML',
    text: article('Read <a href="https://example.com/statement">Sheinbaum’s statement</a> in full.\n'),
    shows: ['<a href="https://example.com/statement">Sheinbaum’s statement</a>'],
    hides: ['class="mention"'],
  },
  {
    name: 'a mention inside a raw HTML element spanning paragraphs',
    text: article('<a href="https://example.com/statement">\n\nSheinbaum’s statement\n\n</a>\n'),
    shows: ['<a href="https://example.com/statement">\n<p>Sheinbaum’s statement</p>\n</a>'],
    hides: ['class="mention"'],
  },
];

describe('quotation blocks at the edges: the checks and the build agree', () => {
  for (const probe of PROBES) {
    it(probe.name, async () => {
      const errors = checks(probe.text);
      const page = await build(probe.text, probe.name.replace(/\W+/g, '-').slice(0, 60));
      if (probe.refused) {
        expect(errors, 'the checks').toHaveLength(1);
        expect(errors[0], 'the checks').toContain(`${FILE}:${probe.refused.line} — ${probe.refused.error}`);
        expect(page.error, 'the build accepted it').toBeDefined();
        // At the file line, and saying so in the words, as the checks do.
        expect(page.error, 'the build').toMatch(new RegExp(`^${probe.refused.line} \\S*/${FILE}:${probe.refused.line} — `));
        expect(page.error, 'the build').toContain(`${FILE}:${probe.refused.line} — ${probe.refused.error}`);
      } else {
        expect(errors, 'the checks').toEqual([]);
        expect(page.error, 'the build').toBeUndefined();
        for (const text of probe.shows ?? []) expect(page.html).toContain(text);
        for (const text of probe.hides ?? []) expect(page.html).not.toContain(text);
      }
    });
  }
});

describe('the body as Astro renders it', () => {
  const cases: Array<[string, string]> = [
    ['plain', '---\na: 1\n---\nBody.\n'],
    ['blank lines first', '---\na: 1\n---\n\n\n  \nBody.\n\n'],
    ['an indented first line', '---\na: 1\n---\n\n    code\n    more\n'],
    ['CRLF', '---\r\na: 1\r\n---\r\n\r\nBody.\r\nMore.\r\n'],
    ['text after the closing dashes', '---\na: 1\n--- \nBody.\n'],
    ['a longer closing line', '---\na: 1\n----\nBody.\n'],
    ['leading blank lines before the frontmatter', '\n\n---\na: 1\n---\nBody.\n'],
    ['no frontmatter', '\n  Body.\n'],
    ['no body', '---\na: 1\n---\n'],
    ['a no-break space first', '---\na: 1\n---\n\u00a0\nBody.\n'],
  ];
  for (const [name, text] of cases) {
    it(`is Astro’s: ${name}`, () => {
      const { body, line, column } = markdownBody(text);
      expect(body).toBe(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content.trim());
      if (body === '') return;
      // The line and column point at the body's first character in the file.
      const lines = text.split(/\r\n|\r|\n/);
      expect(lines[line - 1]!.slice(column - 1)).toBe(body.split(/\r\n|\r|\n/)[0]);
    });
  }
});
