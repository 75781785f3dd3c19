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
];

/** Phone and desktop viewports. */
export const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
] as const;
