/** The reference generator: Hugo from Debian's packages, found on PATH and never installed here. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { measure, type RunResult } from './measure.ts';

/** `hugo version`'s first line, or null when Hugo is not installed. */
export function hugoVersion(): string | null {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return result.stdout.trim().split('\n')[0] ?? null;
}

export const HUGO_MISSING = `Hugo is not installed, and the benchmark needs it as its reference.
Install Debian's package, then run the benchmark again:

  sudo apt-get update && sudo apt-get install -y --no-install-recommends hugo
`;

/** A cold Hugo build: no public/, no resources/ cache. */
export function buildHugoCold(site: string): Promise<RunResult> {
  for (const entry of ['public', 'resources', '.hugo_build.lock']) rmSync(path.join(site, entry), { recursive: true, force: true });
  return measure('hugo', ['--quiet'], { cwd: site });
}
