/**
 * What the Markdown plugins find in a body and hand to the data module through
 * `entry.rendered.metadata.frontmatter`: typed here, below both, so that neither imports the other.
 */

/** A quotation as the quote plugin records it. */
export interface QuoteRecord {
  actor: string;
  text: string;
  /** 1-based position in the entry's sources. */
  source: number;
  /** The language the words were spoken in, when the quotation is a translation of them. */
  original?: 'en' | 'es';
  /** `ours` when we translated the words; otherwise the source did. */
  translator?: 'ours';
}

export interface ReadingStats {
  words: number;
  minutes: number;
}

/** Everything the plugins find in one body. */
export interface TextFindings {
  /** Actors named in the body (ids, sorted). */
  mentions: string[];
  quotes: QuoteRecord[];
  reading: ReadingStats;
}

/** Reads the findings from a rendered entry's metadata; null when the entry did not render. */
export function readFindings(frontmatter: Record<string, unknown> | undefined): TextFindings | null {
  if (!frontmatter) return null;
  return {
    mentions: Array.isArray(frontmatter.mentions) ? (frontmatter.mentions as string[]) : [],
    quotes: Array.isArray(frontmatter.quotes) ? (frontmatter.quotes as QuoteRecord[]) : [],
    reading: (frontmatter.reading as ReadingStats | undefined) ?? { words: 0, minutes: 0 },
  };
}
