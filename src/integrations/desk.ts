/**
 * Astro integration: the editors' desk at `/admin/` (Sveltia CMS, bundled from node_modules; no
 * script from a CDN). Its configuration is generated from src/schemas/ (src/desk/config.ts) each
 * time the desk is built or, in `astro dev`, each time the schema changes.
 *
 * - `astro build`: after the site is written, the desk is bundled on its own (a separate Vite
 *   build) into `dist/admin/`: its page, its scripts, and `content.json`, the content files the
 *   form's checks compare an entry with. Nothing of it reaches another page, and no other page
 *   changes: the site's own bundle never imports the desk. The bundle is kept between builds and
 *   made again only when what it is made from changed (src/integrations/desk-cache.ts).
 * - `astro dev`: `/admin/` is served by Astro's dev server, with the desk's modules straight from
 *   src/ and `content.json` read from `content/` on each request.
 *
 * `/admin/` is not a page of the site: it is in no page list, so not in the sitemap, feeds or
 * `/data`, and has no `data-pagefind-body`, so search never indexes it; it says `noindex` and has
 * its own Content-Security-Policy (src/lib/security.ts, which writes `_headers` too).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin, type ViteDevServer } from 'vite';
import { classifyContentPath, readContentFiles } from '../checks/files.ts';
import { LOCALES } from '../core/locales.ts';
import { deskConfig, type DeskConfig } from '../desk/config.ts';
import { deskContentSecurityPolicy, type DeskGitHost } from '../lib/security.ts';
import { readSchemaDocs } from '../desk/schema-docs.ts';
import { frontmatterOf } from '../desk/snapshot.ts';
import { normaliseBase } from '../lib/routes.ts';
import * as builtSchemas from '../schemas/index.ts';
import { isPublished } from '../schemas/index.ts';
import { CONTENT_DIR } from '../core/content-paths.ts';
import { deskCache } from './desk-cache.ts';

const CONFIG_MODULE = 'virtual:on-the-table/desk-config';
const SCHEMA_FILE = 'src/schemas/index.ts';
const ENTRY_FILE = 'src/desk/browser/admin.ts';
/** Node built-ins that modules shared with the build import; the desk's bundle gets stand-ins. */
const NODE_BUILTINS = new Set(['fs', 'fs/promises', 'path', 'crypto', 'url'].flatMap((name) => [name, `node:${name}`]));
/** Highlighters Astro's Markdown processor imports but the site never runs (`syntaxHighlight: false`). */
const HIGHLIGHTERS = new Set(['@astrojs/internal-helpers/shiki', '@astrojs/prism/dist/highlighter']);

type SchemasModule = typeof import('../schemas/index.ts');

/** Where the desk saves: the Git host of a deployed site, from the environment (docs/desk.md). */
export function deskBackend(env: Record<string, string | undefined> = process.env): { backend: Record<string, unknown>; host: DeskGitHost } {
  const host: DeskGitHost = env.DESK_GIT_HOST === 'gitlab' ? 'gitlab' : 'github';
  const backend: Record<string, unknown> = {
    name: host,
    // Any `owner/name` will do for the local mode, which reads the folder the editor picks.
    repo: env.DESK_REPO?.trim() || 'on-the-table/on-the-table',
    branch: env.DESK_BRANCH?.trim() || 'main',
  };
  // The OAuth helper that trades the Git host's code for a token (never in this repository).
  if (env.DESK_AUTH_URL?.trim()) backend.base_url = env.DESK_AUTH_URL.trim();
  if (env.DESK_AUTH_ENDPOINT?.trim()) backend.auth_endpoint = env.DESK_AUTH_ENDPOINT.trim();
  return { backend, host };
}

/** The generated configuration, from a schemas module and its source text. */
export function generateDeskConfig(schemas: Pick<SchemasModule, 'plainSchemas' | 'translationSchemas'>, schemaSource: string, env: Record<string, string | undefined> = process.env): DeskConfig {
  return deskConfig(
    { schemas: schemas.plainSchemas, translations: schemas.translationSchemas, locales: LOCALES },
    { docs: readSchemaDocs(schemaSource), backend: deskBackend(env).backend, ...(env.SITE_URL ? { siteUrl: env.SITE_URL } : {}) },
  );
}

/**
 * The content files as text, for the form's checks and the preview's actors: every entry but the
 * drafts (and their translations), which the published site never shows, and not the guide.
 */
export async function contentSnapshot(root: string): Promise<string> {
  const decoder = new TextDecoder();
  const files = (await readContentFiles(root)).map((file) => ({ path: file.path, text: decoder.decode(file.bytes) }));
  // An entry by collection and file name: a draft's translation goes with it.
  const keyOf = (file: { path: string }) => {
    const found = classifyContentPath(file.path);
    return found && `${found.collection}/${found.fileName}`;
  };
  const drafts = new Set(files.filter((file) => classifyContentPath(file.path)?.locale === 'en' && !isPublished(frontmatterOf(file.text) ?? {})).map(keyOf));
  const kept = files.filter((file) => file.path !== `${CONTENT_DIR}/README.md` && !drafts.has(keyOf(file)));
  return JSON.stringify(kept);
}

