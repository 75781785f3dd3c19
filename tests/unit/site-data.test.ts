import { describe, expect, it } from 'vitest';
import { buildSiteData, SiteDataError, type SiteInput } from '../../src/lib/site-data.ts';
import { dataRecords } from '../../src/lib/data-records.ts';
import { COLLECTIONS, fieldNames, plainSchemas } from '../../src/schemas/index.ts';

const rendered = (found: { mentions?: string[]; quotes?: Array<{ actor: string; text: string; source: number }> } = {}) => ({
  metadata: { frontmatter: { mentions: found.mentions ?? [], quotes: found.quotes ?? [], reading: { words: 100, minutes: 1 } } },
});
const source = { title: 'Report', publisher: 'Paper', date: '2025-09-03' };
const actor = (id: string, name: string, affiliations: string[] = []) => ({
  id,
  data: { name, kind: 'person' as const, role: 'Role', aliases: [], affiliations, sources: [] },
  rendered: rendered(),
});
const event = (id: string, date: string, actors: string[], issues: string[]) => ({
  id,
  data: { title: id, date, actors, issues, sources: [source] },
  rendered: rendered(),
});

function input(): SiteInput {
  return {
    actors: [actor('sheinbaum', 'Claudia Sheinbaum', ['mexico']), actor('rubio', 'Marco Rubio'), actor('mexico', 'Government of Mexico'), actor('trump', 'Donald Trump')],
    issues: [
      { id: 'tariffs', data: { title: 'Tariffs', summary: 's', order: 2, sources: [] }, rendered: rendered() },
      { id: 'fentanyl', data: { title: 'Fentanyl', summary: 's', order: 1, sources: [] }, rendered: rendered() },
      { id: 'water', data: { title: 'Water', summary: 's', sources: [] }, rendered: rendered() },
    ],
    events: [
      event('visit', '2025-09-03', ['rubio', 'sheinbaum'], ['fentanyl']),
      event('month', '2025-09', ['trump'], ['tariffs']),
      event('designations', '2025-02', [], ['fentanyl']),
      event('murder', '1985', [], []),
    ],
    articles: [
      {
        id: 'old',
        data: { title: 'Old', summary: 's', published: '2025-09-04', issues: ['fentanyl'], actors: ['rubio'], events: ['visit'], sources: [source], draft: false, corrections: [] },
        rendered: rendered({ mentions: ['rubio', 'sheinbaum'], quotes: [{ actor: 'sheinbaum', text: 'No subordination.', source: 1 }] }),
      },
      {
        id: 'new',
        data: { title: 'New', summary: 's', published: '2025-10-01', issues: ['tariffs', 'fentanyl'], actors: [{ id: 'trump' }], events: [], sources: [], draft: false, corrections: [] },
        rendered: rendered({ mentions: ['trump', 'sheinbaum'] }),
      },
      {
        id: 'secret',
        data: { title: 'Draft', summary: 's', published: '2025-11-01', issues: ['water'], actors: ['rubio'], events: ['visit'], sources: [], draft: true, corrections: [] },
        rendered: rendered({ mentions: ['rubio'] }),
      },
    ],
  } as SiteInput;
}

