/**
 * Open Graph images (1200×630 PNG) drawn at build time with satori and resvg: no external
 * service. Fonts come from npm packages as WOFF, which satori reads (it cannot read WOFF2).
 * Images are cached by a digest of what they show (src/lib/og-cards.ts), so a warm build
 * redraws only what changed. They are drawn in worker processes (src/integrations/og-images.ts),
 * in a build and in `astro dev`: only those processes load this module.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { threadId } from 'node:worker_threads';
import type { OgCard } from './og-cards.ts';

const WIDTH = 1200;
const HEIGHT = 630;

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

/** Draws one card: satori lays it out as SVG, resvg rasterises it (on the calling thread). */
async function drawCard(c: OgCard): Promise<Buffer> {
  const svg = await satori(card(c) as never, { width: WIDTH, height: HEIGHT, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH } }).render().asPng();
}

/** Draws a card into the cache; written under a temporary name first, so a half-written file is never taken for a card. */
export async function drawCardToCache(c: OgCard, file: string): Promise<void> {
  const png = await drawCard(c);
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
}
