import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import onTheTable from './src/integrations/on-the-table.ts';
import { readLexicon, readTranslationSources } from './src/checks/lexicon.ts';
import { pipelineCodeDigest, pipelineOptions } from './src/markdown/pipeline.ts';
import { siteSettings } from './src/lib/site-config.ts';
import { CONTENT_DIR } from './src/core/content-paths.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const { site, base } = siteSettings();
// Mentions are found by the actors' names and aliases, so they are an input of every render.
const actors = await readLexicon(`${root}${CONTENT_DIR}`);
const translationSources = await readTranslationSources(`${root}${CONTENT_DIR}`);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Scripts and styles always as files, never inline, so the strict CSP (src/lib/security.ts) needs no hashes.
  // Four pages at a time: one page's file writes overlap the next one's rendering (measured at
  // 1,000 articles: page generation 24.5 s with one at a time, 14 s with four; docs/benchmarks.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    syntaxHighlight: false,
    processor: unified(pipelineOptions({ actors, base, codeDigest: pipelineCodeDigest(root), translationSources })),
  },
  // Every build step of the project, in its order: src/integrations/on-the-table.ts.
  integrations: [onTheTable()],
});