describe('buildSiteData', () => {
  const site = buildSiteData(input(), '/base/');

  it('drops drafts everywhere', () => {
    expect(site.articles.map((a) => a.id)).toEqual(['new', 'old']);
    expect(site.articlesForIssue('water')).toEqual([]);
    expect(site.articlesForEvent('visit').map((a) => a.id)).toEqual(['old']);
  });

  it('sorts events by earliest moment, issues by order, actors by name', () => {
    expect(site.events.map((e) => e.id)).toEqual(['murder', 'designations', 'month', 'visit']);
    expect(site.issues.map((i) => i.id)).toEqual(['fentanyl', 'tariffs', 'water']);
    expect(site.actors.map((a) => a.id)).toEqual(['sheinbaum', 'trump', 'mexico', 'rubio']);
  });

  it('builds URLs under the base path, events pointing at their full card on their period’s page', () => {
    expect(site.article('old')!.url).toBe('/base/articles/old/');
    expect(site.event('visit')!.url).toBe('/base/timeline/2025/#visit');
    expect(site.event('murder')!.url).toBe('/base/timeline/1985/#murder');
    expect(site.urls.timelineEntry('visit')).toBe('/base/timeline/#visit');
  });

  it('cuts the timeline into period pages once, with their neighbours and the overview’s counts', () => {
    expect(site.periods.map((p) => [p.key, p.url, p.events.map((e) => e.id)])).toEqual([
      ['1985', '/base/timeline/1985/', ['murder']],
      ['2025', '/base/timeline/2025/', ['designations', 'month', 'visit']],
    ]);
    expect(site.period('2025')).toMatchObject({ previous: { key: '1985' }, next: undefined });
    expect(site.period('2024')).toBeUndefined();
    expect(site.overview.map((y) => [y.year, y.yearOnly.count, y.months.filter((m) => m.count > 0).map((m) => m.month)])).toEqual([
      ['1985', 1, []],
      ['2025', 0, ['02', '09']],
    ]);
  });

  it('separates articles that feature an actor from those that only mention them', () => {
    expect(site.articlesFeaturing('rubio').map((a) => a.id)).toEqual(['old']);
    expect(site.articlesMentioning('rubio')).toEqual([]);
    expect(site.articlesMentioning('sheinbaum').map((a) => a.id)).toEqual(['new', 'old']);
    expect(site.articlesFeaturing('trump').map((a) => a.id)).toEqual(['new']);
  });

  it('derives events and actors per issue, and members of organisations', () => {
    expect(site.eventsForIssue('fentanyl').map((e) => e.id)).toEqual(['designations', 'visit']);
    expect(site.eventsForActor('sheinbaum').map((e) => e.id)).toEqual(['visit']);
    // Sheinbaum: mentioned in two fentanyl articles, quoted once, at one event.
    expect(site.actorsForIssue('fentanyl').map((a) => a.id)).toEqual(['sheinbaum', 'rubio', 'trump']);
    expect(site.membersOf('mexico').map((a) => a.id)).toEqual(['sheinbaum']);
  });

  it('resolves quotations to their source and files them by actor and issue', () => {
    const [quote, ...others] = site.quotesByActor('sheinbaum');
    expect(others).toEqual([]);
    const { speaker, reportedIn, ...record } = quote!;
    expect(record).toEqual({ actor: 'sheinbaum', text: 'No subordination.', source, article: 'old', issues: ['fentanyl'], lang: 'en' });
    // Resolved once here, so pages never look the ids up again.
    expect(speaker).toBe(site.actor('sheinbaum'));
    expect(reportedIn).toBe(site.article('old'));
    expect(site.quotesForIssue('fentanyl')).toHaveLength(1);
    expect(site.quotesForIssue('tariffs')).toEqual([]);
  });

  it('resolves lists of ids to entries in order, and refuses an id it does not know', () => {
    expect(site.actorsIn(['trump', 'sheinbaum']).map((a) => a.name)).toEqual([site.actor('trump')!.name, site.actor('sheinbaum')!.name]);
    expect(site.issuesIn([])).toEqual([]);
    expect(() => site.eventsIn(['no-such-event'])).toThrow(/no events entry "no-such-event" in the en edition/);
  });

  it('relates articles that share issues, events or actors', () => {
    expect(site.relatedArticles('old').map((a) => a.id)).toEqual(['new']);
  });

  it('writes flat JSON records sorted by id, with dates as written and mentions on articles', () => {
    const events = dataRecords(site, 'events');
    expect(events.map((e) => e.id)).toEqual(['designations', 'month', 'murder', 'visit']);
    expect(events[0]).toEqual({ id: 'designations', url: '/base/timeline/#designations', title: 'designations', date: '2025-02', actors: [], issues: ['fentanyl'], sources: [source], corrections: [] });
    const articles = dataRecords(site, 'articles');
    expect(articles.find((a) => a.id === 'new')).toMatchObject({ actors: ['trump'], mentions: ['trump', 'sheinbaum'] });
    expect(articles.some((a) => a.id === 'secret')).toBe(false);
  });

  it('gives each record only what its schema lets an editor write (an allow-list), besides id, url, mentions and translations', () => {
    for (const collection of COLLECTIONS) {
      const allowed = new Set([...fieldNames(plainSchemas[collection]), 'id', 'url', 'mentions', 'translations']);
      for (const record of dataRecords(site, collection)) expect(Object.keys(record).filter((key) => !allowed.has(key)), `${collection}/${String(record.id)}`).toEqual([]);
    }
    // What the data module derives (reading time, quotations, the entry to render) stays out.
    const article = dataRecords(site, 'articles')[0]!;
    for (const derived of ['reading', 'quotes', 'entry', 'file', 'lang', 'translation']) expect(article).not.toHaveProperty(derived);
  });
});

describe('buildSiteData refuses', () => {
  it('an entry whose body did not render', () => {
    const broken = input();
    delete (broken.articles[0] as { rendered?: unknown }).rendered;
    expect(() => buildSiteData(broken)).toThrow(/content\/articles\/old\.md did not render/);
  });

  it('a dangling reference, naming file and field', () => {
    const broken = input();
    broken.events[0]!.data.actors = ['nobody'];
    expect(() => buildSiteData(broken)).toThrow(new SiteDataError('content/events/visit.md: actors refers to "nobody", which is not an id in actors'));
  });
});

describe('connections', () => {
  const site = buildSiteData(input());

  it('keeps the evidence for each actor and issue', () => {
    const evidence = site.evidence('fentanyl', 'sheinbaum');
    expect(evidence.articles.map((a) => a.id)).toEqual(['new', 'old']);
    expect(evidence.events.map((e) => e.id)).toEqual(['visit']);
    expect(evidence.quotes.map((q) => q.text)).toEqual(['No subordination.']);
    expect(site.evidence('water', 'sheinbaum')).toEqual({ articles: [], events: [], quotes: [] });
  });

  it('counts actors who appear together in articles and events', () => {
    expect(site.actorPairs.map((p) => [p.actors.join('+'), p.articles, p.events])).toEqual([
      ['rubio+sheinbaum', ['old'], ['visit']],
      ['sheinbaum+trump', ['new'], []],
    ]);
  });
});

describe('derived lists for pages', () => {
  const site = buildSiteData(input());

  it('gives each article its events in timeline order and each actor its issues', () => {
    const data = input();
    data.articles[0]!.data.events = ['visit', 'designations'];
    const withTwo = buildSiteData(data);
    expect(withTwo.eventsForArticle('old').map((e) => e.id)).toEqual(['designations', 'visit']);
    expect(site.issuesForActor('sheinbaum').map((i) => i.id)).toEqual(['fentanyl', 'tariffs']);
    expect(site.issuesForActor('nobody')).toEqual([]);
  });

  it('fills related articles from the same issue when nothing else is shared', () => {
    const data = input();
    data.articles[1]!.rendered = rendered({ mentions: [] });
    data.articles[1]!.data.actors = [];
    const loose = buildSiteData(data);
    expect(loose.relatedArticles('new').map((a) => a.id)).toEqual(['old']);
  });
});
