import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OgCard } from '../../src/lib/og-cards.ts';
import { drawCard, drawCardToCache } from '../../src/lib/og-image.ts';

const card: OgCard = {
  kicker: 'Análisis · Aranceles',
  title: 'Tariffs as leverage: a year of deadlines, pauses and extensions',
  summary: 'Donald Trump set, paused and extended a series of tariff deadlines for Mexico in 2025. Here is how the deadlines moved, and how a tariff threat reached the water dispute.',
  accent: '#1d5e8c',
  siteName: 'On the Table',
};

const sha = (png: Buffer) => createHash('sha256').update(png).digest('hex');
const dir = mkdtempSync(path.join(tmpdir(), 'og-image-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('drawCard', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await drawCard(card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('gives the same bytes every time, one after another or several at once', async () => {
    const first = await drawCard(card);
    const again = await drawCard(card);
    const together = await Promise.all([card, card, card, card].map(drawCard));
    for (const png of [again, ...together]) expect(sha(png)).toBe(sha(first));
  });

  it('gives the same bytes in another process, as two builds of one commit must', async () => {
    const here = sha(await drawCard(card));
    const module = path.resolve('src/lib/og-image.ts');
    const script = `const { drawCard } = await import(${JSON.stringify(module)}); const { createHash } = await import('node:crypto'); process.stdout.write(createHash('sha256').update(await drawCard(${JSON.stringify(card)})).digest('hex'));`;
    const there = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(there).toBe(here);
  });

  it('draws different words differently', async () => {
    expect(sha(await drawCard({ ...card, title: 'Water' }))).not.toBe(sha(await drawCard(card)));
  });
});

describe('drawCardToCache', () => {
  it('writes the card to its file and leaves no partial file behind', async () => {
    const file = path.join(dir, 'cache', 'card.png');
    await Promise.all([drawCardToCache(card, file), drawCardToCache(card, file)]);
    expect(existsSync(file)).toBe(true);
    expect(sha(readFileSync(file))).toBe(sha(await drawCard(card)));
    expect(readdirSync(path.dirname(file))).toEqual(['card.png']);
  });
});
