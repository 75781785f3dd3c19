/**
 * The editors' desk's instant preview, measured: keystroke → preview updated, for a 1,500-word
 * article and for the longest real one (goal: median ≤ 50 ms; the path through `astro dev` takes
 * 764 ms on the real content).
 *
 * Two figures for each text:
 * - **render**: the site's pipeline in the desk's renderer (src/desk/preview.ts), called once per
 *   keystroke with the text one character longer each time, in Node: the preview's own work;
 * - **keystroke → preview**: in Chromium, on the built desk (`dist/admin/`, its test backend, the
 *   real content laid in), a key typed into the body's field until the preview pane's HTML has
 *   changed: what the editor waits for (the CMS's own handling of the edit included).
 *
 * The 1,500-word article is the longest real English article, continued with whole paragraphs
 * (prose and tables) of the other real articles until it has 1,500 words; it keeps the longest
 * article's frontmatter, so its quotations cite real sources.
 *
 *   node bench/desk-preview.ts [--dist=dist] [--keys=30] [--no-browser]
 *
 * The body is typed into as the desk opens it: as Markdown text.
 *
 * `npm run bench` runs it on the real site it builds; alone it needs a built `dist/`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../src/checks/files.ts';
import { markdownBody } from '../src/markdown/body.ts';
import { createPreview } from '../src/desk/preview.ts';
import { frontmatterOf, pipelineInputs } from '../src/desk/snapshot.ts';
import type { TextFile } from '../src/desk/entry-check.ts';
import { median } from './report.ts';

export interface DeskPreviewFigure {
  text: string;
  words: number;
  /** Per keystroke, in Node: the pipeline's render. */
  renderMs: number[];
  /** Per keystroke, in Chromium: key pressed → preview's HTML changed. Empty without a browser. */
  keystrokeMs: number[];
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The texts measured: the longest real article, and a 1,500-word article made from the real ones. */
export function benchTexts(files: readonly TextFile[]): Array<{ name: string; id: string; collection: 'articles'; file: string; frontmatter: Record<string, unknown>; body: string }> {
  const articles = files
    .filter((f) => /^content\/(es\/)?articles\/[^/]+\.md$/.test(f.path))
    .map((f) => ({ file: f, body: markdownBody(f.text).body }))
    .sort((a, b) => words(b.body) - words(a.body) || a.file.path.localeCompare(b.file.path));
  const longest = articles[0]!;
  const english = articles.filter((a) => !a.file.path.startsWith('content/es/'));
  const base = english[0]!;
  // Paragraphs of the other English articles: prose and tables, not quotations or footnote definitions (they belong to their own article).
  const extra = english
    .slice(1)
    .flatMap((a) => a.body.split(/\n{2,}/))
    .filter((p) => !p.startsWith(':::') && !p.startsWith('[^') && !p.startsWith('#') && !p.includes('[^'));
  let body = base.body;
  for (const paragraph of extra) {
    if (words(body) >= 1500) break;
    body += `\n\n${paragraph}`;
  }
  const idOf = (p: string) => path.basename(p, '.md');
  return [
    { name: `1,500-word article (${idOf(base.file.path)} continued)`, id: 'desk-bench-1500-words', collection: 'articles', file: 'content/articles/desk-bench-1500-words.md', frontmatter: frontmatterOf(base.file.text) ?? {}, body },
    { name: `longest real article (${longest.file.path})`, id: idOf(longest.file.path), collection: 'articles', file: longest.file.path, frontmatter: frontmatterOf(longest.file.text) ?? {}, body: longest.body },
  ];
}

/** The pipeline's render per keystroke: the text typed one character further each time. */
async function renderTimes(files: readonly TextFile[], text: ReturnType<typeof benchTexts>[number], keys: number): Promise<number[]> {
  const render = await createPreview(pipelineInputs(files));
  const locale = text.file.startsWith('content/es/') ? 'es' : 'en';
  const entry = { collection: text.collection, id: text.id, locale, frontmatter: text.frontmatter };
  for (let i = 0; i < 5; i++) await render(text.body, entry);
  const times: number[] = [];
  let typed = text.body;
  for (let i = 0; i < keys; i++) {
    typed += 'x';
    const started = performance.now();
    await render(typed, entry);
    times.push(performance.now() - started);
  }
  return times;
}

