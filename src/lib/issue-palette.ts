/**
 * The one palette of issue colours, used by the stylesheet (through the `issue-colours`
 * integration, which writes it as CSS custom properties) and by the Open Graph images.
 *
 * Every colour is readable as text, WCAG AA (4.5:1), on the site's light and dark backgrounds
 * and surfaces. The issues the site launched with keep the colours chosen for them; an issue an
 * editor adds later gets one derived here: issues without a named colour, taken in the order of
 * their ids, walk a fixed sequence of hues (golden-angle steps in OKLCH), each at the lightest
 * (light mode) or darkest (dark mode) tone that still passes AA, and a hue too close to a colour
 * already taken is skipped. So the same set of issues always gets the same colours, with no code
 * to touch; adding an issue whose id sorts before another new one can move that one's colour.
 */

export interface IssueColour {
  /** For the light background (and the Open Graph images, which are light). */
  light: string;
  /** For the dark background (`prefers-color-scheme: dark`). */
  dark: string;
}

/** The backgrounds issue colours are read on: `--bg` and `--surface` in src/styles/global.css. */
export const BACKGROUNDS = { light: ['#fdfcfa', '#f3f1ec'], dark: ['#161514', '#221f1d'] } as const;

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** The launch issues' colours, by issue id. */
export const NAMED_COLOURS: Readonly<Record<string, IssueColour>> = {
  fentanyl: { light: '#a4262c', dark: '#ff9a9a' },
  tariffs: { light: '#1d5e8c', dark: '#8cc4f0' },
  migration: { light: '#6a4a00', dark: '#e7c36b' },
  sovereignty: { light: '#2e6b30', dark: '#92d394' },
  'security-cooperation': { light: '#5b4b8a', dark: '#c7b6f5' },
  extradition: { light: '#8a2f6b', dark: '#f2a7d8' },
  'military-strikes': { light: '#4a5560', dark: '#c3ccd6' },
  'arms-trafficking': { light: '#9a3412', dark: '#ffb38a' },
  water: { light: '#0b6570', dark: '#7fd6e0' },
};

/** For anything without an issue. */
export const OTHER_COLOUR: IssueColour = { light: '#555555', dark: '#c8c8c8' };

/** The accent of the site's own Open Graph card (no issue). */
export const SITE_ACCENT: IssueColour = { light: '#1f3a5f', dark: '#9cc3f5' };

/** How far apart (OKLab distance, in both modes) a derived colour must be from every other. */
export const MIN_DISTANCE = 0.06;

/** Colours for every issue id given (order does not matter). */
export function issuePalette(ids: Iterable<string>): Map<string, IssueColour> {
  const all = [...new Set(ids)].sort();
  const palette = new Map<string, IssueColour>();
  const unnamed: string[] = [];
  for (const id of all) {
    const named = Object.hasOwn(NAMED_COLOURS, id) ? NAMED_COLOURS[id] : undefined;
    if (named) palette.set(id, named);
    else unnamed.push(id);
  }
  const derived = derivedColours(unnamed.length);
  unnamed.forEach((id, i) => palette.set(id, derived[i]!));
  return palette;
}

/** The custom properties and `[data-issue]` rules the stylesheet needs for these issues. */
export function issueColoursCss(ids: Iterable<string>): string {
  const palette = [...issuePalette(ids)];
  const name = (id: string) => `--issue-${id.replace(/[^a-z0-9-]/gi, '_')}`;
  const vars = (mode: keyof IssueColour) =>
    [`--issue-other: ${OTHER_COLOUR[mode]};`, ...palette.map(([id, colour]) => `${name(id)}: ${colour[mode]};`)].map((line) => `  ${line}`).join('\n');
  return [
    '/* Written by src/integrations/issue-colours.ts from src/lib/issue-palette.ts. */',
    `:root {\n${vars('light')}\n}`,
    `@media (prefers-color-scheme: dark) {\n:root {\n${vars('dark')}\n}\n}`,
    ...palette.map(([id]) => `:root [data-issue=${JSON.stringify(id)}] { --accent: var(${name(id)}); }`),
    '',
  ].join('\n');
}

// --- Deriving colours -----------------------------------------------------------------------

