/**
 * rehype plugin: wraps every table in a focusable, labelled region that scrolls sideways on
 * narrow screens instead of widening the page (WCAG 1.4.10 reflow, scrollable-region-focusable).
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export interface TableScrollOptions {
  /** Accessible name for a table without a caption (default `Table`). */
  label?: string;
}

export default function rehypeTableScroll(options: TableScrollOptions = {}) {
  const fallback = options.label ?? 'Table';
  return function transformer(tree: Root) {
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count += 1;
      const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
      const label = caption ? toString(caption).trim() : `${fallback} ${count}`;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label },
        children: [node],
      };
      return SKIP;
    });
  };
}
