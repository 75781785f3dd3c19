/**
 * rehype plugin: counts the words of a rendered body and estimates its reading time, for pages
 * to show. Results go to `file.data.astro.frontmatter.reading` as `{ words, minutes }`.
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';

export interface ReadingStatsOptions {
  /** Reading speed (default 230 words a minute, an adult's average for non-fiction). */
  wordsPerMinute?: number;
}

export interface ReadingStats {
  words: number;
  minutes: number;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export default function rehypeReadingStats(options: ReadingStatsOptions = {}) {
  const wordsPerMinute = options.wordsPerMinute ?? 230;
  return function transformer(tree: Root, file: VFile) {
    const words = countWords(toString(tree));
    const reading: ReadingStats = { words, minutes: Math.max(1, Math.round(words / wordsPerMinute)) };
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, reading };
  };
}