const GOLDEN_ANGLE = 137.508;
const START_HUE = 200;
/** Aim above 4.5 so that rounding to hex never drops a colour below AA. */
const TARGET_CONTRAST = 4.7;
/** Each round walks the hues again at a deeper tone and lower chroma, for colours the last round could not give. */
const ROUNDS = [
  { chroma: 0.15, depth: 0 },
  { chroma: 0.12, depth: 0.1 },
  { chroma: 0.09, depth: 0.2 },
];
const HUES_PER_ROUND = 24;

/** The derived sequence so far (it is the same every time, so it is kept once worked out). */
const sequence: IssueColour[] = [];

/**
 * The first `count` colours of the derived sequence. Candidates come hue by hue, round by round;
 * one is kept when it is at least MIN_DISTANCE from every colour already in use in both modes.
 * Past what the rounds can give (dozens of issues), the distance asked for halves: every colour
 * still reads at AA, and its name beside it tells it apart.
 */
export function derivedColours(count: number): IssueColour[] {
  let minDistance = MIN_DISTANCE;
  while (sequence.length < count) {
    const before = sequence.length;
    const taken = [...Object.values(NAMED_COLOURS), OTHER_COLOUR, ...sequence];
    for (const { chroma, depth } of ROUNDS) {
      for (let step = 0; step < HUES_PER_ROUND && sequence.length < count; step++) {
        const hue = (START_HUE + step * GOLDEN_ANGLE) % 360;
        const candidate = { light: toneFor(hue, chroma, depth, 'light'), dark: toneFor(hue, chroma, depth, 'dark') };
        const apart = taken.every((other) => distance(candidate.light, other.light) >= minDistance && distance(candidate.dark, other.dark) >= minDistance);
        if (apart) {
          sequence.push(candidate);
          taken.push(candidate);
        }
      }
    }
    if (sequence.length === before) minDistance /= 2;
  }
  return sequence.slice(0, count);
}

/**
 * The tone of this hue nearest the middle that still reads at AA on the mode's backgrounds
 * (the lightest passing one in light mode, the darkest in dark mode), moved `depth` further
 * from the middle.
 */
function toneFor(hue: number, chroma: number, depth: number, mode: keyof IssueColour): string {
  const passes = (l: number) => BACKGROUNDS[mode].every((bg) => contrast(oklchToHex(l, chroma, hue), bg) >= TARGET_CONTRAST);
  let [pass, fail] = mode === 'light' ? [0.15, 0.9] : [0.99, 0.3];
  for (let i = 0; i < 30; i++) {
    const mid = (pass + fail) / 2;
    if (passes(mid)) pass = mid;
    else fail = mid;
  }
  return oklchToHex(mode === 'light' ? pass - depth : Math.min(0.99, pass + depth), chroma, hue);
}

// --- Colour arithmetic (sRGB, WCAG luminance, OKLab) ----------------------------------------

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as [number, number, number];
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function oklab(hex: string): [number, number, number] {
  const [r, g, b] = hexToRgb(hex).map(toLinear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** Euclidean distance in OKLab: about 0.02 is a just-noticeable difference. */
export function distance(a: string, b: string): number {
  const [x, y] = [oklab(a), oklab(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

/** OKLCH to hex, lowering the chroma until the colour fits in sRGB. */
function oklchToHex(l: number, c: number, hue: number): string {
  const h = (hue * Math.PI) / 180;
  for (let chroma = c; chroma >= 0; chroma -= 0.005) {
    const rgb = oklabToLinearRgb(l, chroma * Math.cos(h), chroma * Math.sin(h));
    if (rgb.every((v) => v >= -1e-6 && v <= 1 + 1e-6)) return rgbToHex(rgb.map((v) => fromLinear(Math.min(1, Math.max(0, v)))) as [number, number, number]);
  }
  return rgbToHex(oklabToLinearRgb(l, 0, 0).map((v) => fromLinear(Math.min(1, Math.max(0, v)))) as [number, number, number]);
}

function oklabToLinearRgb(L: number, a: number, b: number): [number, number, number] {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960771 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

function rgbToHex(rgb: [number, number, number]): string {
  return `#${rgb.map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
}
