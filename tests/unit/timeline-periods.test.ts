/** How the timeline is cut into period pages (src/lib/timeline-periods.ts), on small fixtures. */
import { describe, expect, it } from 'vitest';
import { groupPeriods, MAX_EVENTS_PER_PAGE, overviewByMonth, planPeriods } from '../../src/lib/timeline-periods.ts';
import { compareDated } from '../../src/core/dates.ts';

const ev = (id: string, date: string) => ({ id, date, url: `/x/#${id}` });

describe('the timeline’s period pages', () => {
  // A max of 3 events per page: 2025 (5 events) is split into months, 2018 (2 events) is not.
  const events = [
    ev('murder', '1985'),
    ev('memo', '2018-05'),
    ev('visit-2018', '2018-11-03'),
    ev('year-only', '2025'),
    ev('feb-month', '2025-02'),
    ev('feb-day', '2025-02-20'),
    ev('sep-a', '2025-09-03'),
    ev('sep-b', '2025-09-04'),
    ev('span', '2025-12'),
  ].sort(compareDated);
  const periodOf = planPeriods(events, 3);

  it('keeps a year within the limit on one page, whatever the precision of its dates', () => {
    expect(periodOf.get('murder')).toBe('1985');
    expect(periodOf.get('memo')).toBe('2018');
    expect(periodOf.get('visit-2018')).toBe('2018');
  });

  it('splits a longer year into months: month- and day-precision events on their month’s page, year-only events on the year’s', () => {
    expect(periodOf.get('year-only')).toBe('2025');
    expect(periodOf.get('feb-month')).toBe('2025-02');
    expect(periodOf.get('feb-day')).toBe('2025-02');
    expect(periodOf.get('sep-a')).toBe('2025-09');
    expect(periodOf.get('span')).toBe('2025-12');
  });

  it('splits at more than the limit, not at it', () => {
    const four = [ev('a', '2020-01-01'), ev('b', '2020-02-01'), ev('c', '2020-03-01')];
    expect(new Set(planPeriods(four, 3).values())).toEqual(new Set(['2020']));
    expect(new Set(planPeriods([...four, ev('d', '2020-03-02')], 3).values())).toEqual(new Set(['2020-01', '2020-02', '2020-03']));
    expect(MAX_EVENTS_PER_PAGE).toBeGreaterThan(10);
  });

  it('lists the pages in date order, a split year’s page before its months and listing them, each with its events in order', () => {
    const periods = groupPeriods(events, periodOf);
    expect(periods.map((p) => p.key)).toEqual(['1985', '2018', '2025', '2025-02', '2025-09', '2025-12']);
    expect(periods.find((p) => p.key === '2025')).toMatchObject({ year: '2025', months: ['2025-02', '2025-09', '2025-12'] });
    expect(periods.find((p) => p.key === '2025')!.events.map((e) => e.id)).toEqual(['year-only']);
    expect(periods.find((p) => p.key === '2025-02')).toMatchObject({ year: '2025', month: '02', months: [] });
    expect(periods.find((p) => p.key === '2025-02')!.events.map((e) => e.id)).toEqual(['feb-month', 'feb-day']);
    expect(periods.find((p) => p.key === '2018')!.events.map((e) => e.id)).toEqual(['memo', 'visit-2018']);
    expect(periods.flatMap((p) => p.events)).toHaveLength(events.length);
  });

  it('gives a split year its page even when no event is dated to the year alone', () => {
    const periods = groupPeriods(
      [ev('a', '2020-01-01'), ev('b', '2020-02-01')],
      planPeriods([ev('a', '2020-01-01'), ev('b', '2020-02-01')], 1),
    );
    expect(periods.map((p) => [p.key, p.events.length, p.months])).toEqual([
      ['2020', 0, ['2020-01', '2020-02']],
      ['2020-01', 1, []],
      ['2020-02', 1, []],
    ]);
  });

  it('counts the overview’s months and year-only events, each linking to its own page or to the first of its events', () => {
    const years = overviewByMonth(events, periodOf, (key) => `/p/${key}/`);
    expect(years.map((y) => y.year)).toEqual(['1985', '2018', '2025']);
    const y2025 = years[2]!;
    // 2025 is split: its months have pages of their own, and its year-only events lead its year's page.
    expect(y2025.yearOnly).toEqual({ count: 1, href: '/p/2025/' });
    expect(y2025.months[1]).toEqual({ month: '02', count: 2, href: '/p/2025-02/' });
    expect(y2025.months[8]).toEqual({ month: '09', count: 2, href: '/p/2025-09/' });
    // 2018 is one page: a month's bar leads to the first of its events there.
    expect(years[1]!.months[10]).toEqual({ month: '11', count: 1, href: '/x/#visit-2018' });
    expect(y2025.months[0]).toEqual({ month: '01', count: 0, href: '' });
    expect(years[0]!.yearOnly).toEqual({ count: 1, href: '/p/1985/' });
    expect(years[0]!.months.every((m) => m.count === 0)).toBe(true);
  });
});
