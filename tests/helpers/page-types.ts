/** One page of every type the site has, for tests that must hold on every page. */
export const PAGE_TYPES: ReadonlyArray<{ name: string; path: string }> = [
  { name: 'home', path: '/' },
  { name: 'article list', path: '/articles/' },
  { name: 'article', path: '/articles/cooperation-without-subordination/' },
  { name: 'actor list', path: '/actors/' },
  { name: 'actor', path: '/actors/claudia-sheinbaum/' },
  { name: 'issue list', path: '/issues/' },
  { name: 'issue', path: '/issues/fentanyl/' },
  { name: 'timeline', path: '/timeline/' },
  { name: 'filtered timeline', path: '/timeline/?issue=tariffs' },
  { name: 'connections', path: '/connections/' },
  { name: 'actor connections', path: '/connections/claudia-sheinbaum/' },
  { name: 'search', path: '/search/' },
  { name: 'search results', path: '/search/?q=fentanyl' },
  { name: '404', path: '/no-such-page/' },
  { name: 'promises', path: '/commitments/' },
  { name: 'promise', path: '/commitments/implementation-group-meets-regularly/' },
  { name: 'corrections', path: '/corrections/' },
  { name: 'translation status', path: '/translations/' },
  { name: 'Spanish home', path: '/es/' },
  { name: 'Spanish article', path: '/es/analisis/cooperation-without-subordination/' },
  { name: 'Spanish actor', path: '/es/actores/claudia-sheinbaum/' },
  { name: 'Spanish issue', path: '/es/temas/fentanyl/' },
  { name: 'Spanish timeline', path: '/es/cronologia/' },
  { name: 'Spanish connections', path: '/es/conexiones/' },
  { name: 'Spanish actor connections', path: '/es/conexiones/claudia-sheinbaum/' },
  { name: 'Spanish search results', path: '/es/buscar/?q=aranceles' },
  { name: 'Spanish promises', path: '/es/compromisos/' },
  { name: 'Spanish promise', path: '/es/compromisos/implementation-group-meets-regularly/' },
  { name: 'Spanish corrections', path: '/es/correcciones/' },
  { name: 'Spanish translation status', path: '/es/traducciones/' },
];

/** Phone and desktop viewports. */
export const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
] as const;
