/**
 * How the timeline is split into pages: `/timeline/` is the overview (a chart by month and a
 * compact entry for every event), and the full cards live on period pages, one per year, or one
 * per month for a year that would not fit one page.
 *
 * The rule: a year with more than MAX_EVENTS_PER_PAGE events is split into months. Its events
 * dated to the month or the day go on their month's page (`/timeline/2025/09/`); those dated to
 * the year alone stay on the year's page (`/timeline/2025/`), which for a split year also lists
 * its months. Every other year is one page. A period's key is a partial date (`2025`,
 * `2025-09`), so periods sort as the contract sorts dates: a year before its months.
 *
 * Why 20, measured on the built site: a full card weighs 0.5 KB gzipped on average in English and
 * 0.58 KB in Spanish (its context, who, issues, sources, analysis, promises and correction notes),
 * and a period page has about 12.4 KB left for cards once the stylesheet (4 KB), the filter's
 * scripts (0.9 KB) and the page's frame, filter and period navigation (2.7 KB) are counted against
 * the 20 KB budget: 20 Spanish cards are 11.6 KB. A single month with more events than that stays
 * one page (tests/build/page-weight.test.ts and `npm run bench` would say so).
 */
import { precisionOf, type PartialDate } from '../core/dates.ts';

/** The most events one year's page holds before the year is split into months. */
export const MAX_EVENTS_PER_PAGE = 20;

/** A period's key: `YYYY` for a year's page, `YYYY-MM` for a month's. */
export type PeriodKey = string;

/**
 * Which period page each event's full card is on, from the events' ids and dates alone (so the
 * URL builders can know it before anything else is derived).
 */
export function planPeriods(events: ReadonlyArray<{ id: string; date: PartialDate }>, max = MAX_EVENTS_PER_PAGE): Map<string, PeriodKey> {
  const perYear = new Map<string, number>();
  for (const e of events) perYear.set(e.date.slice(0, 4), (perYear.get(e.date.slice(0, 4)) ?? 0) + 1);
  const periodOf = new Map<string, PeriodKey>();
  for (const e of events) {
    const year = e.date.slice(0, 4);
    // In a split year, the first seven characters are the month, or the year again for a date of the year alone.
    periodOf.set(e.id, perYear.get(year)! > max ? e.date.slice(0, 7) : year);
  }
  return periodOf;
}

export interface Period<E> {
  key: PeriodKey;
  /** `YYYY`. */
  year: string;
  /** `MM` on a month's page. */
  month?: string;
  /** Its events, in timeline order. */
  events: E[];
  /** On the page of a year split into months: those months, in order. */
  months: PeriodKey[];
}

/** The period pages, in order, each with its events (given in timeline order) and, for a split year, its months. */
export function groupPeriods<E extends { id: string; date: PartialDate }>(events: readonly E[], periodOf: ReadonlyMap<string, PeriodKey>): Period<E>[] {
  const byKey = new Map<PeriodKey, Period<E>>();
  const periodAt = (key: PeriodKey) => {
    let period = byKey.get(key);
    if (!period) {
      period = { key, year: key.slice(0, 4), ...(key.length > 4 ? { month: key.slice(5, 7) } : {}), events: [], months: [] };
      byKey.set(key, period);
    }
    return period;
  };
  for (const event of events) {
    const key = periodOf.get(event.id)!;
    periodAt(key).events.push(event);
    // A split year always has its own page: its year-only events, if any, and its months.
    if (key.length > 4) {
      const year = periodAt(key.slice(0, 4));
      if (!year.months.includes(key)) year.months.push(key);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** One row of the overview chart: a year, its events dated to the year alone, and its twelve months. */
export interface OverviewYear {
  year: string;
  /** Events dated to the year alone: where they are, and how many. */
  yearOnly: { count: number; href: string };
  months: Array<{ month: string; count: number; href: string }>;
}

/**
 * The overview chart's data: every year that has events, with a count per month (and for the
 * events dated only to the year) and where those events are: a month's own page, the year's page
 * for the events dated to the year alone (they come first there), or else the first of the month's
 * events on its year's page. Built once, from events in timeline order.
 */
export function overviewByMonth<E extends { id: string; date: PartialDate; url: string }>(events: readonly E[], periodOf: ReadonlyMap<string, PeriodKey>, periodUrl: (key: PeriodKey) => string): OverviewYear[] {
  const years = new Map<string, OverviewYear>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    let row = years.get(year);
    if (!row) {
      row = { year, yearOnly: { count: 0, href: '' }, months: Array.from({ length: 12 }, (_, i) => ({ month: String(i + 1).padStart(2, '0'), count: 0, href: '' })) };
      years.set(year, row);
    }
    const yearOnly = precisionOf(event.date) === 'year';
    const cell = yearOnly ? row.yearOnly : row.months[Number(event.date.slice(5, 7)) - 1]!;
    const key = periodOf.get(event.id)!;
    // Events are in timeline order: the first one of a cell is where its link lands.
    if (cell.count === 0) cell.href = yearOnly || key.length > 4 ? periodUrl(key) : event.url;
    cell.count++;
  }
  return [...years.values()];
}
