/** The Spanish edition's data and strings: translations laid over the English record, commitments, corrections, routes. */
import { describe, expect, it } from 'vitest';
import { buildSiteData, type SiteInput } from '../../src/lib/site-data.ts';
import { dataRecords } from '../../src/lib/data-records.ts';
import { TRANSLATED_WORDS } from '../../src/schemas/index.ts';
import { assertSameKeys, formatDate, spanParts, plural, ui } from '../../src/lib/i18n.ts';
import { absoluteUrl, ANCHORS, createUrls, feedParam, feedPath, localeOfPath, normaliseBase, pagePath, routeParam, SECTIONS, type Section } from '../../src/lib/routes.ts';
import { listPages } from '../../src/lib/page-list.ts';

/** A span as the pages print it: start, separator, end (DateText renders the same parts). */
const formatSpan = (start: string, end: string | undefined, locale: 'en' | 'es' = 'en') => {
  const parts = spanParts(start, end, locale);
  return parts.end ? `${parts.start}${parts.separator}${parts.end}` : parts.start;
};

const rendered = (mentions: string[] = []) => ({ metadata: { frontmatter: { mentions, quotes: [], reading: { words: 100, minutes: 1 } } } });
const source = { title: 'Report', publisher: 'Paper' };

function input(translations: SiteInput['translations'] = {}): SiteInput {
  return {
    actors: [{ id: 'sheinbaum', data: { name: 'Claudia Sheinbaum', kind: 'person', role: 'President of Mexico', aliases: [], affiliations: [], sources: [] }, rendered: rendered() }],
    issues: [{ id: 'water', data: { title: 'Water', summary: 'The 1944 treaty.', sources: [] }, rendered: rendered() }],
    events: [
      { id: 'statement', data: { title: 'Joint statement', date: '2025-09-03', actors: [], issues: ['water'], sources: [source] }, rendered: rendered() },
      { id: 'release', data: { title: 'Water released', date: '2025-12', actors: [], issues: ['water'], sources: [source] }, rendered: rendered() },
    ],
    articles: [
      {
        id: 'water-deal',
        data: {
          title: 'The water deal',
          summary: 'What was agreed.',
          published: '2025-12-01',
          updated: '2025-12-10',
          issues: ['water'],
          actors: [],
          events: ['release'],
          sources: [source],
          draft: false,
          corrections: [
            { date: '2025-12-05', kind: 'clarification', text: 'Attributed the figure.' },
            { date: '2025-12-10', kind: 'correction', text: 'Fixed the volume.' },
          ],
        },
        rendered: rendered(['sheinbaum']),
      },
      { id: 'other', data: { title: 'Other', summary: 's', published: '2025-12-02', issues: ['water'], actors: [], events: [], sources: [], draft: false, corrections: [] }, rendered: rendered() },
    ],
    commitments: [
      {
        id: 'release-water',
        data: {
          title: 'Mexico will release water',
          made: '2025-12',
          by: ['sheinbaum'],
          to: [],
          issues: ['water'],
          event: 'statement',
          sources: [source],
          history: [
            { date: '2025-12', status: 'not-started', note: 'Announced.', sources: [source] },
            { date: '2025-12-20', status: 'in-progress', note: 'First release.', sources: [source], event: 'release' },
          ],
        },
        rendered: rendered(),
      },
    ],
    translations,
  } as SiteInput;
}

describe('commitments and corrections in the data module', () => {
  const site = buildSiteData(input());

  it('takes the current status from the last history entry and counts statuses', () => {
    expect(site.commitment('release-water')!.status).toBe('in-progress');
    expect(site.statusCount('in-progress')).toBe(1);
    expect(site.statusCount('not-started')).toBe(0);
  });

  it('files commitments by actor, issue and the events that made or moved them', () => {
    expect(site.commitmentsForActor('sheinbaum').map((c) => [c.commitment.id, c.role])).toEqual([['release-water', 'by']]);
    expect(site.commitmentsForIssue('water').map((c) => c.id)).toEqual(['release-water']);
    expect(site.commitmentsMadeAt('statement').map((c) => c.id)).toEqual(['release-water']);
    expect(site.commitmentChangesForEvent('release').map((c) => c.entry.status)).toEqual(['in-progress']);
    expect(site.relatedArticlesForCommitment('release-water').map((a) => a.id)).toEqual(['water-deal', 'other']);
  });

  it('lists every correction newest first, each knowing its entry and place', () => {
    expect(site.corrections.map((c) => [c.date, c.collection, c.entry, c.index])).toEqual([
      ['2025-12-10', 'articles', 'water-deal', 1],
      ['2025-12-05', 'articles', 'water-deal', 0],
    ]);
    expect(site.urls.correction(site.corrections[0]!)).toBe('/articles/water-deal/#correction-2');
  });

  it('refuses a dangling reference in any reference field its schema declares, nested ones included', () => {
    const nested = input();
    (nested.commitments![0]!.data.history as Array<{ event?: string }>)[1]!.event = 'nowhere';
    expect(() => buildSiteData(nested)).toThrow('content/commitments/release-water.md: history.event refers to "nowhere", which is not an id in events');
    const top = input();
    top.commitments![0]!.data.to = ['nobody'];
    expect(() => buildSiteData(top)).toThrow('content/commitments/release-water.md: to refers to "nobody", which is not an id in actors');
  });

  it('writes commitments to JSON with their history and dates as written, and no derived fields', () => {
    const [record] = dataRecords(site, 'commitments');
    expect(record).toMatchObject({ id: 'release-water', url: '/commitments/release-water/', made: '2025-12' });
    expect(record!.history).toEqual([
      { date: '2025-12', status: 'not-started', note: 'Announced.', sources: [source] },
      { date: '2025-12-20', status: 'in-progress', note: 'First release.', sources: [source], event: 'release' },
    ]);
    expect(record).not.toHaveProperty('status');
    expect(record).not.toHaveProperty('lang');
  });
});

