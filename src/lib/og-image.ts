/**
 * Open Graph images (1200×630 PNG) drawn at build time with Takumi (`@takumi-rs/core`, a Rust
 * renderer with the same flexbox layout as satori): no external service, no SVG step. Fonts come
 * from npm packages as WOFF, the same files the satori drawing used, so the cards look the same.
 * Images are cached by a digest of what they show (src/lib/og-cards.ts), so a warm build redraws
 * only what changed. Takumi draws on libuv's thread pool, off the JavaScript thread: several
 * cards in flight use several cores (src/integrations/og-images.ts decides how many).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Renderer } from '@takumi-rs/core';
import type { OgCard } from './og-cards.ts';

const WIDTH = 1200;
const HEIGHT = 630;

const require = createRequire(path.join(process.cwd(), 'package.json'));

/** One renderer per process, its fonts registered once: registering parses the font files. */
let renderer: Promise<Renderer> | undefined;

function getRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const font = (file: string) => readFile(require.resolve(file));
    const r = new Renderer();
    await r.registerFont({ name: 'Inter', data: await font('@fontsource/inter/files/inter-latin-700-normal.woff'), weight: 700, style: 'normal' });
    await r.registerFont({ name: 'Source Serif', data: await font('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff'), weight: 400, style: 'normal' });
    return r;
  })();
  return renderer;
}

type Style = Record<string, string | number>;
type Node = { type: 'container'; style: Style; children: Node[] } | { type: 'text'; style: Style; text: string };
const box = (style: Style, children: Node[] = []): Node => ({ type: 'container', style: { display: 'flex', ...style }, children });
const words = (style: Style, text: string): Node => ({ type: 'text', style, text });

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

function card(c: OgCard): Node {
  const inner = WIDTH - 2 * 72;
  return box({ width: WIDTH, height: HEIGHT, flexDirection: 'column', backgroundColor: '#fdfcfa', color: '#1b1b1b' }, [
    box({ width: WIDTH, height: 18, backgroundColor: c.accent }),
    box({ flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '52px 72px 48px' }, [
      box({ flexDirection: 'column', gap: 22, width: inner }, [
        words({ fontFamily: 'Inter', fontWeight: 700, fontSize: 28, color: c.accent, textTransform: 'uppercase', letterSpacing: 2 }, c.kicker),
        words({ fontFamily: 'Inter', fontWeight: 700, fontSize: c.title.length > 70 ? 54 : 64, lineHeight: 1.12, width: inner }, clip(c.title, 120)),
        ...(c.summary ? [words({ fontFamily: 'Source Serif', fontWeight: 400, fontSize: 30, lineHeight: 1.35, color: '#4a4a4a', width: inner }, clip(c.summary, 170))] : []),
      ]),
      words({ fontFamily: 'Inter', fontWeight: 700, fontSize: 26, color: '#595959' }, c.siteName),
    ]),
  ]);
}

/** Draws one card as PNG; the drawing runs on libuv's thread pool, not on the calling thread. */
export async function drawCard(c: OgCard): Promise<Buffer> {
  return (await getRenderer()).render(card(c), { width: WIDTH, height: HEIGHT, format: 'png' });
}

/** Draws a card into the cache; written under a temporary name first, so a half-written file is never taken for a card. */
export async function drawCardToCache(c: OgCard, file: string): Promise<void> {
  const png = await drawCard(c);
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
}
