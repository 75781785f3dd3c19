import { describe, expect, it } from 'vitest';
import { buildSiteData, type SiteInput } from '../../src/lib/site-data.ts';
import { byCountry, connectedActors, connectionsFor, connectionsUrl, involvementMatrix, levelOf, strongestTies, tieHref, ties, TIES_IN_DETAIL } from '../../src/lib/connections.ts';

const rendered = (found: { mentions?: string[]; quotes?: Array<{ actor: string; text: string; source: number }> } = {}) => ({
  metadata: { frontmatter: { mentions: found.mentions ?? [], quotes: found.quotes ?? [], reading: { words: 100, minutes: 1 } } },
});
const source = { title: 'Report', publisher: 'Paper', date: '2025-09-03' };
const actor = (id: string, name: string, country?: string) => ({
  id,
  data: { name, kind: 'person' as const, role: 'Role', aliases: [], affiliations: [], sources: [], ...(country ? { country } : {}) },
  rendered: rendered(),
});
const issue = (id: string, title: string, order: number) => ({ id, data: { title, summary: 's', order, sources: [] }, rendered: rendered() });
const event = (id: string, date: string, actors: string[], issues: string[]) => ({ id, data: { title: id, date, actors, issues, sources: [source] }, rendered: rendered() });
const article = (id: string, published: string, issues: string[], actors: string[], mentions: string[] = [], quotes: Array<{ actor: string; text: string; source: number }> = []) => ({
  id,
  data: { title: id, summary: 's', published, issues, actors, events: [], sources: [source], draft: false, corrections: [] },
  rendered: rendered({ mentions, quotes }),
});

function input(): SiteInput {
  return {
    actors: [
      actor('sheinbaum', 'Claudia Sheinbaum', 'MX'),
      actor('harfuch', 'Omar García Harfuch', 'MX'),
      actor('rubio', 'Marco Rubio', 'US'),
      actor('trump', 'Donald Trump', 'US'),
      actor('carney', 'Mark Carney', 'CA'),
      actor('noboa', 'Daniel Noboa', 'EC'),
      actor('cartel', 'A cartel'),
      actor('loner', 'Nobody Else', 'MX'),
    ],
    issues: [issue('tariffs', 'Tariffs', 2), issue('fentanyl', 'Fentanyl', 1), issue('water', 'Water', 3)],
    events: [
      event('visit', '2025-09-03', ['rubio', 'sheinbaum'], ['fentanyl']),
      event('letter', '2025-07', ['trump', 'sheinbaum'], ['tariffs']),
      event('call', '2025-08', ['trump', 'carney'], ['tariffs']),
      event('old-murder', '1985', ['cartel', 'noboa'], []),
    ],
    articles: [
      article('security', '2025-09-04', ['fentanyl'], ['sheinbaum', 'rubio'], ['harfuch'], [{ actor: 'sheinbaum', text: '“No subordination.”', source: 1 }]),
      article('trade', '2025-09-05', ['tariffs', 'fentanyl'], ['trump'], ['sheinbaum']),
      article('more-security', '2025-09-06', ['fentanyl'], ['rubio'], ['sheinbaum', 'harfuch']),
    ],
  } as SiteInput;
}

const site = buildSiteData(input(), '/base/');
const name = (code: string) => ({ MX: 'Mexico', US: 'United States', CA: 'Canada', EC: 'Ecuador' })[code] ?? 'None';

describe('levelOf', () => {
  it('puts values on a log scale from 1 to 4, relative to the strongest', () => {
    expect([1, 2, 3, 4, 7, 8, 14].map((v) => levelOf(v, 14))).toEqual([1, 2, 2, 3, 3, 4, 4]);
    expect(levelOf(0, 14)).toBe(0);
    expect(levelOf(1, 1)).toBe(1);
    expect(levelOf(300, 300)).toBe(4);
  });
});

describe('byCountry', () => {
  it('leads with Mexico and the United States, then other countries by name, then no country', () => {
    const groups = byCountry(['ec', 'none', 'us', 'ca', 'mx', 'us2'], (x) => ({ ec: 'EC', us: 'US', us2: 'US', ca: 'CA', mx: 'MX' })[x], name);
    expect(groups.map((g) => [g.code, g.items])).toEqual([['MX', ['mx']], ['US', ['us', 'us2']], ['CA', ['ca']], ['EC', ['ec']], ['', ['none']]]);
  });
});

