/**
 * remark plugin: typographer's quotes, dashes and ellipses (“…”, ‘…’, ’, —, …), the output of
 * Astro's SmartyPants at a fraction of its cost. SmartyPants builds a natural-language tree of
 * every text (retext) and was half of the Markdown pipeline's time; this is one pass over the
 * characters with the same rules.
 *
 * Like remark-smartypants, quotes are decided on the text of the whole document at once (so a
 * quote closed after a link or emphasis still closes), with code counted as letters and each
 * block starting fresh; dashes and ellipses are replaced within each text node.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

type Kind = 'word' | 'space' | 'punctuation' | 'none';
const kindOf = (char: string | undefined): Kind => (char === undefined ? 'none' : WORD.test(char) ? 'word' : SPACE.test(char) ? 'space' : 'punctuation');

/** Curly quotes for every straight quote in `text`, by the rules retext-smartypants applies. */
export function curlQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const quote = chars[i];
    if (quote !== '"' && quote !== "'") continue;
    const [open, close] = quote === '"' ? ['“', '”'] : ['‘', '’'];
    const previous = kindOf(chars[i - 1]);
    const nextChar = chars[i + 1];
    const next = kindOf(nextChar);
    const afterNext = kindOf(chars[i + 2]);
    if (next === 'punctuation' && (nextChar === '"' || nextChar === "'") && afterNext === 'word') {
      // A quote inside a quote: `"'Quoted' words"`.
      chars[i] = open;
      chars[i + 1] = nextChar === '"' ? '“' : '‘';
      i++;
    } else if (next === 'punctuation' && afterNext !== 'word') {
      chars[i] = close;
    } else if (/^\d\ds/.test(chars.slice(i + 1, i + 4).join(''))) {
      // Decades: `the '80s`.
      chars[i] = close;
    } else if ((previous === 'space' || previous === 'punctuation') && next === 'word') {
      chars[i] = open;
    } else if (previous === 'word') {
      chars[i] = close;
    } else if (next === 'none' || next === 'space' || (quote === "'" && nextChar === 's')) {
      chars[i] = close;
    } else {
      chars[i] = open;
    }
  }
  return chars.join('');
}

/** Two dashes to an em dash (three are left alone), runs of dots to an ellipsis. */
export function dashesAndEllipses(text: string): string {
  return text
    .replace(/(?<!-)--(?!-)/g, '—')
    .replace(/\.(?:\s\.){2,}/g, '…')
    .replace(/\.{3,}/g, '…');
}

export default function remarkTypography() {
  return function transformer(tree: Root) {
    // Gather the document's text as remark-smartypants does: code as letters, a space per block.
    const literals: Array<{ type: string; value: string }> = [];
    let all = '';
    visit(tree, (node: Nodes) => {
      if (node.type === 'text' || node.type === 'inlineCode') {
        all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
        literals.push(node);
      } else if (BLOCKS.has(node.type)) {
        all += ' ';
        literals.push({ type: 'block', value: ' ' });
      }
    });
    const curled = curlQuotes(all);
    if (curled === all && !/--|\.\.\.|\.\s\.\s\./.test(all)) return;
    // Curling keeps the length in UTF-16 units (each quote is one unit), so slices line up.
    let start = 0;
    for (const node of literals) {
      const end = start + node.value.length;
      if (node.type === 'text') node.value = dashesAndEllipses(curled.slice(start, end));
      start = end;
    }
  };
}
