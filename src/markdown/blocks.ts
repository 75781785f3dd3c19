/**
 * The content checks' view of a Markdown body: parsed exactly as the build parses it, then held to
 * the quotation rules that the build's remark-quotes runs (src/markdown/quote-rules.ts).
 *
 * The parser is the one Astro's `unified()` processor builds (remark-parse, then remark-gfm:
 * @astrojs/markdown-remark's own dependencies, tested to be the same copies) with the pipeline's
 * directive syntax (src/markdown/plugins/remark-block-directives.ts). So a block inside a block quote or a
 * list item is seen, and `:::` inside any code block is not: the checks and the build can no
 * longer disagree about what is a block. Only bodies with `::` in them are parsed at all.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkBlockDirectives from './plugins/remark-block-directives.ts';
import { checkBlocks, textNestingProblem, type BlockProblem, type QuoteContext } from './quote-rules.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkBlockDirectives).freeze();

/** A Markdown body as the build's parser reads it (before any of our transforms). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** Every problem with the blocks of a body; lines count from the body's first line. */
export function blockProblems(markdown: string, context: QuoteContext): BlockProblem[] {
  // No `::`, no block and nothing that looks like one: most bodies need no parse.
  if (!markdown.includes('::')) return [];
  // Pathological nesting is refused before the parser can overflow on it.
  const nesting = textNestingProblem(markdown);
  if (nesting) return [nesting];
  return checkBlocks(parseMarkdown(markdown), markdown, context).problems;
}
