/**
 * Astro integration: runs the content checks before Astro loads a single entry, so that every
 * `astro build`, `astro dev` and `astro sync` refuses bad content the way `npm run check:content`
 * does, with every problem listed. In `astro dev` it checks again after every change to content/,
 * and restarts the server when an actor's names change, since mentions are found by them.
 *
 * A build whose content, checking code and day are those of the last clean check reuses its
 * verdict (and repeats its warnings) instead of parsing every file again: a warm build's start-up
 * no longer grows with the number of files parsed.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, formatReport, validateFiles, type Problem, type ValidationReport } from '../checks/validate.ts';
import { readContentFiles } from '../checks/files.ts';
import { codeDigest } from '../lib/code-digest.ts';
import { blockCacheFile, CHECKING_CODE, loadBlockCache, saveBlockCache } from '../checks/cache.ts';
import { todayIso } from '../core/dates.ts';
import { readLexicon } from '../checks/lexicon.ts';
import { TRANSLATION_LOCALES } from '../core/locales.ts';
import { CONTENT_DIR, cachePath } from '../core/content-paths.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export default function contentChecks(options: { contentDir?: string } = {}): AstroIntegration {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  let root = '';
  return {
    name: 'on-the-table:content-checks',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        root = fileURLToPath(config.root);
        const files = await readContentFiles(root, contentDir);
        const code = codeDigest(root, CHECKING_CODE);
        const hash = createHash('sha256').update(`${code} ${todayIso()} ${contentDir}\n`);
        for (const file of files) hash.update(`${file.path}\n`).update(file.bytes);
        const key = hash.digest('hex');
        const cacheFile = cachePath(root, 'checks');
        const cached = JSON.parse(await readFile(cacheFile, 'utf8').catch(() => '{}')) as { key?: string; warnings?: Problem[] };
        if (cached.key === key) {
          for (const warning of cached.warnings ?? []) logger.warn(formatProblem(warning));
          logger.info(`content unchanged since its last clean check (${files.length} files): not checked again`);
          return;
        }
        // After an edit, only the edited bodies are parsed again.
        const blockCache = await loadBlockCache(blockCacheFile(root), code);
        const report = validateFiles(files, { contentDir, blockCache });
        await saveBlockCache(blockCacheFile(root), code, blockCache);
        for (const warning of report.warnings) logger.warn(formatProblem(warning));
        if (report.errors.length === 0) {
          await mkdir(path.dirname(cacheFile), { recursive: true });
          await writeFile(cacheFile, JSON.stringify({ key, warnings: report.warnings }));
        }
        if (report.errors.length > 0) {
          throw new ContentError(
            `The content has ${report.errors.length} problem${report.errors.length === 1 ? '' : 's'} to fix:\n${formatReport({ errors: report.errors, warnings: [] })}`,
          );
        }
      },
      'astro:server:setup': async ({ server, logger }) => {
        const folder = path.join(root, contentDir);
        const actorFolders = [path.join(folder, 'actors'), ...TRANSLATION_LOCALES.map((locale) => path.join(folder, locale, 'actors'))];
        const names = async () => JSON.stringify(await readLexicon(folder));
        let knownNames = await names();
        let timer: ReturnType<typeof setTimeout> | undefined;
        // Off Astro's thread, so a check never delays the page being previewed; one at a time.
        const worker = new Worker(new URL('./check-worker.ts', import.meta.url));
        worker.unref();
        server.httpServer?.once('close', () => void worker.terminate());
        type Verdict = Pick<ValidationReport, 'errors' | 'warnings'>;
        let pending: { resolve: (verdict: Verdict) => void; reject: (error: Error) => void } | undefined;
        worker.on('message', (verdict: Verdict) => pending?.resolve(verdict));
        worker.on('error', (error) => pending?.reject(error));
        let checking = Promise.resolve();
        const check = () =>
          new Promise<Verdict>((resolve, reject) => {
            pending = { resolve, reject };
            worker.postMessage({ root, contentDir });
          });
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(folder)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            checking = checking.then(async () => {
              const report = await check();
              for (const error of report.errors) logger.error(formatProblem(error));
              if (report.errors.length === 0) logger.info('content checked: no problems');
              if (actorFolders.some((f) => file.startsWith(f)) && report.errors.length === 0) {
                const current = await names();
                if (current !== knownNames) {
                  knownNames = current;
                  logger.info('an actor’s name or aliases changed: restarting so every page links them anew');
                  await server.restart();
                }
              }
            }).catch((error: unknown) => logger.error(`the content checks failed: ${String(error)}`));
          }, 150);
        });
      },
    },
  };
}
