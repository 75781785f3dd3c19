/**
 * Which Open Graph cards the site has, and what each shows: one per published article and per
 * issue, and one for the rest of the site, in each edition. Computed from the checked content
 * files (not from the data module), so the images can be drawn on other cores while Astro is
 * still loading and rendering the content (src/integrations/og-images.ts).
 *
 * Every page of each edition has its own card, translated or not (clarifications.md: never drop
 * an Open Graph image to meet a target): an untranslated entry's Spanish card shows the English words under the
 * Spanish edition's labels. Identical cards are drawn once (their cache file is named by what
 * they show).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../core/locales.ts';
import { isPublished, type CollectionName } from '../schemas/index.ts';
import { ui } from './i18n.ts';
import { issuePalette, SITE_ACCENT } from './issue-palette.ts';
import { ogImagePath, type OgCollection } from './routes.ts';
import { cachePath } from '../core/content-paths.ts';

/** What one card shows (drawn by src/lib/og-image.ts). */
export interface OgCard {
  /** Small label above the title, e.g. the issue or "Analysis". */
  kicker: string;
  title: string;
  summary?: string;
  /** Accent colour for the rule and kicker. */
  accent: string;
  siteName: string;
}

/** Bump when the drawing in src/lib/og-image.ts changes, so cached images are redrawn (3: drawn with Takumi). */
const TEMPLATE_VERSION = 3;

/** Where drawn cards are kept between builds: `node_modules/.cache`, like the other caches. */
export const defaultCardCache = (root = process.cwd()) => cachePath(root, 'cards');

/** A card's file in the cache, named by a digest of what it shows (and of the drawing's version). */
export function cardCacheFile(c: OgCard, cacheDir: string): string {
  const key = createHash('sha256').update(JSON.stringify([TEMPLATE_VERSION, c])).digest('hex').slice(0, 20);
  return path.join(cacheDir, `${key}.png`);
}

/** What a card is drawn from: a checked entry's frontmatter, in its language. */
export interface CardSource {
  collection: CollectionName;
  locale: Locale;
  id: string;
  data: Record<string, unknown>;
}

export interface PlannedCard {
  /** The image's path in `dist/`, without the base path: `og/articles/x.png`, `es/og/issues/y.png`. */
  file: string;
  card: OgCard;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function planOgCards(entries: readonly CardSource[]): PlannedCard[] {
  const english = (collection: CollectionName) =>
    entries.filter((e) => e.collection === collection && e.locale === DEFAULT_LOCALE).sort((a, b) => a.id.localeCompare(b.id));
  const articles = english('articles').filter((a) => isPublished(a.data));
  const issues = english('issues');
  const translation = new Map(entries.filter((e) => e.locale !== DEFAULT_LOCALE).map((e) => [`${e.locale}/${e.collection}/${e.id}`, e.data]));
  // The same palette as the stylesheet; the cards are light, so they take the light colours.
  const palette = issuePalette(issues.map((issue) => issue.id));
  const accent = (issue: string) => palette.get(issue)!.light;

  const planned: PlannedCard[] = [];
  for (const locale of LOCALES) {
    const t = ui(locale);
    // The edition's words where the entry is translated, else the English ones.
    const words = (e: CardSource) => (locale === DEFAULT_LOCALE ? e.data : (translation.get(`${locale}/${e.collection}/${e.id}`) ?? e.data));
    const issueTitle = new Map(issues.map((issue) => [issue.id, text(words(issue).title) ?? String(issue.data.title)]));
    const add = (collection: OgCollection, id: string, card: OgCard) => planned.push({ file: ogImagePath(collection, id, locale).slice(1), card });
    for (const article of articles) {
      const w = words(article);
      const issue = (article.data.issues as string[])[0]!;
      add('articles', article.id, {
        kicker: `${t.articles.title} · ${issueTitle.get(issue)}`,
        title: text(w.title) ?? String(article.data.title),
        summary: text(w.summary) ?? text(article.data.summary),
        accent: accent(issue),
        siteName: t.siteName,
      });
    }
    for (const issue of issues) {
      const w = words(issue);
      add('issues', issue.id, {
        kicker: t.issues.title,
        title: text(w.title) ?? String(issue.data.title),
        summary: text(w.summary) ?? text(issue.data.summary),
        accent: accent(issue.id),
        siteName: t.siteName,
      });
    }
    add('site', 'default', { kicker: t.siteName, title: t.home.title, summary: t.siteTagline, accent: SITE_ACCENT.light, siteName: t.siteName });
  }
  return planned;
}