describe('the Spanish edition of the data', () => {
  it('lays over the English entry the single-valued words each translation schema allows, derived from it', () => {
    // Lists (aliases, history notes, corrections) are merged item by item; `translated` is a date, not a word.
    expect(TRANSLATED_WORDS).toEqual({ actors: ['name', 'role'], issues: ['title', 'summary'], events: ['title'], articles: ['title', 'summary'], commitments: ['title', 'quote'] });
  });

  const translations = {
    articles: [{ id: 'water-deal', data: { title: 'El acuerdo del agua', summary: 'Lo acordado.', translated: '2025-12-06', corrections: [{ date: '2025-12-05', text: 'Se atribuyó la cifra.' }] }, rendered: rendered() }],
    commitments: [{ id: 'release-water', data: { title: 'México liberará agua', history: [{ note: 'Anunciado.' }], translated: '2025-12-06' }, rendered: rendered() }],
  } as SiteInput['translations'];
  const es = buildSiteData(input(translations), { base: '/', locale: 'es' });
  const en = buildSiteData(input(), '/');

  it('lays the translation’s words over the English entry, under Spanish addresses', () => {
    const article = es.article('water-deal')!;
    expect(article.title).toBe('El acuerdo del agua');
    expect(article.url).toBe('/es/analisis/water-deal/');
    expect(article.lang).toBe('es');
    expect(article.issues).toEqual(['water']);
  });

  it('calls a translation outdated once the English text changed after it, and keeps untranslated notes in English', () => {
    expect(es.article('water-deal')!.translation).toEqual({ status: 'outdated', translated: '2025-12-06', since: '2025-12-10' });
    expect(es.article('water-deal')!.corrections.map((c) => [c.text, c.lang])).toEqual([
      ['Se atribuyó la cifra.', 'es'],
      ['Fixed the volume.', 'en'],
    ]);
    const commitment = es.commitment('release-water')!;
    expect(commitment.translation).toEqual({ status: 'outdated', translated: '2025-12-06', since: '2025-12-20' });
    expect(commitment.history.map((h) => h.lang)).toEqual(['es', 'en']);
  });

  it('marks an entry without a translation as missing: English words, no body to render', () => {
    const other = es.article('other')!;
    expect(other.translation).toEqual({ status: 'missing' });
    expect(other.entry).toBeNull();
    expect(other.lang).toBe('en');
    expect(other.url).toBe('/es/analisis/other/');
  });

  it('pairs pages only where both editions have the text', () => {
    const pages = listPages({ en, es });
    const find = (locale: string, id: string) => pages.find((p) => p.locale === locale && p.route.page === 'entry' && p.route.id === id)!;
    expect(find('es', 'water-deal').paired).toBe(true);
    expect(find('en', 'water-deal').paired).toBe(true);
    expect(find('es', 'other').paired).toBe(false);
    expect(find('en', 'other').paired).toBe(false);
  });

  it('adds the translation’s address and title to the JSON record', () => {
    const records = dataRecords(en, 'articles', { es });
    expect(records.find((r) => r.id === 'water-deal')!.translations).toEqual({ es: { url: '/es/analisis/water-deal/', title: 'El acuerdo del agua', summary: 'Lo acordado.' } });
    expect(records.find((r) => r.id === 'other')).not.toHaveProperty('translations');
  });
});

