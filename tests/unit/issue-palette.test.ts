import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, contrast, derivedColours, distance, issueColoursCss, issuePalette, MIN_CONTRAST, MIN_DISTANCE, NAMED_COLOURS, OTHER_COLOUR, SITE_ACCENT, type IssueColour } from '../../src/lib/issue-palette.ts';

const readable = (colour: IssueColour) =>
  BACKGROUNDS.light.every((bg) => contrast(colour.light, bg) >= MIN_CONTRAST) && BACKGROUNDS.dark.every((bg) => contrast(colour.dark, bg) >= MIN_CONTRAST);

describe('the issue palette', () => {
  it('computes WCAG contrast as the standard does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('keeps every named colour, the fallback and the site accent at AA on light and dark backgrounds and surfaces', () => {
    for (const [id, colour] of Object.entries({ ...NAMED_COLOURS, other: OTHER_COLOUR, site: SITE_ACCENT })) expect(readable(colour), id).toBe(true);
  });

  it('gives issues it has no name for distinct AA colours, the same every time', () => {
    const derived = derivedColours(10);
    const named = [...Object.values(NAMED_COLOURS), OTHER_COLOUR];
    derived.forEach((colour, i) => {
      expect(readable(colour), `${i}: ${colour.light} / ${colour.dark}`).toBe(true);
      for (const other of [...named, ...derived.slice(0, i)]) {
        expect(distance(colour.light, other.light)).toBeGreaterThanOrEqual(MIN_DISTANCE);
        expect(distance(colour.dark, other.dark)).toBeGreaterThanOrEqual(MIN_DISTANCE);
      }
    });
    expect(derivedColours(10)).toEqual(derived);
    expect(derivedColours(3)).toEqual(derived.slice(0, 3));
  });

  it('still gives readable colours to many more issues', () => {
    const many = derivedColours(40);
    expect(many.every(readable)).toBe(true);
    expect(new Set(many.map((c) => c.light)).size).toBe(40);
  });

  it('assigns named colours by id and derived ones by the order of the other ids, whatever order they come in', () => {
    const palette = issuePalette(['water', 'zebra-mussels', 'fentanyl', 'budget']);
    expect(palette.get('fentanyl')).toEqual(NAMED_COLOURS.fentanyl);
    expect(palette.get('water')).toEqual(NAMED_COLOURS.water);
    const [first, second] = derivedColours(2);
    expect(palette.get('budget')).toEqual(first);
    expect(palette.get('zebra-mussels')).toEqual(second);
    expect(issuePalette(['budget', 'fentanyl', 'zebra-mussels', 'water'])).toEqual(palette);
    // A name an object already has is not a named issue.
    expect(issuePalette(['constructor']).get('constructor')).toEqual(first);
  });

  it('writes the CSS the pages use: variables for both modes and one rule per issue', () => {
    const css = issueColoursCss(['fentanyl', 'budget']);
    expect(css).toContain(`--issue-fentanyl: ${NAMED_COLOURS.fentanyl!.light};`);
    expect(css).toContain(`--issue-budget: ${derivedColours(1)[0]!.light};`);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\n:root \{[^}]*--issue-fentanyl: #ff9a9a;/);
    expect(css).toContain(':root [data-issue="budget"] { --accent: var(--issue-budget); }');
    expect(css).toContain(`--issue-other: ${OTHER_COLOUR.light};`);
  });
});

describe('the issue-colours integration', () => {
  it('reads the issue ids from the file names in the issues folder', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { issueIds } = await import('../../src/integrations/issue-colours.ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'issues-'));
    for (const name of ['water.md', 'budget.md', 'notes.txt']) writeFileSync(path.join(dir, name), '');
    expect(await issueIds(dir)).toEqual(['budget', 'water']);
    expect(await issueIds(path.join(dir, 'missing'))).toEqual([]);
  });
});
