/**
 * The architecture, checked from the code's own imports (tests/helpers/import-graph.ts), not from a
 * list of files: each folder of `src/` imports only from the folders below it, and no files import
 * each other in a loop.
 *
 *   astro.config, integrations, cli → desk → checks → markdown → lib → schemas → core
 *   pages → views → components, layouts → lib
 */
import { describe, expect, it } from 'vitest';
import { fileLoops, sourceGraph } from '../helpers/import-graph.ts';

/** What each folder of src/ may import from, besides itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  schemas: ['core'],
  lib: ['schemas', 'core'],
  markdown: ['lib', 'schemas', 'core'],
  checks: ['markdown', 'lib', 'schemas', 'core'],
  scripts: ['core'],
  components: ['scripts', 'lib', 'schemas', 'core'],
  layouts: ['components', 'scripts', 'lib', 'schemas', 'core'],
  views: ['components', 'layouts', 'scripts', 'lib', 'schemas', 'core'],
  pages: ['views', 'components', 'layouts', 'lib', 'schemas', 'core'],
  // The editors' desk: its form's checks, its preview's pipeline.
  desk: ['checks', 'markdown', 'lib', 'schemas', 'core'],
  integrations: ['desk', 'checks', 'markdown', 'lib', 'schemas', 'core'],
  cli: ['integrations', 'desk', 'checks', 'markdown', 'lib', 'schemas', 'core'],
  // src/content.config.ts: the collections, from the schemas.
  '.': ['schemas', 'core', 'lib'],
};

const folderOf = (file: string) => (file.split('/').length > 2 ? file.split('/')[1]! : '.');

/** Imports that run from a folder to one it may not import from: `from → to`. */
function upwardImports(graph: ReadonlyMap<string, readonly string[]>, rules: Record<string, readonly string[]>): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      if (!to.startsWith('src/') || /\.(css|svg|png|woff2?)$/.test(to)) continue;
      const a = folderOf(from);
      const b = folderOf(to);
      if (a !== b && !(rules[a] ?? []).includes(b)) found.push(`${from} → ${to}`);
    }
  }
  return found.sort();
}

describe('the import graph of src/', () => {
  const graph = sourceGraph();

  it('is read from the code (sanity: the layers it checks are there)', () => {
    expect(graph.get('src/markdown/pipeline.ts')).toContain('src/markdown/plugins/remark-quotes.ts');
    expect(graph.get('src/pages/[...path].astro')?.some((f) => f.startsWith('src/views/'))).toBe(true);
    expect(graph.get('src/lib/site-data.ts')).toContain('src/lib/translation-status.ts');
    expect(Object.keys(MAY_IMPORT).sort()).toEqual([...new Set([...graph.keys()].map(folderOf))].sort());
  });

  it('has no import from a folder back up to one above it', () => {
    expect(upwardImports(graph, MAY_IMPORT)).toEqual([]);
  });

  it('has no file loop', () => {
    expect(fileLoops(graph)).toEqual([]);
  });

  it('would catch an upward import and a loop (the checks can fail)', () => {
    const broken = new Map(graph);
    broken.set('src/lib/routes.ts', [...(graph.get('src/lib/routes.ts') ?? []), 'src/markdown/mentions.ts']);
    broken.set('src/lib/translation-status.ts', [...(graph.get('src/lib/translation-status.ts') ?? []), 'src/lib/site-data.ts']);
    expect(upwardImports(broken, MAY_IMPORT)).toEqual(['src/lib/routes.ts → src/markdown/mentions.ts']);
    expect(fileLoops(broken)).toContainEqual(['src/lib/site-data.ts', 'src/lib/translation-status.ts']);
  });
});
