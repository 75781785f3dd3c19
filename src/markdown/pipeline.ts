/**
 * The site's Markdown pipeline, in one place: the options `astro.config.ts` hands to Astro's
 * `unified()` processor, and `createPipeline()`, which gives tests and tools exactly the same
 * renderer outside Astro.
 */
import { createMarkdownProcessor, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import remarkTypography from './plugins/remark-typography.ts';
import remarkBlockDirectives from './plugins/remark-block-directives.ts';
import remarkQuotes from './plugins/remark-quotes.ts';
import remarkActorMentions from './plugins/remark-actor-mentions.ts';
import rehypeTableScroll from './plugins/rehype-table-scroll.ts';
import rehypeReadingStats from './plugins/rehype-reading-stats.ts';
import rehypeFootnoteLabels from './plugins/rehype-footnote-labels.ts';
import { localised } from './plugins/localised.ts';
import type { Locale } from '../core/locales.ts';
import type { LexiconEntry } from './mentions.ts';
import { codeDigest } from '../lib/code-digest.ts';
import { ui } from '../lib/i18n.ts';

export interface PipelineOptions {
  /** Actors and the names the text may call them. */
  actors: LexiconEntry[];
  /** Base path, ending in `/`. */
  base?: string;
  /**
   * Digest of the pipeline's own code. Astro keeps rendered Markdown until its config's data
   * changes (withastro/astro#13028); plugin options are part of that data, so carrying this digest
   * makes a change to plugin code re-render every body on the next build, and nothing else does.
   */
  codeDigest?: string;
  /** The English sources of translated entries (`articles/<id>`), which their quotations cite. */
  translationSources?: Record<string, unknown[]>;
}

/**
 * Files whose code decides how Markdown renders: every module this one loads, directly or not
 * (tests/unit/pipeline-code.test.ts checks the list against the imports).
 */
export const PIPELINE_CODE = [
  'src/markdown',
  'src/core',
  // entry-path.ts takes the collection names from here.
  'src/schemas',
  // What the pipeline takes from the pages' layer: the quotation labels, the links, its own digest.
  'src/lib/i18n.ts',
  'src/lib/i18n',
  'src/lib/routes.ts',
  'src/lib/code-digest.ts',
];

export function pipelineCodeDigest(root: string): string {
  return codeDigest(root, PIPELINE_CODE);
}

export function pipelineOptions({ actors, base = '/', codeDigest = '', translationSources = {} }: PipelineOptions): UnifiedProcessorOptions {
  const t = (locale: Locale) => ui(locale).markdown;
  return {
    // Our typography pass replaces SmartyPants: the same quotes and dashes at a fraction of the cost.
    smartypants: false,
    remarkPlugins: [
      // First: its syntax is the parser's, and its depth guard must run before any plugin walks the tree.
      [remarkBlockDirectives, {}],
      [remarkTypography, {}],
      [remarkQuotes, { actors, base, translationSources }],
      [remarkActorMentions, { actors, base, codeDigest }],
    ],
    rehypePlugins: [
      [rehypeSlug, {}],
      [
        localised(rehypeAutolinkHeadings, (locale) => ({
          behavior: 'append' as const,
          // The footnotes' heading is for screen readers only; a visible anchor there would be noise.
          test: (heading: { properties?: { id?: unknown } }) => heading.properties?.id !== 'footnote-label',
          properties: (heading: Parameters<typeof toString>[0]) => ({
            className: ['heading-anchor'],
            ariaLabel: t(locale).sectionLink(toString(heading)),
            // Keeps the "#" out of search results' section titles.
            dataPagefindIgnore: '',
          }),
          content: h('span', { ariaHidden: 'true' }, '#'),
        })),
        {},
      ],
      [
        localised(rehypeExternalLinks, (locale) => ({
          target: '_blank' as const,
          rel: ['noopener', 'noreferrer'],
          properties: { className: ['external'] },
          content: { type: 'text' as const, value: t(locale).newTab },
          contentProperties: { className: ['visually-hidden'] },
        })),
        {},
      ],
      [rehypeFootnoteLabels, { labels: (locale: Locale) => ({ heading: t(locale).footnotes, back: t(locale).footnoteBack }) }],
      [localised(rehypeTableScroll, (locale) => ({ label: t(locale).table })), {}],
      [rehypeReadingStats, {}],
    ],
    remarkRehype: {
      footnoteLabel: t('en').footnotes,
      footnoteBackLabel: (referenceIndex: number) => t('en').footnoteBack(referenceIndex + 1),
    },
  };
}

/** The site's renderer, for tests and tools: the same plugins, in the same order, as the build. */
export async function createPipeline(options: PipelineOptions) {
  const unified = pipelineOptions(options);
  return createMarkdownProcessor({ ...unified, syntaxHighlight: false });
}
