/**
 * Open Graph images (1200×630 PNG) drawn at build time with satori and resvg: no external
 * service. Fonts come from npm packages as WOFF, which satori reads (it cannot read WOFF2).
 * Images are cached by a digest of what they show, so a warm build redraws only what changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';

export interface OgCard {
  /** Small label above the title, e.g. the issue or "Analysis". */
  kicker: string;
  title: string;
  summary?: string;
  /** Accent colour for the rule and kicker. */
  accent: string;
  siteName: string;
}

const WIDTH = 1200;
const HEIGHT = 630;
/** Bump when the drawing below changes, so cached images are redrawn. */
const TEMPLATE_VERSION = 2;

const require = createRequire(path.join(process.cwd(), 'package.json'));
let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>> | undefined;

function loadFonts() {
  fonts ??= Promise.all([
    readFile(require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff')).then((data) => ({ name: 'Inter', data, weight: 700 as const, style: 'normal' as const })),
    readFile(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff')).then((data) => ({ name: 'Source Serif', data, weight: 400 as const, style: 'normal' as const })),
  ]);
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

function card(c: OgCard): Node {
  const inner = WIDTH - 2 * 72;
  return el('div', { width: WIDTH, height: HEIGHT, display: 'flex', flexDirection: 'column', background: '#fdfcfa', color: '#1b1b1b' }, [
    el('div', { width: WIDTH, height: 18, background: c.accent }),
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '52px 72px 48px' }, [
      el('div', { display: 'flex', flexDirection: 'column', gap: 22, width: inner }, [
        el('div', { fontFamily: 'Inter', fontSize: 28, color: c.accent, textTransform: 'uppercase', letterSpacing: 2 }, c.kicker),
        el('div', { fontFamily: 'Inter', fontSize: c.title.length > 70 ? 54 : 64, lineHeight: 1.12, width: inner }, clip(c.title, 120)),
        ...(c.summary ? [el('div', { fontFamily: 'Source Serif', fontSize: 30, lineHeight: 1.35, color: '#4a4a4a', width: inner }, clip(c.summary, 170))] : []),
      ]),
      el('div', { fontFamily: 'Inter', fontSize: 26, color: '#595959' }, c.siteName),
    ]),
  ]);
}

async function draw(c: OgCard): Promise<Buffer> {
  const svg = await satori(card(c) as never, { width: WIDTH, height: HEIGHT, fonts: await loadFonts() });
  // Rasterised on libuv's thread pool, so the second core works while Astro renders other pages.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: WIDTH } });
  return image.asPng();
}

export async function ogImage(c: OgCard, cacheDir = path.join(process.cwd(), 'node_modules', '.cache', 'on-the-table-og')): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify([TEMPLATE_VERSION, c])).digest('hex').slice(0, 20);
  const file = path.join(cacheDir, `${key}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await draw(c);
    await mkdir(cacheDir, { recursive: true });
    await writeFile(file, png);
    return png;
  }
}