/** The desk's page: nothing but the CMS's script, `noindex`, and its own policy. */
export function adminPage({ script, host }: { script: string; host: DeskGitHost }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${deskContentSecurityPolicy('meta', host)}">
<title>Editors’ desk · On the Table</title>
<script type="module" src="${script}"></script>
</head>
<body></body>
</html>
`;
}

/**
 * The desk's Vite plugin: the generated configuration as a module, and the Node stand-ins for the
 * browser (only where the importer is bundled for the browser, so the site's own server-side
 * modules keep the real ones).
 */
export function deskVitePlugin(root: string, loadSchemas: () => Promise<Pick<SchemasModule, 'plainSchemas' | 'translationSchemas'>>): Plugin {
  const resolvedConfig = `\0${CONFIG_MODULE}`;
  const shims = path.join(root, 'src/desk/browser/node-shims.ts');
  return {
    name: 'on-the-table:desk',
    enforce: 'pre',
    resolveId(id) {
      if (id === CONFIG_MODULE) return resolvedConfig;
      const consumer = (this as { environment?: { config?: { consumer?: string } } }).environment?.config?.consumer;
      if (consumer === 'client' && (NODE_BUILTINS.has(id) || HIGHLIGHTERS.has(id))) return shims;
      return undefined;
    },
    async load(id) {
      if (id !== resolvedConfig) return undefined;
      const schemaFile = path.join(root, SCHEMA_FILE);
      this.addWatchFile(schemaFile);
      const config = generateDeskConfig(await loadSchemas(), await readFile(schemaFile, 'utf8'));
      return `export default ${JSON.stringify(config)};\n`;
    },
  };
}

export default function desk(): AstroIntegration {
  let root = '';
  let base = '/';
  let server: ViteDevServer | undefined;
  return {
    name: 'on-the-table:desk',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command !== 'dev') return;
        // In dev the schema is read through Vite, so an edit to it reaches the next /admin/ load.
        const load = async () => (await server!.ssrLoadModule(path.join(root, SCHEMA_FILE))) as SchemasModule;
        updateConfig({ vite: { plugins: [deskVitePlugin(root, load)] } });
      },
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:server:setup': ({ server: devServer }) => {
        server = devServer;
        const { host } = deskBackend();
        devServer.middlewares.use(async (request, response, next) => {
          const pathname = (request.url ?? '').split('?')[0];
          try {
            if (pathname === `${base}admin` || pathname === `${base}admin/index.html`) {
              response.writeHead(302, { Location: `${base}admin/` }).end();
            } else if (pathname === `${base}admin/`) {
              const html = await devServer.transformIndexHtml(pathname, adminPage({ script: `${base}${ENTRY_FILE}`, host }));
              response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
            } else if (pathname === `${base}admin/content.json`) {
              response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(await contentSnapshot(root));
            } else next();
          } catch (error) {
            next(error);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(new URL('admin/', dir));
        const took = () => `${Math.round(performance.now() - started)} ms`;
        const cache = deskCache(root, { base });
        const writeContent = async () => writeFile(path.join(outDir, 'content.json'), await contentSnapshot(root));
        if (await cache.restore(outDir)) {
          await writeContent();
          logger.info(`editors’ desk from the cache (nothing it is made from changed) in ${took()}`);
          return;
        }
        const output = await build({
          configFile: false,
          root,
          base: `${base}admin/`,
          logLevel: 'warn',
          publicDir: false,
          mode: 'production',
          plugins: [deskVitePlugin(root, async () => builtSchemas)],
          define: { 'process.env.NODE_ENV': '"production"' },
          build: {
            outDir,
            emptyOutDir: true,
            assetsDir: 'assets',
            sourcemap: false,
            reportCompressedSize: false,
            chunkSizeWarningLimit: 10_000,
            modulePreload: false,
            rollupOptions: { input: path.join(root, ENTRY_FILE) },
          },
        });
        const outputs = (Array.isArray(output) ? output : [output]) as Array<{ output: Array<{ type: string; isEntry?: boolean; fileName: string; moduleIds?: string[] }> }>;
        const chunks = outputs.flatMap((o) => o.output).filter((chunk) => chunk.type === 'chunk');
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!entry) throw new Error('The editors’ desk was not bundled: no entry chunk');
        await mkdir(outDir, { recursive: true });
        await writeFile(path.join(outDir, 'index.html'), adminPage({ script: `${base}admin/${entry.fileName}`, host: deskBackend().host }));
        await cache.save(outDir, chunks.flatMap((chunk) => chunk.moduleIds ?? []));
        await writeContent();
        logger.info(`editors’ desk bundled into ${path.relative(root, outDir)} in ${took()}`);
      },
    },
  };
}
