/** The issue colours a reader sees are the palette's, in light and dark mode, for every issue. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/project.ts';
import { issuePalette } from '../../src/lib/issue-palette.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const site = siteInBrowser({ headers: true });

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('issue colours', () => {
  const ids = (JSON.parse(readFileSync(path.join(DIST, 'data', 'issues.json'), 'utf8')) as Array<{ id: string }>).map((issue) => issue.id);
  const palette = issuePalette(ids);

  for (const scheme of ['light', 'dark'] as const) {
    it(`labels every issue in its palette colour (${scheme})`, async () => {
      const context = await site.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/issues/`);
      const shown = await page.locator('.issue-tag[data-issue]').evaluateAll((els) => els.map((el) => [(el as HTMLElement).dataset.issue!, getComputedStyle(el).color]));
      expect(new Set(shown.map(([id]) => id))).toEqual(new Set(ids));
      for (const [id, colour] of shown) expect(colour, id).toBe(rgb(palette.get(id!)![scheme]));
      await context.close();
    });
  }
});