describe('the involvement matrix', () => {
  const matrix = involvementMatrix(site, name);

  it('has a row for every actor with evidence or a tie, grouped by country, most involved first', () => {
    expect(matrix.groups.map((g) => [g.code, g.items.map((r) => r.actor.id)])).toEqual([
      ['MX', ['sheinbaum', 'harfuch']],
      ['US', ['trump', 'rubio']],
      ['CA', ['carney']],
      ['EC', ['noboa']],
      ['', ['cartel']],
    ]);
    expect(matrix.issues.map((i) => i.id)).toEqual(['fentanyl', 'tariffs', 'water']);
  });

  it('counts articles, events and quotations per cell, and grades them', () => {
    const sheinbaum = matrix.groups[0]!.items[0]!;
    // fentanyl: 3 articles + 1 event + 1 quotation; tariffs: 1 article + 1 event (and the quotation, from an article on fentanyl only)
    expect(sheinbaum.cells.map((c) => c.count)).toEqual([5, 2, 0]);
    expect(sheinbaum.total).toBe(7);
    expect(sheinbaum.cells.map((c) => c.level)).toEqual([4, 2, 0]);
    const noboa = matrix.groups[3]!.items[0]!;
    expect(noboa.total).toBe(0);
  });
});

describe('ties', () => {
  it('lists pairs strongest first with the issues of what they share', () => {
    const all = ties(site);
    const first = all[0]!;
    expect([first.a.id, first.b.id]).toEqual(['rubio', 'sheinbaum']);
    expect(first.articles.map((a) => a.id).sort()).toEqual(['more-security', 'security']);
    expect(first.events.map((e) => e.id)).toEqual(['visit']);
    expect(first.weight).toBe(3);
    expect(first.issues.map((i) => [i.issue.id, i.count])).toEqual([['fentanyl', 3]]);
    const trade = all.find((t) => t.a.id === 'sheinbaum' && t.b.id === 'trump')!;
    expect(trade.issues.map((i) => [i.issue.id, i.count])).toEqual([['tariffs', 2], ['fentanyl', 1]]);
    expect(strongestTies(site, 2)).toEqual(all.slice(0, 2));
  });
});

describe('one actor’s connections', () => {
  it('gives the evidence per issue with who else appears on it, and every tie from their side', () => {
    const c = connectionsFor(site, 'sheinbaum');
    expect(c.actor.id).toBe('sheinbaum');
    expect(c.issues.map((i) => [i.issue.id, i.count])).toEqual([['fentanyl', 5], ['tariffs', 2]]);
    expect(c.issues[0]!.partners.map((p) => [p.actor.id, p.count])).toEqual([['rubio', 3], ['harfuch', 2], ['trump', 1]]);
    expect(c.issues[1]!.partners.map((p) => [p.actor.id, p.count])).toEqual([['trump', 2]]);
    expect(c.ties.every((t) => t.a.id === 'sheinbaum')).toBe(true);
    // Equal ties keep the site's order (by the pair's ids).
    expect(c.ties.map((t) => t.b.id)).toEqual(['rubio', 'harfuch', 'trump']);
  });

  it('knows which actors have a page, and where it is', () => {
    expect(connectedActors(site).map((a) => a.id).sort()).toEqual(['carney', 'cartel', 'harfuch', 'noboa', 'rubio', 'sheinbaum', 'trump']);
    expect(connectionsUrl(site, 'rubio')).toBe('/base/connections/rubio/');
    expect(() => connectionsFor(site, 'nobody')).toThrow(/nobody/);
  });
});

describe('where a tie’s evidence is', () => {
  it('is on the first actor’s page while it shows that tie in full', () => {
    expect(tieHref(site, 'sheinbaum', 'rubio')).toBe('/base/connections/sheinbaum/#with-rubio');
    expect(tieHref(site, 'rubio', 'sheinbaum')).toBe('/base/connections/rubio/#with-sheinbaum');
  });

  it('is on the other actor’s page for a hub’s weakest ties', () => {
    const others = Array.from({ length: TIES_IN_DETAIL + 5 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    const big = buildSiteData({
      ...input(),
      actors: [actor('hub', 'Hub', 'MX'), ...others.map((id) => actor(id, id.toUpperCase(), 'US'))],
      events: others.map((id) => event(`with-${id}`, '2025-01', ['hub', id], ['fentanyl'])),
      articles: [],
    } as SiteInput);
    expect(connectionsFor(big, 'hub').ties).toHaveLength(TIES_IN_DETAIL + 5);
    expect(tieHref(big, 'hub', 'p00')).toBe('/connections/hub/#with-p00');
    expect(tieHref(big, 'hub', 'p44')).toBe('/connections/p44/#with-hub');
  });
});
