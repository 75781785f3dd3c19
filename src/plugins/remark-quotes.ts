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
import { parsePartialDate } from '../core/dates.ts';
import type { QuoteRecord } from '../core/findings.ts';
import type { Locale } from '../core/locales.ts';
import { formatDate, ui } from '../lib/i18n.ts';
import type { LexiconEntry } from '../lib/mentions.ts';
import { entryFromPath, localeOfFile } from '../lib/entry-path.ts';
import { createUrls } from '../lib/routes.ts';

export type { QuoteRecord } from '../core/findings.ts';

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
}

export default function remarkQuotes(options: QuotesOptions) {
  const base = options.base ?? '/';

  return function transformer(tree: Root, file: VFile) {
    const locale = localeOfFile(file);
    // The speaker's name as this edition writes it (a translation may spell an institution its own way).
    const names = new Map(options.actors.map((a) => [a.id, (locale !== 'en' && a.translations?.[locale]?.name) || a.name]));
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as { sources?: SourceLike[] };
    const self = entryFromPath(file.path);
    const inherited = self && self.locale !== 'en' ? options.translationSources?.[`${self.collection}/${self.id}`] : undefined;
    const sources = (Array.isArray(inherited) ? inherited : Array.isArray(frontmatter.sources) ? frontmatter.sources : []) as SourceLike[];
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
      const original = node.attributes?.original === 'es' || node.attributes?.original === 'en' ? node.attributes.original : undefined;
      const translator = node.attributes?.translator === 'ours' ? 'ours' : undefined;
      quotes.push({ actor, text: toString(node.children).trim(), source: position, ...(original ? { original } : {}), ...(translator ? { translator } : {}) });
      parent.children[index] = figure(node, { actor, name: name!, source: source!, base, locale, original, translator }) as never;
      return SKIP;
    });

    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, quotes };
  };
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
    ...(original ? [{ type: 'text' as const, value: '; ' }, h('span', { className: ['quote-translation'] }, ui(locale).quote.translated(original, translator ?? 'source'))] : []),
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
