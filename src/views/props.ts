import type { Locale } from '../core/locales.ts';
import type { PageRoute } from '../lib/routes.ts';

/** Where a page sits: its route (the same in every language), its edition, and whether both editions have its text. */
export interface PageContext {
  route: PageRoute;
  locale: Locale;
  /**
   * True when the page's text exists in both languages, so the two are real counterparts
   * (`hreflang` pairs, the sitemap); false on either side of an untranslated entry.
   */
  paired: boolean;
}

/** What `[...path].astro` hands every view: the edition, and the entry's id on an entry's page. */
export interface ViewProps {
  locale: Locale;
  id?: string;
  page: PageContext;
}
