/** The edition a component is being rendered in, from the page's address (components need no locale prop). */
import type { Locale } from '../core/locales.ts';
import { HTML_LANG } from '../core/locales.ts';
import { localeOfPath, siteBase } from './routes.ts';

export function localeOf(url: URL): Locale {
  const base = siteBase();
  return localeOfPath(`/${url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\//, '')}`);
}

/** A `lang` attribute for text written in `textLang` inside a page of `pageLocale`; none when they agree. */
export function langAttr(textLang: Locale, pageLocale: Locale): string | undefined {
  return textLang === pageLocale ? undefined : HTML_LANG[textLang];
}
