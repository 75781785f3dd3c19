/**
 * Dates at the precision an editor wrote them: `1985`, `2025-02` or `2025-09-02`.
 * They stay strings end to end so that nothing invents a month or a day.
 */

export type Precision = 'year' | 'month' | 'day';

/** A date as written, validated: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

export type ParseResult = { ok: true; value: PartialDate } | { ok: false; reason: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks a date string as written; returns why it is refused, in words an editor can act on. */
export function parseDateString(text: string): ParseResult {
  const match = PARTIAL_DATE.exec(text.trim());
  if (!match) {
    return { ok: false, reason: `"${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2025, 2025-02 or 2025-09-03)` };
  }
  const [, y, m, d] = match;
  const year = Number(y);
  if (m !== undefined) {
    const month = Number(m);
    if (month < 1 || month > 12) return { ok: false, reason: `"${text}" has no month ${m}: months run from 01 to 12` };
    if (d !== undefined) {
      const day = Number(d);
      const last = daysInMonth(year, month);
      if (day < 1 || day > last) return { ok: false, reason: `"${text}" does not exist: ${y}-${m} has days 01 to ${last}` };
    }
  }
  return { ok: true, value: text.trim() };
}

/**
 * Accepts every form YAML can hand over for a date: a string (`"2025-09"`), a number (`1944`)
 * or a Date (an unquoted `2025-09-02`, which js-yaml turns into midnight UTC).
 */
export function parsePartialDate(input: unknown): ParseResult {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, reason: 'is not a valid date' };
    if (input.getUTCHours() || input.getUTCMinutes() || input.getUTCSeconds() || input.getUTCMilliseconds()) {
      return { ok: false, reason: 'has a time of day: write only the date, as YYYY-MM-DD' };
    }
    return { ok: true, value: input.toISOString().slice(0, 10) };
  }
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < 1000 || input > 9999) {
      return { ok: false, reason: `${input} is not a year: write a four-digit year such as 1985` };
    }
    return { ok: true, value: String(input) };
  }
  if (typeof input === 'string') return parseDateString(input);
  return { ok: false, reason: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD' };
}

export function precisionOf(date: PartialDate): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first day a date can mean, as `YYYY-MM-DD`: the sort key. */
export function earliestDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a date can mean, as `YYYY-MM-DD`. */
export function latestDay(date: PartialDate): string {
  const [y, m] = date.split('-').map(Number) as [number, number | undefined];
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${String(daysInMonth(y, m!)).padStart(2, '0')}`;
  return date;
}

/**
 * Timeline order: the earliest moment a date can mean; on a tie the less precise date first
 * (`2025-09` before `2025-09-01`), then the id.
 */
export function compareDated(a: { date: PartialDate; id: string }, b: { date: PartialDate; id: string }): number {
  const byDay = earliestDay(a.date).localeCompare(earliestDay(b.date));
  if (byDay !== 0) return byDay;
  const byPrecision = PRECISION_RANK[precisionOf(a.date)] - PRECISION_RANK[precisionOf(b.date)];
  if (byPrecision !== 0) return byPrecision;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** True when `end` finishes before `start` could have begun. */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  return isBefore(end, start);
}

export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/**
 * True when `a` is wholly before `b`: its last possible day comes before `b`'s first. Dates of
 * different precision compare as spans, so `2025-09` is not before `2025-09-03`, `2025-08` is.
 */
export function isBefore(a: PartialDate, b: PartialDate): boolean {
  return latestDay(a) < earliestDay(b);
}

/**
 * Today as `YYYY-MM-DD` (UTC), the limit for correction and translation dates. `SITE_TODAY`
 * pins it, for tests and for rebuilding an old commit exactly as it was.
 */
export function todayIso(): string {
  return process.env.SITE_TODAY ?? new Date().toISOString().slice(0, 10);
}
