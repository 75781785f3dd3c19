/**
 * Astro integration: runs the content checks before Astro loads a single entry, so that every
 * `astro build`, `astro dev` and `astro sync` refuses bad content the way `npm run check:content`
 * does, with every problem listed.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, formatReport, validateContentDir } from '../lib/content-validation.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export default function contentChecks(options: { contentDir?: string } = {}): AstroIntegration {
  return {
    name: 'on-the-table:content-checks',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const report = await validateContentDir(fileURLToPath(config.root), options.contentDir);
        for (const warning of report.warnings) logger.warn(formatProblem(warning));
        if (report.errors.length > 0) {
          throw new ContentError(
            `The content has ${report.errors.length} problem${report.errors.length === 1 ? '' : 's'} to fix:\n${formatReport({ errors: report.errors, warnings: [] })}`,
          );
        }
      },
    },
  };
}
