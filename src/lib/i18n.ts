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
      intro: 'Who is involved in which question, and who appears alongside whom. Every number leads to the articles, events and quotations behind it.',
      description: 'Who is involved in which issue of the U.S.–Mexico talks, who appears with whom, and the evidence for each link.',
      matrixHeading: 'Who is involved in which issue',
      matrixNote: 'Each circle counts the articles, events and quotations that tie a person or organisation to an issue: the bigger, the more, and filled circles for the most. People are grouped by country, most involved first. Follow a name or a number to the evidence.',
      matrixCaption: 'People and organisations by issue',
      actor: 'Person or organisation',
      cellLabel: (actor: string, issue: string, count: number) => `${actor} on ${issue}: ${count} ${count === 1 ? 'piece' : 'pieces'} of evidence`,
      noCountry: 'No country',
      countriesLabel: 'Jump to a country',
      alsoWith: 'Also named with',
      tiesHeading: 'Who appears with whom',
      tiesNote: (shown: number) => `The ${shown} strongest ties: two people or organisations named in the same article or event, and the issues that brings them together. Follow a pair to what they share.`,
      together: (articles: number, events: number) =>
        `${[[articles, 'article', 'articles'] as const, [events, 'event', 'events'] as const]
          .filter(([n]) => n > 0)
          .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
          .join(', ')} together`,
      evidenceCount: (articles: number, events: number, quotes: number) =>
        [[articles, 'article', 'articles'], [events, 'event', 'events'], [quotes, 'quotation', 'quotations']]
          .filter(([n]) => (n as number) > 0)
          .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
          .join(', '),
      onIssues: 'On',
      mostlyOn: 'Mostly on',
      moreIssues: (n: number) => `and ${n} more ${n === 1 ? 'issue' : 'issues'}`,
      and: 'and',
      allConnections: 'All connections',
      actorTitle: (name: string) => `${name}: connections`,
      actorDescription: (name: string) => `The issues ${name} is involved in, who they appear with, and the evidence for each.`,
      actorSummary: (issues: number, partners: number) =>
        `Involved in ${issues} ${issues === 1 ? 'issue' : 'issues'}; named alongside ${partners} ${partners === 1 ? 'person or organisation' : 'people and organisations'}.`,
      profile: 'Full profile',
      issuesHeading: 'Issue by issue',
      alongside: 'Alongside them on this issue',
      tiesOfHeading: 'Who they appear with',
      articles: 'Analysis',
      events: 'Events',
      quotes: 'In their words',
      inArticle: 'in',
      /** A quotation's words in the language's quotation marks. */
      quoted: (text: string) => `“${text.replace(/^[“"]|[”"]$/g, '')}”`,
      more: (n: number) => `and ${n} more`,
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
