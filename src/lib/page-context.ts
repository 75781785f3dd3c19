/**
 * The page being rendered, for components: the catch-all route (and the English 404) put it on
 * `Astro.locals` before anything renders, as Starlight does with its route data, so a component
 * reads its edition and data from the page instead of re-deriving them from the address or
 * falling back to a language.
 */
import type { Locale } from '../core/locales.ts';
import { HTML_LANG } from '../core/locales.ts';
import type { Entry } from './load-site-data.ts';
import type { Page } from './page-list.ts';

export function currentPage(astro: { locals: App.Locals }): Page<Entry> {
  const page = astro.locals.page;
  if (!page) throw new Error('A component rendered outside a page of the site: the page route sets Astro.locals.page (src/pages/[...path].astro) before rendering its view');
  return page;
}

/** A `lang` attribute for text written in `textLang` inside a page of `pageLocale`; none when they agree. */
export function langAttr(textLang: Locale, pageLocale: Locale): string | undefined {
  return textLang === pageLocale ? undefined : HTML_LANG[textLang];
}
