/** The Open Graph integration's hooks, called as a build calls them, on two fixture entries: drawn once, then from the cache. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import ogImages from '../../src/integrations/og-images.ts';

const root = mkdtempSync(path.join(tmpdir(), 'og-images-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
write('content/issues/water.md', '---\ntitle: "Water"\nsummary: "The 1944 treaty."\n---\n');
write('content/articles/deliveries.md', '---\ntitle: "Deliveries"\nsummary: "How much water, and when."\nissues: [water]\n---\n');

type Hook = (options: Record<string, unknown>) => Promise<void> | void;

/** Runs the build's hooks in order; returns what was logged and the cards in `dist/`. */
async function build(dist: string) {
  const integration = ogImages({ cacheDir: path.join(root, 'cache') });
  const hooks = integration.hooks as Record<string, Hook>;
  const lines: string[] = [];
  const dir = pathToFileURL(`${path.join(root, dist)}/`);
  await hooks['astro:config:setup']!({ config: { root: pathToFileURL(`${root}/`) }, command: 'build' });
  await hooks['astro:build:generated']!({ dir });
  await hooks['astro:build:done']!({ dir, logger: { info: (line: string) => lines.push(line) } });
  const files = readdirSync(path.join(root, dist), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png')).sort();
  return { lines, cards: new Map(files.map((f) => [f, readFileSync(path.join(root, dist, f))])) };
}

describe('ogImages', () => {
  it('draws every card on a cold cache, then takes them all from the cache, byte for byte', async () => {
    const cold = await build('dist-1');
    // An article, an issue and the site, in two editions.
    expect(cold.cards.size).toBe(6);
    expect(cold.lines.join('\n')).toMatch(/6 Open Graph images: 6 drawn/);
    const warm = await build('dist-2');
    expect(warm.lines.join('\n')).toMatch(/6 Open Graph images: none drawn/);
    expect([...warm.cards.keys()]).toEqual([...cold.cards.keys()]);
    for (const [file, png] of cold.cards) expect(warm.cards.get(file)!.equals(png), file).toBe(true);
  });
});
