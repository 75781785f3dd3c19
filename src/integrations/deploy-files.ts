/**
 * Astro integration: writes `_headers` (Netlify, Cloudflare Pages) for the configured base path,
 * and puts each translated edition's not-found page at `/<locale>/404.html` (Astro writes only the
 * root one under that name; the others come out as `<locale>/404/index.html`).
 */
import { rename, rmdir, writeFile } from 'node:fs/promises';
import { TRANSLATION_LOCALES } from '../core/locales.ts';
import { normaliseBase, pagePath } from '../lib/routes.ts';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';
import { deskBackend } from './desk.ts';

export default function deployFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'on-the-table:deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base, deskBackend().host));
        for (const locale of TRANSLATION_LOCALES) {
          const target = new URL(`.${pagePath({ page: 'notFound' }, locale)}`, dir);
          const built = new URL('index.html', new URL(target.href.replace(/\.html$/, '/')));
          await rename(built, target);
          await rmdir(new URL('.', built));
        }
      },
    },
  };
}
