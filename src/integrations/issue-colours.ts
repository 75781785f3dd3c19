/**
 * Astro integration: the issue colours as CSS, written from the one palette
 * (src/lib/issue-palette.ts) for the issues in `content/issues/`, so that an issue an editor adds
 * is coloured without touching code. Every page imports it (`virtual:issue-colours.css`), and
 * Vite bundles it with the rest of the stylesheet: a file, never inline, so the CSP stays strict.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { issueColoursCss } from '../lib/issue-palette.ts';
import { CONTENT_DIR, collectionFolder } from '../core/content-paths.ts';

export const MODULE_ID = 'virtual:issue-colours.css';

/** The issue ids: the names of the Markdown files in the issues folder. */
export async function issueIds(issuesDir: string): Promise<string[]> {
  try {
    return (await readdir(issuesDir)).filter((name) => name.endsWith('.md')).map((name) => name.replace(/\.md$/, '')).sort();
  } catch {
    return [];
  }
}

export default function issueColours(options: { contentDir?: string } = {}): AstroIntegration {
  return {
    name: 'on-the-table:issue-colours',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, injectScript }) => {
        const issuesDir = path.join(fileURLToPath(config.root), options.contentDir ?? CONTENT_DIR, collectionFolder('issues'));
        // A path that ends in .css, so that Vite treats the module as a stylesheet.
        const resolved = path.join(issuesDir, '__issue-colours.css');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'on-the-table:issue-colours',
                resolveId: (id) => (id === MODULE_ID ? resolved : undefined),
                async load(id) {
                  if (id !== resolved) return undefined;
                  return issueColoursCss(await issueIds(issuesDir));
                },
                configureServer(server) {
                  // A new or removed issue changes the stylesheet: in `astro dev`, start afresh
                  // (as the content checks do when an actor's names change).
                  server.watcher.on('all', (event, file) => {
                    if ((event === 'add' || event === 'unlink') && path.dirname(file) === issuesDir && file.endsWith('.md')) void server.restart();
                  });
                },
              },
            ],
          },
        });
        injectScript('page-ssr', `import ${JSON.stringify(MODULE_ID)};`);
      },
    },
  };
}