/** Keystroke → preview updated, in Chromium on the built desk. */
async function keystrokeTimes(dist: string, files: readonly TextFile[], texts: ReturnType<typeof benchTexts>, keys: number): Promise<number[][]> {
  const { launchBrowser } = await import('../tests/helpers/browser.ts');
  const { serveStatic } = await import('../tests/helpers/static-server.ts');
  const { layTestRepository } = await import('../tests/helpers/desk-repository.ts');
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const results: number[][] = [];
    for (const text of texts) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/admin/?backend=test`);
      const seeded = [...files.filter((f) => f.path !== text.file), { path: text.file, text: fileText(text) }];
      await layTestRepository(page, seeded);
      await page.reload();
      await page.getByRole('button', { name: 'Work with Test Repository' }).click();
      await page.getByRole('radio', { name: 'Contents' }).waitFor({ timeout: 30_000 });
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `#/collections/${text.collection}/entries/${text.id}`);
      const preview = page.locator('iframe').first().contentFrame().locator('[data-desk-preview]');
      await preview.locator('p').first().waitFor({ timeout: 30_000 });
      const previewFrame = (await (await preview.elementHandle())!.ownerFrame())!;
      // A translation's body is in its own language's pane.
      if (text.file.startsWith('content/es/')) await page.getByRole('radio', { name: /^Spanish/ }).first().click();
      const body = page.getByRole('textbox', { name: /^Body/ });
      await body.click();
      await page.keyboard.press('Control+End');
      const times: number[] = [];
      for (let i = 0; i < keys + 3; i++) {
        await previewFrame.evaluate(() => {
          const target = document.querySelector('[data-desk-preview]')!;
          const w = window as unknown as { __changed?: Promise<number> };
          w.__changed = new Promise((resolve, reject) => {
            setTimeout(() => reject(new Error('the preview did not change within 10 s of a keystroke')), 10_000);
            const observer = new MutationObserver(() => {
              observer.disconnect();
              resolve(performance.timeOrigin + performance.now());
            });
            observer.observe(target, { childList: true, subtree: true, characterData: true });
          });
        });
        const pressed = await page.evaluate(() => performance.timeOrigin + performance.now());
        await page.keyboard.type('x');

        const changed = await previewFrame.evaluate(() => (window as unknown as { __changed: Promise<number> }).__changed);
        if (i >= 3) times.push(changed - pressed);
      }
      results.push(times);
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

function fileText(text: ReturnType<typeof benchTexts>[number]): string {
  const yaml = JSON.stringify(text.frontmatter) === '{}' ? '' : Object.entries(text.frontmatter).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  return `---\n${yaml}\n---\n\n${text.body}\n`;
}

export async function measureDeskPreview(root: string, options: { dist?: string; keys?: number; browser?: boolean } = {}): Promise<DeskPreviewFigure[]> {
  const keys = options.keys ?? 30;
  const decoder = new TextDecoder();
  const files = (await readContentFiles(root)).map((f) => ({ path: f.path, text: decoder.decode(f.bytes) }));
  const texts = benchTexts(files);
  const figures: DeskPreviewFigure[] = [];
  for (const text of texts) figures.push({ text: text.name, words: words(text.body), renderMs: await renderTimes(files, text, keys), keystrokeMs: [] });
  const dist = options.dist ?? path.join(root, 'dist');
  if (options.browser !== false && existsSync(path.join(dist, 'admin', 'index.html'))) {
    const measured = await keystrokeTimes(dist, files, texts, keys);
    measured.forEach((times, i) => (figures[i]!.keystrokeMs = times));
  }
  return figures;
}

const ms = (values: readonly number[]) => (values.length ? `${median(values).toFixed(1)} ms median (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})` : 'not measured (no dist/admin/ or --no-browser)');

export function deskPreviewLines(figures: readonly DeskPreviewFigure[]): string {
  return figures
    .map((f) => `desk preview, ${f.text}, ${f.words} words: render ${ms(f.renderMs)}; keystroke → preview ${ms(f.keystrokeMs)} (goal ≤ 50 ms median)`)
    .join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const root = fileURLToPath(new URL('..', import.meta.url));
  const figures = await measureDeskPreview(root, {
    dist: arg('dist') ? path.resolve(arg('dist')!) : undefined,
    keys: arg('keys') ? Number(arg('keys')) : undefined,
    browser: !process.argv.includes('--no-browser'),
  });
  console.log(deskPreviewLines(figures));
}
