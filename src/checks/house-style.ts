/**
 * House style (content-model.md, "House style"): the avoided variants of `content/glossary.yml`
 * found in an entry's prose — its body as the build's own Markdown parse reads it, its title,
 * summary and role — never inside quotations (blocks or words in quotation marks), code, raw HTML
 * or source titles, which keep their own words.
 */
import type { Nodes, Parents } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import type { GlossaryEntry } from '../schemas/index.ts';
import type { Locale } from '../core/locales.ts';
import { parseMarkdown } from '../markdown/blocks.ts';

export interface StyleFinding {
  /** 1-based line in the text that was checked. */
  line: number;
  variant: string;
  entry: GlossaryEntry;
}

export interface StyleMatcher {
  /** Whether any avoided variant of the language occurs in the raw text at all (cheap). */
  mayOccur(text: string): boolean;
  /** Variants in plain text (a title or summary), outside quotation marks. */
  inPlainText(text: string): StyleFinding[];
  /** Variants in a Markdown body's prose. */
  inMarkdown(markdown: string): StyleFinding[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Marks the characters that stand inside quotation marks (“…”, «…», "…"), which keep their own words. */
function quotedMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const open: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '“' || c === '«') open.push(c);
    else if ((c === '”' && open.at(-1) === '“') || (c === '»' && open.at(-1) === '«')) open.pop();
    else if (c === '"') {
      if (open.at(-1) === '"') open.pop();
      else open.push('"');
    }
    mask[i] = open.length > 0;
  }
  return mask;
}

/** Node types whose text is never house prose: code, raw HTML, quotations. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'html', 'containerDirective', 'definition', 'yaml']);

export function createStyleMatcher(entries: readonly GlossaryEntry[], lang: Locale): StyleMatcher {
  const terms = entries
    .filter((entry) => entry.lang === lang)
    .flatMap((entry) => entry.avoid.map((variant) => ({ entry, variant, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(variant)}(?![\\p{L}\\p{N}])`, 'giu') })));
  const any = terms.length ? new RegExp(terms.map((t) => t.pattern.source).join('|'), 'iu') : null;

  /** Findings in `text` outside quotation marks; `lineOf` turns an offset into a line. */
  const scan = (text: string, lineOf: (offset: number) => number): StyleFinding[] => {
    if (!any?.test(text)) return [];
    const mask = quotedMask(text);
    const found: StyleFinding[] = [];
    for (const { entry, pattern } of terms) {
      for (const match of text.matchAll(pattern)) {
        if (!mask[match.index]) found.push({ line: lineOf(match.index), variant: match[0], entry });
      }
    }
    return found;
  };
  const linesBefore = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

  return {
    mayOccur: (text) => any?.test(text) ?? false,
    inPlainText: (text) => scan(text, () => 1),
    inMarkdown(markdown) {
      if (!any?.test(markdown)) return [];
      const found: StyleFinding[] = [];
      // Each block of prose is read as one run of text, so quotation marks pair across emphasis and links.
      visitParents(parseMarkdown(markdown), (node: Nodes, ancestors: Parents[]) => {
        if (NOT_PROSE.has(node.type)) return SKIP;
        if (!('children' in node) || ancestors.some((a) => NOT_PROSE.has(a.type))) return;
        if (!node.children.some((child) => child.type === 'text')) return;
        const runs: Array<{ start: number; line: number; value: string }> = [];
        let text = '';
        visitParents(node, (inner: Nodes) => {
          if (inner !== node && NOT_PROSE.has(inner.type)) return SKIP;
          if (inner.type === 'text') {
            runs.push({ start: text.length, line: inner.position?.start.line ?? 1, value: inner.value });
            text += inner.value;
          }
          return undefined;
        });
        found.push(
          ...scan(text, (offset) => {
            const run = [...runs].reverse().find((r) => r.start <= offset)!;
            return run.line + linesBefore(run.value, offset - run.start);
          }),
        );
        return SKIP;
      });
      return found.sort((a, b) => a.line - b.line);
    },
  };
}
