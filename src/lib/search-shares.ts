/**
 * A page's share of the search index: the smallest HTML document from which Pagefind derives
 * exactly what it derives from the whole page. The search index integration keeps each page's
 * share with a digest of the page, so a build only reads the pages that changed; Pagefind then
 * gets every page's share (a few KB) instead of every whole page (30–60 KB, most of it head,
 * navigation and footer that it throws away).
 *
 * Why not Pagefind's custom records (`addCustomRecord`)? A record carries content, language,
 * meta, filters and sort, but Pagefind gives its anchors no text (the record has no
 * `anchor_content`), and the search UI builds sub-results only from headings whose anchor has
 * text: every sub-result under a page's headings would be lost. A share is still HTML, so
 * Pagefind reads headings, ids, weights, `data-pagefind-ignore` and its sentence breaks itself.
 *
 * What Pagefind reads from a page that has a `data-pagefind-body` element (its parser,
 * pagefind/src/fossick/parser.rs): the language from `<html lang>`; the `<title>` (the fallback
 * title); the first `<h1>` anywhere (the title); the first `<img>` after it (the image meta);
 * `data-pagefind-filter|meta|default-meta|sort` anywhere outside excluded elements; and the
 * content of the body elements. Everything else outside the bodies is parsed and discarded.
 * A share keeps exactly those, in page order. Where a page does something this extractor does
 * not model (an ancestor of a body, or of a kept element, carrying a `data-pagefind-*`
 * attribute, or a body that is not a block element), its share is the whole page, so the result
 * stays exact at the cost of speed. The integration keys the kept shares by this file's digest
 * (and SHARE_VERSION, for a change elsewhere that alters what a share holds).
 */

export const SHARE_VERSION = 1;

/** A page's share, or `null` when it has no `data-pagefind-body` element (Pagefind then drops it from a site that has one). */
export interface PageShare {
  share: string | null;
  /** True when the share is the whole page (the extractor met something it does not model). */
  whole: boolean;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Body elements that end a sentence themselves, so their ancestors add nothing Pagefind keeps. */
const BLOCK_BODIES = new Set(['article', 'div', 'section']);
const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const BODY_ATTR = /\sdata-pagefind-body(?=[\s=/>]|$)/;
const ANY_PAGEFIND = /\sdata-pagefind-/;
const KEPT_ATTR = /\sdata-pagefind-(?:filter|meta|default-meta|sort)(?=[\s=/>]|$)/;

interface Tag {
  start: number;
  end: number;
  closing: boolean;
  name: string;
  attributes: string;
}

class Scanner {
  private readonly tag = new RegExp(TAG.source, 'g');
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }

  next(): Tag | null {
    for (;;) {
      const match = this.tag.exec(this.html);
      if (!match) return null;
      if (match[2] === undefined) continue; // a comment, doctype or the like
      const tag: Tag = {
        start: match.index,
        end: match.index + match[0].length,
        closing: match[1] === '/',
        name: match[2].toLowerCase(),
        attributes: match[3] ?? '',
      };
      if (!tag.closing && RAW.has(tag.name)) {
        // Skip to the end tag: what a script or style holds is text, not tags.
        const close = new RegExp(`</${tag.name}`, 'gi');
        close.lastIndex = tag.end;
        this.tag.lastIndex = close.exec(this.html)?.index ?? this.html.length;
      }
      return tag;
    }
  }

  /** Moves past the end tag that closes `open`, and returns where it ends. */
  skipElement(open: Tag): number {
    if (VOID.has(open.name) || /\/\s*$/.test(open.attributes)) return open.end;
    let depth = 1;
    for (let tag = this.next(); tag; tag = this.next()) {
      if (tag.name !== open.name) continue;
      if (tag.closing) depth -= 1;
      else if (!/\/\s*$/.test(tag.attributes)) depth += 1;
      if (depth === 0) return tag.end;
    }
    return this.html.length;
  }
}

/** The share of one page: see the module comment. */
export function pageShare(html: string): PageShare {
  if (!BODY_ATTR.test(html)) return { share: null, whole: false };
  const whole = { share: html, whole: true };
  const scanner = new Scanner(html);
  /** Open elements outside the bodies, and whether each carries a `data-pagefind-*` attribute. */
  const open: { name: string; pagefind: boolean }[] = [];
  const pieces: string[] = [];
  let htmlTag = '';
  let title = '';
  let bodies = 0;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.closing) {
      const at = open.findLastIndex((element) => element.name === tag.name);
      if (at >= 0) open.length = at;
      continue;
    }
    const underPagefind = open.some((element) => element.pagefind);
    const isBody = BODY_ATTR.test(tag.attributes);
    const keep = isBody || tag.name === 'h1' || tag.name === 'img' || KEPT_ATTR.test(tag.attributes);
    if (tag.name === 'html') {
      if (htmlTag || ANY_PAGEFIND.test(tag.attributes)) return whole;
      htmlTag = html.slice(tag.start, tag.end);
    } else if (tag.name === 'title') {
      const end = scanner.skipElement(tag);
      if (!title && !underPagefind && !ANY_PAGEFIND.test(tag.attributes)) title = html.slice(tag.start, end);
      else if (!title) return whole;
      continue;
    } else if (keep) {
      if (underPagefind || tag.name === 'head' || tag.name === 'body') return whole;
      if (isBody && !BLOCK_BODIES.has(tag.name)) return whole;
      bodies += isBody ? 1 : 0;
      pieces.push(html.slice(tag.start, scanner.skipElement(tag)));
      continue;
    }
    if (!VOID.has(tag.name) && !/\/\s*$/.test(tag.attributes) && !RAW.has(tag.name)) {
      open.push({ name: tag.name, pagefind: ANY_PAGEFIND.test(tag.attributes) });
    }
  }
  if (!htmlTag || bodies === 0) return whole;
  return { share: `<!DOCTYPE html>${htmlTag}<head>${title}</head><body>${pieces.join('')}</body></html>`, whole: false };
}

/** The URL Pagefind gives a page at `file` (a path inside the site, `/` or the platform's separator). */
export function pageUrl(file: string): string {
  const slashed = file.split('\\').join('/');
  if (slashed === 'index.html') return '/';
  return `/${slashed.endsWith('/index.html') ? slashed.slice(0, -'index.html'.length) : slashed}`;
}
