/** Vitest global setup: builds the real site once for every test that reads dist/. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { astroBuild, DIST, ROOT } from './project.ts';
import { SITE_TODAY } from './today.ts';

export default function setup() {
  // SKIP_SITE_BUILD=1 reuses the dist/ of an earlier `npm run build` (quicker while working on tests).
  if (process.env.SKIP_SITE_BUILD === '1') {
    if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('SKIP_SITE_BUILD=1 but there is no dist/index.html: run `npm run build` first, or unset SKIP_SITE_BUILD');
    return;
  }
  const result = astroBuild(ROOT);
  if (result.status !== 0) {
    const hint = /is in the future/.test(result.output) ? `\n(The suite takes today to be ${SITE_TODAY}, from tests/helpers/today.ts: move it forward if the content is now dated later.)` : '';
    throw new Error(`The site did not build:\n${result.output}${hint}`);
  }
}
