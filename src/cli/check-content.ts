/**
 * `npm run check:content`: checks every file in content/ against the schemas and references,
 * without building, and lists every problem as `file:line — field — what is wrong — how to fix it`.
 * Exits 1 on any error; warnings alone exit 0.
 * `npm run check:content -- --translations` also lists every entry's Spanish translation status.
 */
import { performance } from 'node:perf_hooks';
import { formatProblem, validateContentDir } from '../checks/validate.ts';
import { blockCacheFile, CHECKING_CODE, loadBlockCache, saveBlockCache } from '../checks/cache.ts';
import { codeDigest } from '../lib/code-digest.ts';
import { statesFromFiles } from '../lib/translation-status.ts';
import { TRANSLATION_LOCALES } from '../core/locales.ts';
import { CONTENT_DIR } from '../core/content-paths.ts';

const started = performance.now();
const root = process.cwd();
// The build's cache of each body's Markdown checks: an unchanged body is not parsed again.
const code = codeDigest(root, CHECKING_CODE);
const blockCache = await loadBlockCache(blockCacheFile(root), code);
const report = await validateContentDir(root, CONTENT_DIR, blockCache);
await saveBlockCache(blockCacheFile(root), code, blockCache).catch(() => {});
for (const warning of report.warnings) console.warn(`warning: ${formatProblem(warning)}`);
for (const error of report.errors) console.error(`error: ${formatProblem(error)}`);
if (process.argv.includes('--translations')) {
  for (const locale of TRANSLATION_LOCALES) {
    const states = statesFromFiles(report.entries, locale);
    console.log(`\nTranslations (${locale}):`);
    for (const { collection, id, state } of states) {
      const detail = state.status === 'outdated' ? `outdated since ${state.since} (translated ${state.translated})` : state.status === 'translated' ? `translated ${state.translated}` : 'missing';
      console.log(`  ${`${collection}/${id}`.padEnd(60)} ${detail}`);
    }
    const count = (s: string) => states.filter((x) => x.state.status === s).length;
    console.log(`  ${count('translated')} translated, ${count('outdated')} outdated, ${count('missing')} missing`);
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const counts = `${report.entries.length} entries, ${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`;
if (report.errors.length > 0) {
  console.error(`\n✗ content/ has problems to fix (${counts}, ${seconds} s). The guide in content/README.md explains each field.`);
  process.exitCode = 1;
} else {
  console.log(`✓ content/ is valid (${counts}, ${seconds} s)`);
}
