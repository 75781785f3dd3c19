/**
 * remark plugin: finds actors' names and aliases in the text, links the first mention of each
 * actor in a body to their page, and records every actor mentioned in
 * `file.data.astro.frontmatter.mentions` (ids, sorted) for the data module.
 *
 * Headings, existing links, code and raw HTML are never touched — nor the text inside a raw HTML
 * element (`<a href="…">Sheinbaum</a>`: a link inside it would empty the author's link), nor
 * directive syntax printed as text (`:::quote{actor="…"}` in a table cell) — and an actor's own
 * profile never links to itself.
 */
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { entryFromPath } from '../entry-path.ts';
import { createMentionMatcher, type LexiconEntry } from '../mentions.ts';
import { createUrls } from '../../lib/routes.ts';
import { LOCALES } from '../../core/locales.ts';

export interface ActorMentionsOptions {
  /** Every actor with the names the text may use for them. */
  actors: LexiconEntry[];
  /** Base path the site is served under, ending in `/` (default `/`). */
  base?: string;
  /** Digest of the pipeline's code; unused here, carried so Astro's cache sees code changes (see src/markdown/pipeline.ts). */
  codeDigest?: string;
}

const UNTOUCHABLE = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'html', 'definition', 'image', 'imageReference']);

export default function remarkActorMentions(options: ActorMentionsOptions) {
  const base = options.base ?? '/';
  // Each language finds actors by its own names as well as the English ones, and links within its edition.
  const byLocale = new Map(LOCALES.map((locale) => [locale, { matcher: createMentionMatcher(options.actors, locale), urls: createUrls(base, locale) }]));

  return function transformer(tree: Root, file: VFile) {
    const self = entryFromPath(file.path);
    const selfId = self?.collection === 'actors' ? self.id : undefined;
    const { matcher, urls } = byLocale.get(self?.locale ?? 'en')!;
    const linked = new Set<string>();
    const mentioned = new Set<string>();

    const insideHtml = new Set<Nodes>();
    visitParents(tree, (node: Nodes, ancestors: Parent[]) => {
      if (UNTOUCHABLE.has(node.type) || insideHtml.has(node)) return SKIP;
      if ('children' in node) markInsideHtml(node.children as Nodes[], insideHtml);
      if (node.type !== 'text') return;
      const parent = ancestors.at(-1);
      if (!parent) return;
      const matches = node.value.includes('::') ? outsideDirectiveSyntax(node.value, matcher.find(node.value)) : matcher.find(node.value);
      const replacement = linkMentions(node, matches, selfId, linked, mentioned, urls.actor);
      if (!replacement) return;
      const index = parent.children.indexOf(node as never);
      parent.children.splice(index, 1, ...(replacement as never[]));
      return [SKIP, index + replacement.length];
    });

    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, mentions: [...mentioned].sort() };
  };
}

/** Elements that raw HTML never closes. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/** Adds to `inside` the siblings that stand between a raw HTML opening tag and its closing tag. */
function markInsideHtml(children: readonly Nodes[], inside: Set<Nodes>) {
  if (!children.some((child) => child.type === 'html')) return;
  let open = 0;
  for (const child of children) {
    if (child.type !== 'html') {
      if (open > 0) inside.add(child);
      continue;
    }
    for (const [, closing, name, selfClosing] of child.value.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
      if (selfClosing || VOID.has(name!.toLowerCase())) continue;
      open = closing ? Math.max(0, open - 1) : open + 1;
    }
  }
}

/** Directive syntax left as text (`:::quote{actor="…"}` in a table cell or a heading): printed as written. */
const DIRECTIVE_SYNTAX = /:{2,}[a-zA-Z][\w-]*(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})?/g;

/** The matches that fall outside directive syntax printed as text. */
function outsideDirectiveSyntax<T extends { start: number; end: number }>(text: string, matches: readonly T[]): T[] {
  const ranges = [...text.matchAll(DIRECTIVE_SYNTAX)].map((m) => [m.index, m.index + m[0].length] as const);
  return matches.filter((match) => !ranges.some(([start, end]) => match.start < end && match.end > start));
}

function linkMentions(
  node: Text,
  matches: ReturnType<ReturnType<typeof createMentionMatcher>['find']>,
  selfId: string | undefined,
  linked: Set<string>,
  mentioned: Set<string>,
  actorUrl: (id: string) => string,
): PhrasingContent[] | null {
  const pieces: PhrasingContent[] = [];
  let cursor = 0;
  for (const match of matches) {
    if (match.actorId === selfId) continue;
    mentioned.add(match.actorId);
    if (linked.has(match.actorId)) continue;
    linked.add(match.actorId);
    if (match.start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, match.start) });
    const link: Link = {
      type: 'link',
      url: actorUrl(match.actorId),
      children: [{ type: 'text', value: node.value.slice(match.start, match.end) }],
      data: { hProperties: { className: ['mention'] } },
    };
    pieces.push(link);
    cursor = match.end;
  }
  if (pieces.length === 0) return null;
  if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
  return pieces;
}
