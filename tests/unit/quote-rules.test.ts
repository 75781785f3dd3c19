/**
 * Quotations and blocks: one set of rules (src/markdown/quote-rules.ts) on one parse. Every refusal
 * through `validateFiles` (what `check:content` and the build's first step run), and every body
 * through both `validateFiles` and the site's Markdown pipeline, which must agree.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, lexiconFrom, validateFiles } from '../../src/checks/validate.ts';
import { createPipeline } from '../../src/markdown/pipeline.ts';
import { validContent, withChanges, toFiles } from '../helpers/content-fixtures.ts';

const FILE = 'content/articles/analysis.md';
/** An article with two sources whose body starts on line 14. */
const frontmatter = `---
title: Analysis
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
const BODY_LINE = 14;
const sources = [
  { title: 'Report', publisher: 'A paper' },
  { title: 'Second report', publisher: 'Another paper' },
];

function errorsFor(body: string, file = FILE) {
  const text = file.startsWith('content/articles/') ? frontmatter + body : validContent[file]!.trimEnd() + '\n' + body;
  return validateFiles(withChanges({ [file]: text })).errors.map(formatProblem);
}

/** Bodies the checks refuse, with the one error each must give (line counted from the body's first line). */
const REFUSED: Array<[name: string, body: string, line: number, error: string]> = [
  ['an unknown actor inside a block quote', '> :::quote{actor="nobody-at-all"}\n> Words.\n> :::\n', 1, 'quote.actor — "nobody-at-all" is not an id in actors — create content/actors/nobody-at-all.md or use an existing id'],
  ['an unknown actor inside a list item', 'Said:\n\n- :::quote{actor="sheinbaum"}\n  Words.\n  :::\n', 3, 'quote.actor — "sheinbaum" is not an id in actors — did you mean "claudia-sheinbaum"?'],
  ['a quotation with no closing line', 'Intro.\n\n:::quote{actor="claudia-sheinbaum"}\nWords.\n\nThe rest of the article.\n', 3, 'quote — the quotation has no closing ::: line, so it would take in the rest of the text'],
  ['a quotation closed with fewer colons than it opened with', '::::quote{actor="claudia-sheinbaum"}\nWords.\n:::\n', 1, 'quote — the quotation has no closing ::: line'],
  ['an unclosed quotation in a block quote', '> :::quote{actor="claudia-sheinbaum"}\n> Words.\n\nAfter.\n', 1, 'quote — the quotation has no closing ::: line'],
  ['a space before the attributes', ':::quote {actor="claudia-sheinbaum"}\nWords.\n:::\n', 1, 'quote — ":::quote {actor="claudia-sheinbaum"}" is not a quotation: its opening line is malformed, so it would print as text'],
  ['two colons', '::quote{actor="claudia-sheinbaum"}\nWords.\n::\n', 1, 'quote — "::quote{actor="claudia-sheinbaum"}" is not a quotation: its opening line is malformed'],
  ['a broken attribute', 'Intro.\n\n:::quote{actor="claudia-sheinbaum" source=}\nWords.\n:::\n', 3, 'quote — ":::quote{actor="claudia-sheinbaum" source=}" is not a quotation'],
  ['a closing line with nothing open', 'Intro.\n\n:::\n', 3, 'body — this ::: line closes no block, so it would print as text'],
  ['an unknown block', ':::note\nA note.\n:::\n', 1, 'body — ":::note" is not a known block'],
  ['an unknown block written wrongly', ':::note {x}\nA note.\n', 1, 'body — ":::note" is not a known block'],
  ['an unknown attribute', ':::quote{actor="claudia-sheinbaum" sorce="2"}\nWords.\n:::\n', 1, 'quote.sorce — is not an attribute of a quotation — did you mean "source"?'],
  ['no speaker', ':::quote{source="1"}\nWords.\n:::\n', 1, 'quote.actor — the quotation names no speaker'],
  ['a source beyond the list', ':::quote{actor="claudia-sheinbaum" source="3"}\nWords.\n:::\n', 1, 'quote.source — source="3" is not a position in this article\'s 2 sources'],
  ['a source that is not a number', ':::quote{actor="claudia-sheinbaum" source="one"}\nWords.\n:::\n', 1, 'quote.source — source="one" is not a position'],
  ['an unknown original language', ':::quote{actor="claudia-sheinbaum" original="fr"}\nWords.\n:::\n', 1, 'quote.original — original="fr" is not a language quotations are translated from'],
  ['an unknown translator', ':::quote{actor="claudia-sheinbaum" original="es" translator="deepl"}\nWords.\n:::\n', 1, 'quote.translator — translator="deepl" is not allowed'],
  ['a translator without an original language', ':::quote{actor="claudia-sheinbaum" translator="ours"}\nWords.\n:::\n', 1, 'quote.translator — translator="ours" says the quotation is a translation, but original="…" does not say from what'],
  ['a quotation inside a quotation', '::::quote{actor="claudia-sheinbaum"}\nOuter.\n\n:::quote{actor="claudia-sheinbaum"}\nInner.\n:::\n::::\n', 4, 'quote — a quotation inside a quotation'],
  ['a label', ':::quote[Heading]{actor="claudia-sheinbaum"}\nWords.\n:::\n', 1, 'quote — a quotation takes no [label]'],
  ['no words', ':::quote{actor="claudia-sheinbaum"}\n:::\n', 1, 'quote — the quotation has no words'],
];

/** Bodies both accept, and what the page must show of them. */
const ACCEPTED: Array<[name: string, body: string, shows: string[]]> = [
  ['colons in a quotation', ':::quote{actor="claudia-sheinbaum" source="1"}\nWe met at 10:30 and agreed on a 3:2 split (Source:AP, mailto:press@example.org).\n:::\n', ['We met at 10:30 and agreed on a 3:2 split (Source:AP, mailto:']],
  ['a quotation in a list item', '- :::quote{actor="claudia-sheinbaum" source="2"}\n  Words in a list.\n  :::\n', ['<li>\n<figure class="quote"']],
  ['a quotation in a block quote', '> :::quote{actor="claudia-sheinbaum"}\n> Quoted in a block quote.\n> :::\n', ['<blockquote>\n<figure class="quote"']],
  ['a closing line longer than the opening', ':::quote{actor="claudia-sheinbaum"}\nWords.\n::::\n', ['<p>Words.</p>']],
  ['a translation', ':::quote{actor="claudia-sheinbaum" original="en"}\nWords.\n:::\n', ['<p>Words.</p>']],
  ['an indented code block holding a block', 'Example:\n\n    :::note\n    text\n    :::\n', ['<pre><code>:::note\ntext\n:::\n</code></pre>']],
  ['a four-backtick fence holding three-backtick lines', '````md\n```\n:::note\n```\n:::quote {actor="x"}\n````\n', ['```\n:::note\n```\n:::quote {actor="x"}']],
  ['a colon word at the start of a line', 'A list of times\n:30 past, :45 past.\n', ['<p>A list of times\n:30 past, :45 past.</p>']],
];

describe('the checks refuse', () => {
  for (const [name, body, line, error] of REFUSED) {
    it(name, () => {
      const errors = errorsFor(body);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`${FILE}:${BODY_LINE + line - 1} — ${error}`);
    });
  }

  it('a quotation outside an article, in a profile', () => {
    expect(errorsFor('\n:::quote{actor="claudia-sheinbaum"}\nWords.\n:::\n', 'content/actors/claudia-sheinbaum.md')).toEqual([
      'content/actors/claudia-sheinbaum.md:11 — quote — quotations belong in articles only — move the quotation into an article that cites its source',
    ]);
  });

  it('every problem of a body at once', () => {
    expect(errorsFor(':::quote{actor="nobody" source="9"}\nWords.\n:::\n\n:::note\nx\n:::\n').map((e) => e.split(' — ')[1])).toEqual(['quote.actor', 'quote.source', 'body']);
  });
});

describe('the checks accept', () => {
  for (const [name, body] of ACCEPTED) {
    it(name, () => expect(errorsFor(body)).toEqual([]));
  }
});

describe('the build and the checks agree', async () => {
  const report = validateFiles(toFiles(validContent));
  const pipeline = await createPipeline({ actors: lexiconFrom(report.entries) });
  const render = (body: string) => pipeline.render(body, { frontmatter: { sources }, fileURL: pathToFileURL(`/project/${FILE}`) });

  for (const [name, body, line, error] of REFUSED) {
    it(`both refuse ${name}, with the same words and line`, async () => {
      const failure = (await render(body).then(
        () => undefined,
        (e: { reason?: string; line?: number }) => e,
      ))!;
      expect(failure, 'the build accepted it').toBeDefined();
      expect(`${FILE}:${BODY_LINE + failure.line! - 1} — ${failure.reason}`).toContain(`${FILE}:${BODY_LINE + line - 1} — ${error}`);
    });
  }

  for (const [name, body, shows] of ACCEPTED) {
    it(`both accept ${name}, and the page shows every word`, async () => {
      const { code } = await render(body);
      for (const text of shows) expect(code).toContain(text);
    });
  }
});

describe('the checks’ parser', () => {
  it('is the build’s: the same remark-parse and remark-gfm that @astrojs/markdown-remark loads', () => {
    const ours = createRequire(new URL('../../src/markdown/blocks.ts', import.meta.url));
    const astros = createRequire(createRequire(import.meta.url).resolve('@astrojs/markdown-remark'));
    for (const name of ['remark-parse', 'remark-gfm', 'unified']) expect(ours.resolve(name), name).toBe(astros.resolve(name));
  });
});
