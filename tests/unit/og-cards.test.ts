import { describe, expect, it } from 'vitest';
import { planOgCards, type CardSource } from '../../src/lib/og-cards.ts';
import { issuePalette } from '../../src/lib/issue-palette.ts';
import { ui } from '../../src/lib/i18n.ts';
import { createUrls } from '../../src/lib/routes.ts';

const entries: CardSource[] = [
  { collection: 'issues', locale: 'en', id: 'tariffs', data: { title: 'Tariffs', summary: 'Duties on trade.' } },
  { collection: 'issues', locale: 'en', id: 'water', data: { title: 'Water', summary: 'The 1944 treaty.' } },
  { collection: 'issues', locale: 'es', id: 'tariffs', data: { title: 'Aranceles', summary: 'Impuestos al comercio.', translated: '2026-11-30' } },
  { collection: 'articles', locale: 'en', id: 'levers', data: { title: 'Levers', summary: 'How duties were used.', issues: ['tariffs', 'water'] } },
  { collection: 'articles', locale: 'es', id: 'levers', data: { title: 'Palancas', summary: 'Cómo se usaron los aranceles.', translated: '2026-11-30' } },
  { collection: 'articles', locale: 'en', id: 'treaty', data: { title: 'The treaty', summary: 'Deliveries.', issues: ['water'] } },
  { collection: 'articles', locale: 'en', id: 'unfinished', data: { title: 'Draft', summary: 'Not yet.', issues: ['water'], draft: true } },
  { collection: 'actors', locale: 'en', id: 'someone', data: { name: 'Someone' } },
];

const byFile = (list: ReturnType<typeof planOgCards>) => new Map(list.map((p) => [p.file, p.card]));

describe('planOgCards', () => {
  const cards = byFile(planOgCards(entries));

  it('plans a card per published article and per issue, and one for the site, in English', () => {
    expect([...cards.keys()].filter((f) => !f.startsWith('es/')).sort()).toEqual([
      'og/articles/levers.png',
      'og/articles/treaty.png',
      'og/issues/tariffs.png',
      'og/issues/water.png',
      'og/site/default.png',
    ]);
  });

  it('plans a Spanish card for every Spanish page, with the Spanish words where there are some', () => {
    expect([...cards.keys()].filter((f) => f.startsWith('es/')).sort()).toEqual([
      'es/og/articles/levers.png',
      'es/og/articles/treaty.png',
      'es/og/issues/tariffs.png',
      'es/og/issues/water.png',
      'es/og/site/default.png',
    ]);
    expect(cards.get('es/og/articles/levers.png')).toMatchObject({ title: 'Palancas', summary: 'Cómo se usaron los aranceles.', kicker: `${ui('es').articles.title} · Aranceles`, siteName: ui('es').siteName });
    expect(cards.get('es/og/issues/tariffs.png')).toMatchObject({ title: 'Aranceles', kicker: ui('es').issues.title });
  });

  it('draws an untranslated entry’s Spanish card with its English words, as its stub page shows them, under the Spanish kicker', () => {
    expect(cards.get('es/og/articles/treaty.png')).toMatchObject({ title: 'The treaty', summary: 'Deliveries.', kicker: `${ui('es').articles.title} · Water`, siteName: ui('es').siteName });
    expect(cards.get('es/og/issues/water.png')).toMatchObject({ title: 'Water', kicker: ui('es').issues.title });
  });

  it('takes the accent and the kicker from the first issue, in the palette the stylesheet uses', () => {
    const palette = issuePalette(['tariffs', 'water']);
    expect(cards.get('og/articles/levers.png')).toMatchObject({ title: 'Levers', kicker: 'Analysis · Tariffs', accent: palette.get('tariffs')!.light });
    expect(cards.get('og/articles/treaty.png')!.accent).toBe(palette.get('water')!.light);
  });

  it('plans the image every article and issue page points to, in both editions', () => {
    // The paths written out here, not computed by the code under test: the URL each page points
    // to, and the file planned for it.
    for (const [locale, prefix] of [['en', ''], ['es', 'es/']] as const) {
      const urls = createUrls('/', locale);
      const expected = [
        [urls.ogImage('articles', 'levers'), `${prefix}og/articles/levers.png`],
        [urls.ogImage('articles', 'treaty'), `${prefix}og/articles/treaty.png`],
        [urls.ogImage('issues', 'tariffs'), `${prefix}og/issues/tariffs.png`],
        [urls.ogImage('issues', 'water'), `${prefix}og/issues/water.png`],
        [urls.ogImage('site', 'default'), `${prefix}og/site/default.png`],
      ];
      for (const [url, file] of expected) {
        expect(url, locale).toBe(`/${file}`);
        expect(cards.has(file!), file).toBe(true);
      }
    }
  });
});
