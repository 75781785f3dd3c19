/**
 * Astro integration: Node's compile cache for `astro build`, kept in `node_modules/.cache` beside
 * the other caches.
 *
 * Astro bundles the content's data store into one module (a 20 MB string at 1,000 articles), and
 * compiling it took 2 s of a warm build's main thread at N = 1,000 (docs/benchmarks.md). Node
 * keeps compiled code by file and source digest, so an unchanged store loads from the cache.
 * Astro's CLI turns the cache on by itself only outside CI (in the system's temporary folder);
 * this keeps it in the project, where a CI cache of `node_modules/.cache` carries it between
 * builds. The output does not change: only how fast V8 gets to run the same code.
 */
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachePath } from '../core/content-paths.ts';

export default function compileCache(): AstroIntegration {
  return {
    name: 'on-the-table:compile-cache',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        // Already enabled (Astro's CLI outside CI) is fine: then Node keeps using that folder.
        module.enableCompileCache?.(cachePath(fileURLToPath(config.root), 'compile'));
      },
    },
  };
}
