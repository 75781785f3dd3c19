/**
 * remark plugin: finds actors' names and aliases in the text, links the first mention of each
 * actor in a body to their page, and records every actor mentioned in
 * `file.data.astro.frontmatter.mentions` (ids, sorted) for the data module.
 *
 * Headings, existing links, code and raw HTML are never touched, and an actor's own profile
 * never links to itself.
 */
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { entryFromPath } from '../lib/entry-path.ts';
import { createMentionMatcher, type LexiconEntry } from '../lib/mentions.ts';
import { createUrls } from '../lib/routes.ts';
import { LOCALES } from '../core/locales.ts';

export interface ActorMentionsOptions {
  /** Every actor with the names the text may use for them. */
  actors: LexiconEntry[];
  /** Base path the site is served under, ending in `/` (default `/`). */
  base?: string;
  /** Digest of the pipeline's code; unused here, carried so Astro's cache sees code changes (see src/lib/markdown.ts). */
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

    visitParents(tree, (node: Nodes, ancestors: Parent[]) => {
      if (UNTOUCHABLE.has(node.type)) return SKIP;
      if (node.type !== 'text') return;
      const parent = ancestors.at(-1);
      if (!parent) return;
      const replacement = linkMentions(node, matcher.find(node.value), selfId, linked, mentioned, urls.actor);
      if (!replacement) return;
      const index = parent.children.indexOf(node as never);
      parent.children.splice(index, 1, ...(replacement as never[]));
      return [SKIP, index + replacement.length];
    });

    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, mentions: [...mentioned].sort() };
  };
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
