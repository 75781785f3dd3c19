import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import clearOutput from './src/integrations/clear-output.ts';
import compileCache from './src/integrations/compile-cache.ts';
import contentChecks from './src/integrations/content-checks.ts';
import searchIndex from './src/integrations/search-index.ts';
import deployFiles from './src/integrations/deploy-files.ts';
import desk from './src/integrations/desk.ts';
import issueColours from './src/integrations/issue-colours.ts';
import ogImages from './src/integrations/og-images.ts';
import { readLexicon, readTranslationSources } from './src/checks/lexicon.ts';
import { pipelineCodeDigest, pipelineOptions } from './src/markdown/pipeline.ts';
import { siteSettings } from './src/lib/site-config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const { site, base } = siteSettings();
// Mentions are found by the actors' names and aliases, so they are an input of every render.
const actors = await readLexicon(`${root}content`);
const translationSources = await readTranslationSources(`${root}content`);

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
  // The compile cache first, so it is on before Astro loads the bundled pages. Then the content
  // checks: the others read content/ and trust it once it has passed. The Open Graph images
  // after the search index: Pagefind indexes the pages while the last cards are drawn. The old
  // output's removal last: it has until the very end of the build to finish.
  integrations: [compileCache(), contentChecks(), issueColours(), searchIndex(), ogImages(), deployFiles(), desk(), clearOutput()],
});
