/**
 * Astro serves rendered Markdown from its cache until the digest of the pipeline's code changes
 * (src/lib/markdown.ts, PIPELINE_CODE). That list is kept by hand: every module the pipeline
 * loads must be on it, or editing that module would leave stale pages on the next build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PIPELINE_CODE, pipelineCodeDigest } from '../../src/lib/markdown.ts';
import { ROOT } from '../helpers/project.ts';

/** Relative specifiers of every import and re-export a module runs (type-only imports are erased, so they cannot change the output). */
function localImports(file: string): string[] {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const statements = [...code.matchAll(/^\s*(import|export)\s+(type\s+)?[^;'"]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm), ...code.matchAll(/^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm)];
  const dynamic = [...code.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [
    ...statements.filter((m) => m.length === 2 || !m[2]).map((m) => m.at(-1)!),
    ...dynamic,
  ];
}

/** Every project module `entry` loads, itself included, as paths from the project root. */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const relative = path.relative(ROOT, file).split(path.sep).join('/');
    if (seen.has(relative)) return;
    seen.add(relative);
    for (const specifier of localImports(file)) visit(path.resolve(path.dirname(file), specifier));
  };
  visit(path.join(ROOT, entry));
  return [...seen].sort();
}

const covered = (file: string) => PIPELINE_CODE.some((entry) => file === entry || file.startsWith(`${entry}/`));

const scratch = mkdtempSync(path.join(tmpdir(), 'pipeline-code-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the pipeline code digest', () => {
  const graph = moduleGraph('src/lib/markdown.ts');

  it('follows the imports (sanity: the plugins and their helpers are found)', () => {
    expect(graph).toEqual(expect.arrayContaining(['src/lib/markdown.ts', 'src/plugins/remark-quotes.ts', 'src/core/dates.ts']));
  });

  it('lists every module src/lib/markdown.ts loads, directly or through others', () => {
    expect(graph.filter((file) => !covered(file)), 'add these to PIPELINE_CODE in src/lib/markdown.ts').toEqual([]);
  });

  it('changes when any of those modules changes', () => {
    cpSync(path.join(ROOT, 'src'), path.join(scratch, 'src'), { recursive: true });
    const before = pipelineCodeDigest(scratch);
    expect(pipelineCodeDigest(scratch)).toBe(before);
    for (const file of graph) {
      const digest = pipelineCodeDigest(scratch);
      appendFileSync(path.join(scratch, file), '\n// changed\n');
      expect(pipelineCodeDigest(scratch), file).not.toBe(digest);
    }
  });
});
