/**
 * The floor of each build stage: a bare Astro 7 site built from the same content files into the
 * same number of pages, with Astro's defaults and nothing of ours (no schema, no plugin, no
 * integration, no check, no image, no search index). What it costs for start-up, the content
 * layer, bundling and page generation is what Astro itself costs for that much content; the
 * difference to our build at the same stage is ours (docs/benchmarks.md, "Round three").
 *
 *   node bench/bare-astro.ts --n=1000 --pages=2840 [--runs=3]
 *
 * Built from the bench's own corpus (bench/corpus.ts), so its articles are word for word
 * those our build renders at that N. `npm run bench` runs it after each size's builds.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.ts';
import { countHtml, makeCold, removeDir, astroPhases, type Phases } from './project.ts';
import { measure, type RunResult } from './measure.ts';
import { realIssueIds, writeContent } from './write-content.ts';
import { CONTENT_DIR, collectionFolder } from '../src/core/content-paths.ts';

/** The collections our build loads, English and Spanish, as folders of `content/`. */
const COLLECTIONS = ['articles', 'actors', 'issues', 'events', 'commitments'] as const;

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://example.org' });
`;

/** One glob collection per folder, no schema: Astro's loader and Markdown renderer as they come. */
function contentConfig(folders: readonly string[]): string {
  const entries = folders.map((folder) => `  '${folder.replaceAll('/', '-')}': defineCollection({ loader: glob({ pattern: '*.md', base: './content/${folder}' }) }),`);
  return `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
${entries.join('\n')}
};
`;
}

/** One route, as ours is: \`pages\` paths, each rendering one entry's body (cycling through them all). */
function catchAllPage(names: readonly string[], pages: number): string {
  return `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = (await Promise.all(${JSON.stringify(names)}.map((name) => getCollection(name)))).flat();
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { path: i === 0 ? undefined : \`p/\${i}\` }, props: { entry: entries[i % entries.length] } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.title ?? entry.data.name ?? entry.id;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><Content /></main></body>
</html>
`;
}

/** The folders of \`content/\` that hold Markdown files. */
function contentFolders(content: string): string[] {
  const folders: string[] = [];
  for (const collection of COLLECTIONS) {
    for (const folder of [collection, `es/${collection}`]) {
      try {
        if (readdirSync(path.join(content, folder)).some((f) => f.endsWith('.md'))) folders.push(folder);
      } catch {
        // That collection has no folder in this corpus.
      }
    }
  }
  return folders;
}

/** A bare Astro project in a temporary folder, with `content/` copied and the real project's packages linked. */
export function makeBareProject(root: string, content: string, pages: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'on-the-table-bare-astro-'));
  cpSync(content, path.join(dir, CONTENT_DIR), { recursive: true });
  const folders = contentFolders(path.join(dir, CONTENT_DIR));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2));
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict' }));
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(path.join(dir, 'src', 'content.config.ts'), contentConfig(folders));
  writeFileSync(path.join(dir, 'src', 'pages', '[...path].astro'), catchAllPage(folders.map((f) => f.replaceAll('/', '-')), pages));
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name));
  }
  return dir;
}

export interface FloorSample {
  wallMs: number;
  pages: number;
  maxRssKb: number | null;
  phases: Phases | null;
}

/** Cold builds of the bare project, as our cold builds are measured (the same \`npm run build\`, the same log clock). */
export async function buildBare(project: string, runs: number): Promise<FloorSample[]> {
  const samples: FloorSample[] = [];
  for (let run = 0; run < runs; run++) {
    makeCold(project);
    const result: RunResult = await measure('npm', ['run', 'build'], {
      cwd: project,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' },
    });
    if (result.status !== 0) {
      console.error(result.lines.slice(-30).map((l) => l.text).join('\n'));
      throw new Error(`the bare Astro build failed (exit ${result.status}); its last lines are above`);
    }
    samples.push({ wallMs: result.wallMs, pages: countHtml(path.join(project, 'dist')), maxRssKb: result.maxRssKb, phases: astroPhases(result) });
  }
  return samples;
}

async function main() {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
  const n = Number(args.n ?? 1000);
  const pages = Number(args.pages ?? 0);
  const runs = Number(args.runs ?? 1);
  if (!Number.isInteger(n) || n < 5 || !Number.isInteger(pages) || pages < 1 || !Number.isInteger(runs) || runs < 1) {
    console.error('usage: node bench/bare-astro.ts --n=1000 --pages=2840 [--runs=3]');
    process.exit(2);
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  const issues = path.join(root, CONTENT_DIR, collectionFolder('issues'));
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'on-the-table-bare-content-'));
  let project = '';
  try {
    writeContent(scratch, generateCorpus(n, realIssueIds(issues)), issues);
    project = makeBareProject(root, path.join(scratch, CONTENT_DIR), pages);
    for (const s of await buildBare(project, runs)) {
      const p = s.phases;
      const sec = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(2);
      console.log(`bare Astro, N=${n}, ${s.pages} pages: ${sec(s.wallMs)} s; start-up ${sec(p?.startup)}, content layer ${sec(p?.content)}, bundling ${sec(p?.bundle)}, pages ${sec(p?.pages)}, after ${sec(p?.finish)}; peak ${s.maxRssKb ? Math.round(s.maxRssKb / 1024) : '?'} MB`);
    }
  } finally {
    removeDir(scratch);
    if (project) removeDir(project);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
