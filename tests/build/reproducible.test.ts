/** Two cold builds of the same sources produce byte-identical output. */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, listFiles, removeProject } from '../helpers/project.ts';

/**
 * Pagefind's index is the one output not under our control: its chunk names and fragment order
 * may differ between runs (pagefind issue #638). Everything else must be identical.
 */
const NONDETERMINISTIC = /^pagefind\//;

function fingerprint(dist: string): Map<string, string> {
  return new Map(listFiles(dist).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dist, file))).digest('hex')]));
}

let dir: string;
afterAll(() => removeProject(dir));

describe('reproducible builds', () => {
  it('gives byte-identical dist/ from two cold builds, Pagefind’s index aside', () => {
    dir = copyProject();
    const first = astroBuild(dir);
    expect(first.status, first.output).toBe(0);
    const a = fingerprint(path.join(dir, 'dist'));
    // Cold again: no dist, no Astro cache, no image cache.
    for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.cache']) rmSync(path.join(dir, cache), { recursive: true, force: true });
    const second = astroBuild(dir);
    expect(second.status, second.output).toBe(0);
    const b = fingerprint(path.join(dir, 'dist'));

    const compared = [...a.keys()].filter((f) => !NONDETERMINISTIC.test(f));
    expect(compared.length).toBeGreaterThan(80);
    expect([...b.keys()].filter((f) => !NONDETERMINISTIC.test(f))).toEqual(compared);
    expect(compared.filter((file) => a.get(file) !== b.get(file))).toEqual([]);
  });
});
