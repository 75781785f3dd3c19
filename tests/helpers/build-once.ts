/** Vitest global setup: builds the real site once for every test that reads dist/. */
import { astroBuild, ROOT } from './project.ts';

export default function setup() {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  const result = astroBuild(ROOT);
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.output}`);
}
