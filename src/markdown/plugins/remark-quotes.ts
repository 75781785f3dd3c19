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
 * Whether a block is a valid quotation is decided by src/markdown/quote-rules.ts, which the content
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
import { parsePartialDate } from '../../core/dates.ts';
import type { QuoteRecord } from '../../core/findings.ts';
import { isLocale, type Locale } from '../../core/locales.ts';
import { entryFromPath } from '../entry-path.ts';
import { formatDate, ui } from '../../lib/i18n.ts';
import type { LexiconEntry } from '../mentions.ts';
import { checkBlocks } from '../quote-rules.ts';
import { refuse } from '../body.ts';
import { createUrls } from '../../lib/routes.ts';

export type { QuoteRecord } from '../../core/findings.ts';

export interface QuotesOptions {
  /** Every actor a quotation may name. */
  actors: LexiconEntry[];
  /** Base path the site is served under, ending in `/` (default `/`). */
  base?: string;
  /** The English sources of translated entries, keyed `<collection>/<id>`: a translation cites them. */
  translationSources?: Record<string, unknown[]>;
}

interface SourceLike {
  title?: unknown;
  publisher?: unknown;
  date?: unknown;
  url?: unknown;
  language?: unknown;
}

export default function remarkQuotes(options: QuotesOptions) {
  const actorIds = new Set(options.actors.map((a) => a.id));
  const speaks = new Map(options.actors.filter((a) => a.speaks).map((a) => [a.id, a.speaks!]));
  const base = options.base ?? '/';

  return function transformer(tree: Root, file: VFile) {
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as { sources?: SourceLike[] };
    const self = entryFromPath(file.path);
    const locale = self?.locale ?? 'en';
    // A translation cites its English entry's sources, by the same positions.
    const inherited = self && locale !== 'en' ? options.translationSources?.[`${self.collection}/${self.id}`] : undefined;
    const sources = (Array.isArray(inherited) ? inherited : Array.isArray(frontmatter.sources) ? frontmatter.sources : []) as SourceLike[];
    // The speaker's name as this edition writes it (a translation may spell an institution its own way).
    const names = new Map(options.actors.map((a) => [a.id, (locale !== 'en' && a.translations?.[locale]?.name) || a.name]));
    const markdown = String(file.value);
    // Without `::` there is no block, nor anything that looks like one: most bodies skip the walk.
    const { quotes: blocks, problems } = markdown.includes('::')
      ? checkBlocks(tree, markdown, {
          collection: self?.collection,
          actorIds,
          sourceCount: sources.length,
          edition: locale,
          speaks,
          sourceLanguages: sources.map((source) => (isLocale(source.language) ? source.language : 'en')),
        })
      : { quotes: [], problems: [] };
    const [problem] = problems;
    // Named by its file line, as the content checks name it (the body Astro renders is trimmed).
    if (problem) refuse(file, problem);

    const byNode = new Map(blocks.map((block) => [block.node, block.attributes]));
    const quotes: QuoteRecord[] = [];
    if (byNode.size > 0) {
      visit(tree, 'containerDirective', (node, index, parent) => {
        const attributes = byNode.get(node);
        if (!attributes || !parent || index === undefined) return;
        const { actor, source, ...translation } = attributes;
        quotes.push({ actor, text: quotedText(node.children), source, ...translation });
        parent.children[index] = figure(node, { actor, name: names.get(actor)!, source: sources[source - 1]!, base, locale, ...translation }) as never;
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

interface Attribution {
  actor: string;
  name: string;
  source: SourceLike;
  base: string;
  locale: Locale;
  original?: 'en' | 'es';
  translator?: 'ours';
}

function figure(node: ContainerDirective, { actor, name, source, base, locale, original, translator }: Attribution): RootContent {
  const url = typeof source.url === 'string' ? source.url : undefined;
  const title = String(source.title ?? '');
  const date = parsePartialDate(source.date);
  const details = [String(source.publisher ?? ''), date.ok ? formatDate(date.value, locale) : ''].filter(Boolean).join(', ');
  const caption: ElementContent[] = [
    { type: 'text', value: '— ' },
    h('a', { href: createUrls(base, locale).actor(actor), className: ['quote-speaker'] }, name),
    { type: 'text', value: ', ' },
    h('cite', url ? [h('a', { href: url }, title)] : [title]),
    ...(details ? [{ type: 'text' as const, value: ` (${details})` }] : []),
    // A translated quotation says so beside its attribution (words in this edition's language are no translation).
    ...(original && original !== locale ? [{ type: 'text' as const, value: '; ' }, h('span', { className: ['quote-translation'] }, ui(locale).quote.translated(original, translator ?? 'source'))] : []),
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
