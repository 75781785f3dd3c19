/**
 * Every interface string and date format of the site, per language. Adding the Spanish
 * edition means adding an `es` entry here, not editing pages.
 */
import { precisionOf, type PartialDate } from './dates.ts';

export type Locale = 'en';

const strings = {
  en: {
    siteName: 'On the Table',
    siteTagline: 'The U.S.–Mexico security talks of September 2025, explained',
    skipToContent: 'Skip to content',
    nav: { home: 'Home', articles: 'Analysis', issues: 'Issues', actors: 'Who’s who', timeline: 'Timeline', connections: 'Connections', search: 'Search' },
    mainNavigation: 'Main',
    footerNote: 'An independent explainer. Every fact is sourced; see the sources under each article.',
    dataLinks: 'Data',
    feedLabel: 'RSS feed',
    home: {
      title: 'What is on the table',
      lede:
        'In September 2025 Marco Rubio made his first official visit to Claudia Sheinbaum’s government as U.S. Secretary of State. The talks turned on four questions — fentanyl, tariffs, migration and sovereignty — and produced a joint security statement and an implementation group that kept meeting for the rest of the year.',
      issuesHeading: 'The questions',
      latestHeading: 'Latest analysis',
      keyDatesHeading: 'Key dates',
      fullTimeline: 'The full timeline',
      actorsHeading: 'Main actors',
      allActors: 'Everyone involved',
      latestDevelopment: 'Latest development',
    },
    articles: {
      title: 'Analysis',
      intro: 'Original analysis of the talks, each piece tied to its sources.',
      by: 'By',
      published: 'Published',
      updated: 'Updated',
      readingTime: (minutes: number) => `${minutes} min read`,
      issues: 'Issues',
      actors: 'People and organisations',
      events: 'Events in this article',
      sources: 'Sources',
      related: 'Related analysis',
    },
    actors: {
      title: 'Who’s who',
      intro: 'The people and organisations in the talks, grouped by country.',
      people: 'People',
      organizations: 'Organisations',
      role: 'Role',
      country: 'Country',
      affiliations: 'Affiliated with',
      members: 'Connected people and bodies',
      featuredIn: 'Analysis about them',
      mentionedIn: 'Also mentioned in',
      events: 'Events',
      quotes: 'In their words',
      sources: 'Sources for this profile',
      noCountry: 'Other',
    },
    issues: {
      title: 'The issues',
      intro: 'The questions the talks turn on.',
      articles: 'Analysis',
      events: 'Events',
      actors: 'Who is involved',
      quotes: 'What each side has said',
      sources: 'Sources for this explainer',
      feed: 'RSS feed for this issue',
    },
    timeline: {
      title: 'Timeline',
      intro: 'Every dated event, in order, at the precision the sources give.',
      years: 'Years',
      actors: 'Who',
      issues: 'Issues',
      sources: 'Source',
      reportedIn: 'Analysis',
      filterHeading: 'Filter the timeline',
      filterIssue: 'Issue',
      filterActor: 'Person or organisation',
      filterAll: 'All',
      filterReset: 'Show all events',
      /** `{shown}` and `{total}` are replaced by the script. */
      filterStatus: 'Showing {shown} of {total} events',
      byIssue: 'Events by issue',
      byActor: 'Events by person or organisation: see each profile in',
    },
    connections: {
      title: 'Connections',
      intro: 'Who is involved in which question, and who appears alongside whom, with the evidence for each link.',
      matrixHeading: 'Who is involved in which issue',
      matrixCaption: 'Each number counts the articles, events and quotations that tie a person or organisation to an issue; follow it to the evidence.',
      actor: 'Person or organisation',
      cellLabel: (actor: string, issue: string, articles: number, events: number, quotes: number) =>
        `${actor} and ${issue}: ${articles} ${articles === 1 ? 'article' : 'articles'}, ${events} ${events === 1 ? 'event' : 'events'}, ${quotes} ${quotes === 1 ? 'quotation' : 'quotations'}`,
      evidenceHeading: 'The evidence',
      articles: 'Analysis',
      events: 'Events',
      quotes: 'Quoted',
      networkHeading: 'Who appears together',
      networkCaption: (shown: number) => `The ${shown} most connected people and organisations. A line joins two who appear in the same article or event; the thicker the line, the more often. The list below gives the same links in words.`,
      together: (articles: number, events: number) => `${articles} ${articles === 1 ? 'article' : 'articles'}, ${events} ${events === 1 ? 'event' : 'events'}`,
      pairsHeading: (shown: number, total: number) => (shown === total ? 'Every pair, most shared first' : `The ${shown} strongest of ${total} pairs, most shared first`),
      and: 'and',
    },
    search: {
      title: 'Search',
      intro: 'Search every article, profile, issue and event.',
      noScript: 'Everything on the site, by title:',
      label: 'Search the site',
      submit: 'Search',
      types: { article: 'Analysis', actor: 'Profile', issue: 'Issue', timeline: 'Timeline' },
      filters: { type: 'Type', issue: 'Issue', actor: 'Person or organisation' },
      filterLabel: 'Filter',
    },
    notFound: {
      title: 'Page not found',
      body: 'There is nothing at this address. Try the timeline, the issues or the search page.',
    },
    quote: { reportedIn: 'In' },
    /** Strings the Markdown pipeline writes into article bodies. */
    markdown: {
      sectionLink: (heading: string) => `Link to the section “${heading}”`,
      newTab: ' (opens in a new tab)',
      footnotes: 'Notes',
      footnoteBack: (n: number) => `Back to reference ${n}`,
      table: 'Table',
    },
  },
} as const;

export type UiStrings = (typeof strings)['en'];

export function ui(locale: Locale = 'en'): UiStrings {
  return strings[locale];
}

const dateLocales: Record<Locale, string> = { en: 'en-GB' };

const countryNames: Record<Locale, Intl.DisplayNames> = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
};

/** "1985", "February 2025", "2 September 2025": the precision written, never more. */
export function formatDate(date: PartialDate, locale: Locale = 'en'): string {
  const precision = precisionOf(date);
  if (precision === 'year') return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number?];
  return dateFormatter(locale, precision).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
}

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
export function spanParts(start: PartialDate, end: PartialDate | undefined, locale: Locale = 'en'): { start: string; separator: string; end?: string } {
  const first = formatDate(start, locale);
  if (!end || end === start) return { start: first, separator: '' };
  const last = formatDate(end, locale);
  // Bare years close up ("2018–2024"); labels with spaces need spaced dashes to stay readable.
  return { start: first, separator: first.includes(' ') || last.includes(' ') ? ' – ' : '–', end: last };
}

/** "2018–2024", "2 September 2025 – 15 January 2026". */
export function formatSpan(start: PartialDate, end: PartialDate | undefined, locale: Locale = 'en'): string {
  const parts = spanParts(start, end, locale);
  return parts.end ? `${parts.start}${parts.separator}${parts.end}` : parts.start;
}

export function countryName(code: string | undefined, locale: Locale = 'en'): string {
  if (!code) return strings[locale].actors.noCountry;
  return countryNames[locale].of(code) ?? code;
}
