import { describe, expect, it } from 'vitest';
import { compareDated, earliestDay, endsBeforeStart, latestDay, parsePartialDate, precisionOf } from '../../src/core/dates.ts';
import { formatDate, spanParts } from '../../src/lib/i18n.ts';

/** A span as the pages print it: start, separator, end (DateText renders the same parts). */
const formatSpan = (start: string, end: string | undefined, locale: 'en' | 'es' = 'en') => {
  const parts = spanParts(start, end, locale);
  return parts.end ? `${parts.start}${parts.separator}${parts.end}` : parts.start;
};

describe('parsePartialDate', () => {
  it('keeps each YAML form at the precision written', () => {
    expect(parsePartialDate(new Date('2025-09-02T00:00:00Z'))).toEqual({ ok: true, value: '2025-09-02' });
    expect(parsePartialDate('2025-09')).toEqual({ ok: true, value: '2025-09' });
    expect(parsePartialDate(1944)).toEqual({ ok: true, value: '1944' });
    expect(parsePartialDate('1985')).toEqual({ ok: true, value: '1985' });
  });

  it('refuses impossible and malformed dates with a reason', () => {
    for (const bad of ['2025-13-45', '2025-02-30', '2025-00', '2025-9-3', 'September 2025', '25-09-03']) {
      const result = parsePartialDate(bad);
      expect(result.ok, bad).toBe(false);
    }
    expect(parsePartialDate('2024-02-29').ok).toBe(true);
    expect(parsePartialDate('2025-02-29')).toMatchObject({ ok: false, reason: expect.stringContaining('01 to 28') });
    expect(parsePartialDate(19.5).ok).toBe(false);
    expect(parsePartialDate(new Date('2025-09-02T10:30:00Z')).ok).toBe(false);
    expect(parsePartialDate(true).ok).toBe(false);
  });
});

describe('ordering', () => {
  it('knows the first and last day a date can mean', () => {
    expect([earliestDay('2025'), latestDay('2025')]).toEqual(['2025-01-01', '2025-12-31']);
    expect([earliestDay('2024-02'), latestDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(precisionOf('2025-09-02')).toBe('day');
  });

  it('sorts by earliest moment, less precise first on a tie, then by id', () => {
    const events = [
      { id: 'b', date: '2025-09-01' },
      { id: 'z', date: '2025-09' },
      { id: 'a', date: '2025-09-01' },
      { id: 'y', date: '2025' },
      { id: 'x', date: '1985' },
      { id: 'c', date: '2025-08-31' },
    ];
    expect([...events].sort(compareDated).map((e) => e.id)).toEqual(['x', 'y', 'c', 'z', 'a', 'b']);
  });

  it('detects a span that ends before it starts, allowing a coarser end within the start', () => {
    expect(endsBeforeStart('2025-09-15', '2025-09-01')).toBe(true);
    expect(endsBeforeStart('2025-09-15', '2025-09')).toBe(false);
    expect(endsBeforeStart('2018', '2024')).toBe(false);
  });
});

describe('formatting', () => {
  it('shows a date at its precision and no more', () => {
    expect(formatDate('1985', 'en')).toBe('1985');
    expect(formatDate('2025-02', 'en')).toBe('February 2025');
    expect(formatDate('2025-09-02', 'en')).toBe('2 September 2025');
  });

  it('shows spans as spans', () => {
    expect(formatSpan('2018', '2024')).toBe('2018–2024');
    expect(formatSpan('2025-09-03', '2025-12-16')).toBe('3 September 2025 – 16 December 2025');
    expect(formatSpan('2025-09', undefined)).toBe('September 2025');
  });
});
