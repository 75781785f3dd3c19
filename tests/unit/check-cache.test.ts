import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateFiles, type ParseCache } from '../../src/checks/validate.ts';
import { loadBlockCache, MemoryBlockCache, saveBlockCache } from '../../src/checks/cache.ts';
import { validContent, withChanges } from '../helpers/content-fixtures.ts';

const article = validContent['content/articles/analysis.md']!;
const errors = (report: ReturnType<typeof validateFiles>) => report.errors.map(formatProblem);

describe('the cache of per-body Markdown checks', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'block-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the verdict an uncached check gives, and parses an unchanged body only once', () => {
    const cache = new MemoryBlockCache();
    const files = withChanges({});
    expect(errors(validateFiles(files, { blockCache: cache }))).toEqual(errors(validateFiles(files)));
    expect(cache.entries.size).toBe(1);
    expect(cache.hits).toBe(0);
    validateFiles(files, { blockCache: cache });
    expect(cache.hits).toBe(1);
  });

  it('checks an edited body afresh', () => {
    const cache = new MemoryBlockCache();
    validateFiles(withChanges({}), { blockCache: cache });
    const broken = withChanges({ 'content/articles/analysis.md': article.replace(':::quote{actor="claudia-sheinbaum" source="1"}', ':::quote{actor="claudia-sheinbaum" source="9"}') });
    const report = validateFiles(broken, { blockCache: cache });
    expect(errors(report)).toEqual(errors(validateFiles(broken)));
    expect(report.errors.length).toBeGreaterThan(0);
  });

  it('checks an unchanged body again when the actors it may quote change', () => {
    const cache = new MemoryBlockCache();
    validateFiles(withChanges({}), { blockCache: cache });
    // The quoted actor's file is gone: the unchanged quotation now names an unknown actor.
    const withoutActor = withChanges({ 'content/actors/claudia-sheinbaum.md': null });
    const cached = errors(validateFiles(withoutActor, { blockCache: cache }));
    expect(cached).toEqual(errors(validateFiles(withoutActor)));
    expect(cached.some((e) => e.includes('content/articles/analysis.md') && e.includes('claudia-sheinbaum'))).toBe(true);
  });

  it('survives a round trip to disk, and is discarded when the checking code changes', async () => {
    const file = path.join(dir, 'cache.json');
    const cache = new MemoryBlockCache();
    validateFiles(withChanges({}), { blockCache: cache });
    await saveBlockCache(file, 'code-1', cache);
    expect((await loadBlockCache(file, 'code-1')).entries).toEqual(cache.entries);
    expect((await loadBlockCache(file, 'code-2')).entries.size).toBe(0);
    expect((await loadBlockCache(path.join(dir, 'missing.json'), 'code-1')).entries.size).toBe(0);
  });

  it('keeps on disk only what the last run used', async () => {
    const file = path.join(dir, 'pruned.json');
    const first = new MemoryBlockCache();
    validateFiles(withChanges({ 'content/articles/analysis.md': article.replace('\n:::quote', '\nAn added line.\n\n:::quote') }), { blockCache: first });
    await saveBlockCache(file, 'code', first);
    const second = await loadBlockCache(file, 'code');
    validateFiles(withChanges({}), { blockCache: second });
    await saveBlockCache(file, 'code', second);
    expect((await loadBlockCache(file, 'code')).entries.size).toBe(1);
    expect([...(await loadBlockCache(file, 'code')).entries.keys()]).toEqual([...second.used]);
  });
});

describe('the cache of each file’s parse (astro dev)', () => {
  it('gives the verdict an uncached check gives, run after run, and parses a changed file again', () => {
    const cache: ParseCache = new Map();
    const files = withChanges({});
    expect(errors(validateFiles(files, { parseCache: cache }))).toEqual([]);
    const size = cache.size;
    expect(size).toBe(files.length);
    // A broken file: its problems come from a fresh parse, and again from the cache next time.
    const broken = withChanges({ 'content/articles/analysis.md': article.replace('title:', 'titel:') });
    const fresh = errors(validateFiles(broken));
    expect(fresh.length).toBeGreaterThan(0);
    expect(errors(validateFiles(broken, { parseCache: cache }))).toEqual(fresh);
    expect(cache.size).toBe(size + 1);
    expect(errors(validateFiles(broken, { parseCache: cache }))).toEqual(fresh);
    expect(cache.size).toBe(size + 1);
    // Back to the file as it was: the verdict is clean again.
    expect(errors(validateFiles(files, { parseCache: cache }))).toEqual([]);
  });
});
