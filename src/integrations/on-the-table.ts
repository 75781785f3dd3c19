/**
 * The project's build steps as one Astro integration, composed here in the order they must run
 * (as Starlight composes its own): astro.config.ts names `onTheTable()` and nothing else, so the
 * order and the reasons for it live beside the steps.
 *
 * 1. The compile cache first, so it is on before Astro loads the bundled pages.
 * 2. The content checks: the steps after them read content/ and trust it once it has passed.
 * 3. The issue colours, which the stylesheet needs before Vite bundles it.
 * 4. The search index before the Open Graph images: Pagefind indexes the pages while the last
 *    cards are drawn (both finish in `astro:build:done`, in this order).
 * 5. The deploy files (`_headers`, the Spanish 404) once the pages are written.
 * 6. The editors' desk (`/admin/`), bundled on its own once the site is written.
 * 7. The old output's removal last: it has until the very end of the build to finish.
 */
import type { AstroIntegration } from 'astro';
import clearOutput from './clear-output.ts';
import compileCache from './compile-cache.ts';
import contentChecks from './content-checks.ts';
import deployFiles from './deploy-files.ts';
import desk from './desk.ts';
import issueColours from './issue-colours.ts';
import ogImages from './og-images.ts';
import searchIndex from './search-index.ts';

/** The build steps, in the order they run. */
export function buildSteps(): AstroIntegration[] {
  return [compileCache(), contentChecks(), issueColours(), searchIndex(), ogImages(), deployFiles(), desk(), clearOutput()];
}

export default function onTheTable(): AstroIntegration {
  return {
    name: 'on-the-table',
    hooks: {
      // Integrations added here run right after this one, in this order, for every later hook.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ integrations: buildSteps() });
      },
    },
  };
}
