/**
 * The desk's instant preview: an entry's body rendered by the site's own Markdown pipeline
 * (src/markdown/pipeline.ts: the same plugins, in the same order, as the build), so mention links,
 * quotation blocks with their attribution, typography, tables and footnotes look as the page will.
 * Runs in the browser (the desk) and in Node (the benchmark, the tests) alike.
 */
import { createPipeline } from '../markdown/pipeline.ts';
import type { LexiconEntry } from '../markdown/mentions.ts';
import { entryFile } from '../core/content-paths.ts';

export interface PreviewOptions {
  /** The actors and the names the text may call them (mentions, quotation speakers). */
  actors: LexiconEntry[];
  base?: string;
  /** The English sources of translated entries, keyed `<collection>/<id>`. */
  translationSources?: Record<string, unknown[]>;
}

export interface PreviewEntry {
  collection: string;
  id: string;
  locale: string;
  frontmatter: Record<string, unknown>;
}

/** The path a file of this entry has in `content/`: the plugins read collection, id and language from it. */
export function contentPath({ collection, id, locale }: Pick<PreviewEntry, 'collection' | 'id' | 'locale'>): string {
  return `/${entryFile(collection, id, locale)}`;
}

export type PreviewRenderer = (markdown: string, entry: PreviewEntry) => Promise<string>;

/** A renderer built once (the plugins' set-up, the mention matcher), then called on every keystroke. */
export async function createPreview(options: PreviewOptions): Promise<PreviewRenderer> {
  const processor = await createPipeline({ actors: options.actors, base: options.base ?? '/', translationSources: options.translationSources ?? {} });
  return async (markdown, entry) => {
    const { code } = await processor.render(markdown, { frontmatter: entry.frontmatter, fileURL: new URL(`file://${contentPath(entry)}`) });
    return code;
  };
}
