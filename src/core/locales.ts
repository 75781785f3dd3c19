/** The site's languages. English is the edition of record; the others translate it. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** Languages other than English. */
export type TranslationLocale = Exclude<Locale, 'en'>;
export const TRANSLATION_LOCALES: readonly TranslationLocale[] = ['es'];

/** The `lang` attribute of each edition's pages (Mexican Spanish). */
export const HTML_LANG: Record<Locale, string> = { en: 'en', es: 'es-MX' };
/** Open Graph's `og:locale`. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', es: 'es_MX' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
