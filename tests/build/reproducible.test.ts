/**
 * Two cold builds of the same sources produce byte-identical output: the suite's own build of the
 * real project (dist/, tests/helpers/build-once.ts) and one more, cold, in a copy of it, under a
 * clock that reads months before the content's last date (tests/helpers/fake-clock.mjs) with
 * "today" taken from the suite's one setting (tests/helpers/today.ts). So the second build also
 * proves that a machine whose clock is behind the content builds the site, and the same site.
 *
 * With SKIP_SITE_BUILD=1, dist/ is whatever `npm run build` left: rebuild it after changing
 * src/ or content/, or this test compares two different sources.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clockAt } from '../helpers/fake-clock.ts';
import { astroBuild, copyProject, DIST, listFiles, removeProject } from '../helpers/project.ts';
import { SITE_TODAY } from '../helpers/today.ts';

/**
 * Pagefind's index is the one output not under our control: its chunk names and fragment order
 * may differ between runs (pagefind issue #638). Everything else must be identical.
 */
const NONDETERMINISTIC = /^pagefind\//;
/** Months before the content's last date: the content checks would refuse its corrections as "in the future". */
const EARLY_CLOCK = '2026-06-01';

function fingerprint(dist: string): Map<string, string> {
  return new Map(listFiles(dist).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dist, file))).digest('hex')]));
}

let dir: string;
afterAll(() => removeProject(dir));

describe('reproducible builds', () => {
  it('gives byte-identical dist/ from two cold builds, Pagefind’s index aside, the second on a clock behind the content', () => {
    expect(EARLY_CLOCK < SITE_TODAY).toBe(true);
    const a = fingerprint(DIST);
    // A copy has no dist/ and its own empty caches (Astro's, Vite's, ours): a cold build.
    dir = copyProject();
    const second = astroBuild(dir, clockAt(EARLY_CLOCK));
    expect(second.status, second.output).toBe(0);
    const b = fingerprint(path.join(dir, 'dist'));

    const compared = [...a.keys()].filter((f) => !NONDETERMINISTIC.test(f));
    expect(compared.length).toBeGreaterThan(80);
    expect([...b.keys()].filter((f) => !NONDETERMINISTIC.test(f))).toEqual(compared);
    expect(compared.filter((file) => a.get(file) !== b.get(file))).toEqual([]);
  });
});
