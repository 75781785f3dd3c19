/**
 * rehype plugin: gives footnotes the labels of the body's language. remark-rehype writes one
 * label for every file (its options are fixed per processor); this rewrites the "Notes" heading
 * and each back link's accessible name for the language the file is written in.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Locale } from '../../core/locales.ts';
import { localeOfFile } from '../entry-path.ts';

export interface FootnoteLabelsOptions {
  /** The strings per language: the section heading and a back link's name for reference `n`. */
  labels: (locale: Locale) => { heading: string; back: (n: number) => string };
}

export default function rehypeFootnoteLabels(options: FootnoteLabelsOptions) {
  return function transformer(tree: Root, file: VFile) {
    const labels = options.labels(localeOfFile(file));
    let item = 0;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h2' && node.properties.id === 'footnote-label') node.children = [{ type: 'text', value: labels.heading }];
      // Footnotes are numbered by their place in the list, as remark-rehype numbers them.
      if (node.tagName === 'li' && String(node.properties.id ?? '').startsWith('user-content-fn-')) item++;
      if (node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined) node.properties.ariaLabel = labels.back(item);
    });
  };
}
