import { describe, expect, it } from 'vitest';
import { actorJsonLd, articleJsonLd, serialiseJsonLd, timelineJsonLd, timelinePeriodsJsonLd } from '../../src/lib/structured-data.ts';
import type { Actor } from '../../src/lib/site-data.ts';

const origin = 'https://example.org';
const sheinbaum = { kind: 'person', name: 'Claudia Sheinbaum', url: '/actors/claudia-sheinbaum/', wikidata: 'Q5771800', role: 'President of Mexico' } as Actor;
const government = { kind: 'organization', name: 'Government of Mexico', url: '/actors/government-of-mexico/', role: 'Federal executive' } as Actor;

describe('structured data', () => {
  it('describes an article as a NewsArticle about its issues, mentioning its actors, citing its sources', () => {
    const data = articleJsonLd({
      origin,
      base: '/',
      article: { title: 'T', summary: 'S', published: '2026-11-23', url: '/articles/t/', sources: [{ title: 'Report', publisher: 'Paper', date: '2025-09-03' }], reading: { words: 700, minutes: 3 }, lang: 'en', corrections: [] },
      issues: [{ title: 'Fentanyl', url: '/issues/fentanyl/' }],
      actors: [sheinbaum, government],
      image: '/og/articles/t.png',
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'T',
      datePublished: '2026-11-23',
      image: ['https://example.org/og/articles/t.png'],
      about: [{ '@type': 'Thing', name: 'Fentanyl', url: 'https://example.org/issues/fentanyl/' }],
      mentions: [
        { '@type': 'Person', name: 'Claudia Sheinbaum', sameAs: 'https://www.wikidata.org/wiki/Q5771800' },
        { '@type': 'Organization', name: 'Government of Mexico' },
      ],
      citation: [{ '@type': 'CreativeWork', name: 'Report', datePublished: '2025-09-03' }],
    });
    expect(data).not.toHaveProperty('dateModified');
    expect(data).not.toHaveProperty('correction');
    expect(data).toMatchObject({ inLanguage: 'en' });
  });

  it('gives a corrected article dateModified and a CorrectionComment per correction, and a translation its language', () => {
    const correction = { date: '2026-12-01', kind: 'correction' as const, text: 'An earlier version named the wrong outlet.', collection: 'articles' as const, entry: 't', index: 0, edition: false, lang: 'es' as const };
    const data = articleJsonLd({
      origin,
      base: '/',
      article: { title: 'T', summary: 'S', published: '2026-11-23', updated: '2026-12-01', url: '/es/analisis/t/', sources: [], reading: { words: 700, minutes: 3 }, lang: 'es', corrections: [correction] },
      issues: [],
      actors: [],
      image: '/es/og/articles/t.png',
      translationOf: '/articles/t/',
    });
    expect(data).toMatchObject({
      dateModified: '2026-12-01',
      inLanguage: 'es-MX',
      correction: [{ '@type': 'CorrectionComment', text: 'An earlier version named the wrong outlet.', datePublished: '2026-12-01' }],
      translationOfWork: { url: 'https://example.org/articles/t/' },
    });
  });

  it('describes people with their affiliation and organisations with their parent', () => {
    expect(actorJsonLd({ origin, actor: sheinbaum, affiliations: [government] })).toMatchObject({ '@type': 'Person', jobTitle: 'President of Mexico', affiliation: [{ name: 'Government of Mexico' }] });
    expect(actorJsonLd({ origin, actor: government, affiliations: [] })).not.toHaveProperty('parentOrganization');
  });

  it('lists events with dates as written, spans with an end', () => {
    const data = timelineJsonLd({ origin, url: '/timeline/', events: [{ title: 'Span', date: '2018', end: '2024', url: '/timeline/#span' }] });
    expect(data.itemListElement).toEqual([{ '@type': 'ListItem', position: 1, item: { '@type': 'Event', name: 'Span', startDate: '2018', endDate: '2024', url: 'https://example.org/timeline/#span' } }]);
  });

  it('lists the timeline’s period pages on its overview', () => {
    const data = timelinePeriodsJsonLd({ origin, url: '/timeline/', name: 'Timeline', periods: [{ name: '2025-09', url: '/timeline/2025/09/' }] });
    expect(data).toMatchObject({ '@type': 'ItemList', url: 'https://example.org/timeline/', numberOfItems: 1 });
    expect(data.itemListElement).toEqual([{ '@type': 'ListItem', position: 1, name: '2025-09', url: 'https://example.org/timeline/2025/09/' }]);
  });

  it('cannot close the script element it sits in', () => {
    expect(serialiseJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
