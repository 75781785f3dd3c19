/** Astro integration: writes `_headers` (Netlify, Cloudflare Pages) for the configured base path. */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';

export default function deployFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'on-the-table:deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
