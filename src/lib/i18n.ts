/**
 * Every interface string and date format of the site, per language. A Spanish page is the
 * English page's component with the `es` dictionary: a key missing from one language is a type
 * error (`UiStrings`) and, should a cast hide it, a build error (`assertSameKeys` below), never a
 * silent fallback to English.
 */
import { precisionOf, type PartialDate } from '../core/dates.ts';
import type { Locale } from '../core/locales.ts';
import { en, type UiStrings } from './i18n/en.ts';
import { es } from './i18n/es.ts';

export type { Locale } from '../core/locales.ts';
export type { UiStrings } from './i18n/en.ts';
export { plural } from './i18n/plural.ts';

const strings: Record<Locale, UiStrings> = { en, es };

/** Throws when two dictionaries differ in their keys (a cast or a spread can hide that from the types). */
export function assertSameKeys(reference: unknown, other: unknown, path = ''): void {
  if (typeof reference !== 'object' || reference === null) return;
  const a = Object.keys(reference).sort();
  const b = typeof other === 'object' && other !== null ? Object.keys(other).sort() : [];
  const missing = a.filter((k) => !b.includes(k));
  const extra = b.filter((k) => !a.includes(k));
  if (missing.length || extra.length) {
    throw new Error(`Interface strings differ at "${path || '(root)'}": ${missing.length ? `missing ${missing.join(', ')}` : ''}${extra.length ? ` extra ${extra.join(', ')}` : ''}`);
  }
  for (const key of a) assertSameKeys((reference as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
}
for (const [locale, dictionary] of Object.entries(strings)) if (locale !== 'en') assertSameKeys(en, dictionary, locale);

export function ui(locale: Locale): UiStrings {
  return strings[locale];
}

const dateLocales: Record<Locale, string> = { en: 'en-GB', es: 'es-MX' };

const countryNames = new Map<Locale, Intl.DisplayNames>();

/** "1985", "February 2025", "2 September 2025" (es: "septiembre de 2025", "3 de septiembre de 2025"). */
export function formatDate(date: PartialDate, locale: Locale): string {
  const precision = precisionOf(date);
  if (precision === 'year') return date;
  // A site has few distinct dates and prints each on many pages (every list an article is on).
  const key = `${locale} ${date}`;
  let label = formattedDates.get(key);
  if (label === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number?];
    label = dateFormatter(locale, precision).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
    formattedDates.set(key, label);
  }
  return label;
}
const formattedDates = new Map<string, string>();

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: Locale, precision: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'month' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(dateLocales[locale], options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The labels of a span and what goes between them; no `end` (or the same day) is a single date. */
export function spanParts(start: PartialDate, end: PartialDate | undefined, locale: Locale): { start: string; separator: string; end?: string } {
  const first = formatDate(start, locale);
  if (!end || end === start) return { start: first, separator: '' };
  const last = formatDate(end, locale);
  // Bare years close up ("2018–2024"); labels with spaces need spaced dashes to stay readable.
  return { start: first, separator: first.includes(' ') || last.includes(' ') ? ' – ' : '–', end: last };
}

export function countryName(code: string | undefined, locale: Locale): string {
  if (!code) return strings[locale].actors.noCountry;
  let names = countryNames.get(locale);
  if (!names) countryNames.set(locale, (names = new Intl.DisplayNames([dateLocales[locale]], { type: 'region' })));
  return names.of(code) ?? code;
}
