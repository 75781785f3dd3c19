/**
 * remark plugin: turns an attributed quotation into an accessible figure and records it.
 *
 *     :::quote{actor="claudia-sheinbaum" source="1"}
 *     The quoted words.
 *     :::
 *
 * renders as `<figure class="quote"><blockquote>…</blockquote><figcaption>— <a>Claudia
 * Sheinbaum</a>, <cite>source</cite></figcaption></figure>`. `source` is the 1-based position in
 * the entry's `sources` (default 1). Each quotation is pushed to
 * `file.data.astro.frontmatter.quotes` as `{ actor, text, source }`. A quotation naming an unknown
 * actor or source stops the render with the file and line. Other directive syntax that remark
 * recognised by accident (`:word` in prose) is put back as the text it was.
 */
import type { Paragraph, Root, RootContent, Text } from 'mdast';
// Brings in the `data.hName` / `hChildren` fields that mdast-util-to-hast reads.
import type {} from 'mdast-util-to-hast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parsePartialDate } from '../lib/dates.ts';
import { formatDate } from '../lib/i18n.ts';
import type { LexiconEntry } from '../lib/mentions.ts';

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
}

interface SourceLike {
  title?: unknown;
  publisher?: unknown;
  date?: unknown;
  url?: unknown;
}

export default function remarkQuotes(options: QuotesOptions) {
  const names = new Map(options.actors.map((a) => [a.id, a.name]));
  const base = options.base ?? '/';

  return function transformer(tree: Root, file: VFile) {
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as { sources?: SourceLike[] };
    const sources = Array.isArray(frontmatter.sources) ? frontmatter.sources : [];
    const quotes: QuoteRecord[] = [];

    visit(tree, (node, index, parent) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return;
      if (!parent || index === undefined) return;
      if (node.type !== 'containerDirective' || node.name !== 'quote') {
        if (node.type === 'containerDirective') {
          file.fail(`Unknown block ":::${node.name}": the only block directive is :::quote`, node);
        }
        parent.children.splice(index, 1, restoreAsText(node, file) as never);
        return [SKIP, index + 1];
      }
      const actor = node.attributes?.actor ?? '';
      const name = names.get(actor);
      if (!actor) file.fail('A quotation needs an actor: :::quote{actor="actor-id" source="1"}', node);
      if (!name) file.fail(`Quotation names unknown actor "${actor}" (field quote.actor)`, node);
      const position = Number(node.attributes?.source ?? '1');
      const source = sources[position - 1];
      if (!Number.isInteger(position) || !source) {
        file.fail(`Quotation cites source ${node.attributes?.source ?? '1'}, but the entry lists ${sources.length} sources (field quote.source)`, node);
      }
      quotes.push({ actor, text: toString(node.children).trim(), source: position });
      parent.children[index] = figure(node, actor, name!, source!, base) as never;
      return SKIP;
    });

    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, quotes };
  };
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

function restoreAsText(node: LeafDirective | TextDirective, file: VFile): Text | Paragraph {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const value = start !== undefined && end !== undefined ? String(file.value).slice(start, end) : `:${node.name}`;
  return node.type === 'textDirective' ? { type: 'text', value } : { type: 'paragraph', children: [{ type: 'text', value }] };
}
