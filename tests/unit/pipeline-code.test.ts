/**
 * Astro serves rendered Markdown from its cache until the digest of the pipeline's code changes
 * (src/markdown/pipeline.ts, PIPELINE_CODE), and the content checks reuse their verdict until the
 * digest of theirs does (src/checks/cache.ts, CHECKING_CODE). Each list names folders (and the few
 * files they take from the pages' layer): every module the pipeline or the checks load must be
 * under it, or editing that module would leave stale pages or a stale verdict.
 */
import { cpSync, mkdtempSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PIPELINE_CODE, pipelineCodeDigest } from '../../src/markdown/pipeline.ts';
import { CHECKING_CODE } from '../../src/checks/cache.ts';
import { codeDigest } from '../../src/lib/code-digest.ts';
import { moduleGraph } from '../helpers/import-graph.ts';
import { ROOT } from '../helpers/project.ts';

const coveredBy = (list: readonly string[]) => (file: string) => list.some((entry) => file === entry || file.startsWith(`${entry}/`));
const covered = coveredBy(PIPELINE_CODE);

const scratch = mkdtempSync(path.join(tmpdir(), 'pipeline-code-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the pipeline code digest', () => {
  const graph = moduleGraph('src/markdown/pipeline.ts');

  it('follows the imports (sanity: the plugins and their helpers are found)', () => {
    expect(graph).toEqual(expect.arrayContaining(['src/markdown/pipeline.ts', 'src/markdown/plugins/remark-quotes.ts', 'src/core/dates.ts']));
  });

  it('lists every module src/markdown/pipeline.ts loads, directly or through others', () => {
    expect(graph.filter((file) => !covered(file)), 'add these to PIPELINE_CODE in src/markdown/pipeline.ts').toEqual([]);
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

describe('the checking code digest', () => {
  const graph = [...new Set([...moduleGraph('src/checks/validate.ts'), ...moduleGraph('src/checks/cache.ts')])].sort();

  it('lists every module the checks load, directly or through others', () => {
    expect(graph).toEqual(expect.arrayContaining(['src/checks/validate.ts', 'src/markdown/blocks.ts', 'src/markdown/quote-rules.ts', 'src/schemas/index.ts']));
    expect(graph.filter((file) => !coveredBy(CHECKING_CODE)(file)), 'add these to CHECKING_CODE in src/checks/cache.ts').toEqual([]);
  });

  it('does not change with an interface string, which the checks never read', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'checking-code-'));
    try {
      cpSync(path.join(ROOT, 'src'), path.join(copy, 'src'), { recursive: true });
      const before = codeDigest(copy, CHECKING_CODE);
      appendFileSync(path.join(copy, 'src/lib/i18n.ts'), '\n// a new interface string\n');
      expect(codeDigest(copy, CHECKING_CODE)).toBe(before);
      appendFileSync(path.join(copy, 'src/markdown/quote-rules.ts'), '\n// a rule changed\n');
      expect(codeDigest(copy, CHECKING_CODE)).not.toBe(before);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
