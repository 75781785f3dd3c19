/**
 * remark plugin: turns an attributed quotation into an accessible figure and records it.
 *
 *     :::quote{actor="claudia-sheinbaum" source="1"}
 *     The quoted words.
 *     :::
 *
 * renders as `<figure class="quote"><blockquote>…</blockquote><figcaption>— <a>Claudia
 * Sheinbaum</a>, <cite>source</cite></figcaption></figure>`. `source` is the 1-based position in
 * the entry's `sources` (default 1); `original="es"|"en"` marks a translation and
 * `translator="ours"` says we made it. Each quotation is pushed to
 * `file.data.astro.frontmatter.quotes` as `{ actor, text, source, original?, translator? }`.
 *
 * Whether a block is a valid quotation is decided by src/lib/quote-rules.ts, which the content
 * checks run too: an unknown actor or source, a malformed or unclosed block, a block other than
 * `:::quote`, a quotation outside an article, each stops the render with the file and line. The
 * syntax itself comes from remark-block-directives (container blocks only), so text such as
 * "10:30" is never anything but text.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
// Brings in the `data.hName` / `hChildren` fields that mdast-util-to-hast reads.
import type {} from 'mdast-util-to-hast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parsePartialDate } from '../lib/dates.ts';
import { entryFromPath } from '../lib/entry-path.ts';
import { formatDate } from '../lib/i18n.ts';
import type { LexiconEntry } from '../lib/mentions.ts';
import { checkBlocks, type QuoteAttributes } from '../lib/quote-rules.ts';

export interface QuotesOptions {
  /** Every actor a quotation may name. */
  actors: LexiconEntry[];
  /** Base path the site is served under, ending in `/` (default `/`). */
  base?: string;
}

/** A quotation as collected for the quote index. */
export interface QuoteRecord {
  actor: string;
  text: string;
  /** 1-based position in the entry's sources. */
  source: number;
  /** The language the words were spoken in, when the quotation is a translation. */
  original?: QuoteAttributes['original'];
  /** `ours` when we translated the words (otherwise the source did). */
  translator?: QuoteAttributes['translator'];
}

interface SourceLike {
  title?: unknown;
  publisher?: unknown;
  date?: unknown;
  url?: unknown;
}

export default function remarkQuotes(options: QuotesOptions) {
  const names = new Map(options.actors.map((a) => [a.id, a.name]));
  const actorIds = new Set(names.keys());
  const base = options.base ?? '/';

  return function transformer(tree: Root, file: VFile) {
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as { sources?: SourceLike[] };
    const sources = Array.isArray(frontmatter.sources) ? frontmatter.sources : [];
    const markdown = String(file.value);
    // Without `::` there is no block, nor anything that looks like one: most bodies skip the walk.
    const { quotes: blocks, problems } = markdown.includes('::')
      ? checkBlocks(tree, markdown, { collection: entryFromPath(file.path)?.collection, actorIds, sourceCount: sources.length })
      : { quotes: [], problems: [] };
    const [problem] = problems;
    if (problem) file.fail(`${problem.field} — ${problem.message} — ${problem.hint}`, { line: problem.line, column: 1 });

    const byNode = new Map(blocks.map((block) => [block.node, block.attributes]));
    const quotes: QuoteRecord[] = [];
    if (byNode.size > 0) {
      visit(tree, 'containerDirective', (node, index, parent) => {
        const attributes = byNode.get(node);
        if (!attributes || !parent || index === undefined) return;
        const { actor, source, ...translation } = attributes;
        quotes.push({ actor, text: quotedText(node.children), source, ...translation });
        parent.children[index] = figure(node, actor, names.get(actor)!, sources[source - 1]!, base) as never;
      });
    }

    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, quotes };
  };
}

/** Blocks whose children are blocks: their text is joined word-wise, not glued together. */
const FLOW_PARENTS = new Set(['blockquote', 'list', 'listItem', 'containerDirective', 'footnoteDefinition']);

/** The quoted words as one line for the quote index: paragraphs joined by a space, line breaks as spaces. */
function quotedText(nodes: readonly RootContent[]): string {
  return nodes
    .map((node) => (FLOW_PARENTS.has(node.type) && 'children' in node ? quotedText(node.children as RootContent[]) : toString(node)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function figure(node: ContainerDirective, actor: string, name: string, source: SourceLike, base: string): RootContent {
  const url = typeof source.url === 'string' ? source.url : undefined;
  const title = String(source.title ?? '');
  const date = parsePartialDate(source.date);
  const details = [String(source.publisher ?? ''), date.ok ? formatDate(date.value) : ''].filter(Boolean).join(', ');
  const caption: ElementContent[] = [
    { type: 'text', value: '— ' },
    h('a', { href: `${base}actors/${actor}/`, className: ['quote-speaker'] }, name),
    { type: 'text', value: ', ' },
    h('cite', url ? [h('a', { href: url }, title)] : [title]),
    ...(details ? [{ type: 'text' as const, value: ` (${details})` }] : []),
  ];
  const blockquote = {
    type: 'blockquote',
    children: node.children,
    data: { hProperties: url ? { cite: url } : {} },
  };
  const figcaption: Paragraph = { type: 'paragraph', children: [], data: { hName: 'figcaption', hChildren: caption } };
  return {
    type: 'blockquote',
    children: [blockquote as never, figcaption],
    data: { hName: 'figure', hProperties: { className: ['quote'], dataActor: actor } },
  } as RootContent;
}
