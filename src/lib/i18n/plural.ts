/** Plural forms and counts in words, by each language's plural rules. */
import type { Locale } from '../../core/locales.ts';

/** Plural forms as `Intl.PluralRules` names them; `other` is always required. */
export type Forms = { one?: string; other: string };
const pluralRules = new Map<Locale, Intl.PluralRules>();
/** "1 article", "2 articles": the form the language's plural rules choose, `{n}` replaced. */
export function plural(locale: Locale, n: number, forms: Forms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = (rules.select(n) === 'one' ? forms.one : undefined) ?? forms.other;
  return form.replace('{n}', String(n));
}

/** Counts as a list in words, leaving out the zeros: "2 articles, 1 quotation". */
export function countList(locale: Locale, counts: ReadonlyArray<readonly [number, Forms]>): string {
  return counts
    .filter(([n]) => n > 0)
    .map(([n, forms]) => plural(locale, n, forms))
    .join(', ');
}