describe('routes', () => {
  it('puts every feed beside the page it follows, as the contract does, and gives its route folder', () => {
    expect(feedPath({ feed: 'articles' }, 'en')).toBe('/rss.xml');
    expect(feedPath({ feed: 'articles' }, 'es')).toBe('/es/rss.xml');
    expect(feedPath({ feed: 'issue', id: 'water' }, 'es')).toBe('/es/temas/water/rss.xml');
    expect(feedPath({ feed: 'corrections' }, 'en')).toBe('/corrections/rss.xml');
    expect(feedParam({ feed: 'articles' }, 'en')).toBeUndefined();
    expect(feedParam({ feed: 'corrections' }, 'es')).toBe('es/correcciones');
    expect(createUrls('/sub/', 'es').issueFeed('water')).toBe('/sub/es/temas/water/rss.xml');
  });

  it('normalises a base path however it is written', () => {
    for (const written of ['on-the-table', '/on-the-table', '/on-the-table/', ' on-the-table// ']) expect(normaliseBase(written)).toBe('/on-the-table/');
    for (const none of [undefined, '', '/', '//']) expect(normaliseBase(none)).toBe('/');
  });

  it('makes full addresses and fragment ids in one way', () => {
    expect(absoluteUrl('/sub/es/analisis/x/', 'https://example.org')).toBe('https://example.org/sub/es/analisis/x/');
    expect([ANCHORS.country('MX'), ANCHORS.country(undefined), ANCHORS.country('')]).toEqual(['country-mx', 'country-none', 'country-none']);
    expect(createUrls('/', 'en', new Map([['e', '2025-09']])).event('e')).toBe(`/timeline/2025/09/#${ANCHORS.event('e')}`);
  });

  it('names every section in both languages as the contract does', () => {
    const expected: Record<Section, [string, string]> = {
      articles: ['/articles/', '/es/analisis/'],
      actors: ['/actors/', '/es/actores/'],
      issues: ['/issues/', '/es/temas/'],
      timeline: ['/timeline/', '/es/cronologia/'],
      commitments: ['/commitments/', '/es/compromisos/'],
      corrections: ['/corrections/', '/es/correcciones/'],
      connections: ['/connections/', '/es/conexiones/'],
      search: ['/search/', '/es/buscar/'],
      translations: ['/translations/', '/es/traducciones/'],
    };
    for (const section of Object.keys(SECTIONS) as Section[]) {
      expect([pagePath({ page: 'index', section }, 'en'), pagePath({ page: 'index', section }, 'es')]).toEqual(expected[section]);
    }
    expect(pagePath({ page: 'home' }, 'es')).toBe('/es/');
    expect(pagePath({ page: 'notFound' }, 'es')).toBe('/es/404.html');
  });

  it('builds every URL under the base path, and back to a language', () => {
    const urls = createUrls('/on-the-table/', 'es');
    expect(urls.actor('claudia-sheinbaum')).toBe('/on-the-table/es/actores/claudia-sheinbaum/');
    expect(urls.event('visit')).toBe('/on-the-table/es/cronologia/#visit');
    expect(createUrls('/on-the-table/', 'es', new Map([['visit', '2025-09']])).event('visit')).toBe('/on-the-table/es/cronologia/2025/09/#visit');
    expect(createUrls('/', 'en', new Map([['visit', '2025']])).correction({ collection: 'events', entry: 'visit', index: 0, edition: false })).toBe('/timeline/2025/#visit-correction-1');
    expect(urls.timelineEntry('visit')).toBe('/on-the-table/es/cronologia/#visit');
    expect(pagePath({ page: 'period', period: '2025-09' }, 'es')).toBe('/es/cronologia/2025/09/');
    expect(pagePath({ page: 'period', period: '1985' }, 'en')).toBe('/timeline/1985/');
    expect(urls.feed()).toBe('/on-the-table/es/rss.xml');
    expect(urls.issueFeed('water')).toBe('/on-the-table/es/temas/water/rss.xml');
    expect(urls.correctionsFeed()).toBe('/on-the-table/es/correcciones/rss.xml');
    expect(urls.ogImage('articles', 'x')).toBe('/on-the-table/es/og/articles/x.png');
    expect(urls.data('events')).toBe('/on-the-table/data/events.json');
    expect(localeOfPath('/es/temas/water/')).toBe('es');
    expect(localeOfPath('/estados/')).toBe('en');
    expect(routeParam({ page: 'home' }, 'en')).toBeUndefined();
    expect(routeParam({ page: 'entry', collection: 'commitments', id: 'x' }, 'es')).toBe('es/compromisos/x');
  });
});

describe('interface strings', () => {
  it('has every key in every language (a missing one would stop the build)', () => {
    expect(() => assertSameKeys(ui('en'), ui('es'))).not.toThrow();
    const { corrections: _dropped, ...incomplete } = ui('es');
    expect(() => assertSameKeys(ui('en'), incomplete)).toThrow(/missing corrections/);
  });

  it('writes dates the Spanish way at their precision', () => {
    expect(formatDate('2025-09-03', 'es')).toBe('3 de septiembre de 2025');
    expect(formatDate('2025-09', 'es')).toBe('septiembre de 2025');
    expect(formatDate('2025', 'es')).toBe('2025');
    expect(formatSpan('2018', '2024', 'es')).toBe('2018–2024');
  });

  it('chooses plural forms through Intl.PluralRules', () => {
    expect(plural('es', 1, { one: '{n} compromiso', other: '{n} compromisos' })).toBe('1 compromiso');
    expect(plural('es', 0, { one: '{n} compromiso', other: '{n} compromisos' })).toBe('0 compromisos');
    expect(ui('en').commitments.count(2)).toBe('2 promises');
  });
});
