export interface PageType {
  name: string;
  path: string;
  /**
   * On a page a script enhances: an element that shows only once the script has done its work
   * (so a script the browser refused, or one that failed, is seen), and what the checks wait for.
   */
  scripted?: string;
}

const TIMELINE_FILTER = 'form[data-timeline-filter]';
const COMMITMENT_FILTER = 'form[data-commitment-filter]';
const SEARCH_BOX = '.pagefind-ui__search-input';
const SEARCH_RESULT = '.pagefind-ui__result-link';

/** One page of every type the site has, for tests that must hold on every page. */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/' },
  { name: 'article list', path: '/articles/' },
  { name: 'article', path: '/articles/cooperation-without-subordination/' },
  { name: 'actor list', path: '/actors/' },
  { name: 'actor', path: '/actors/claudia-sheinbaum/' },
  { name: 'issue list', path: '/issues/' },
  { name: 'issue', path: '/issues/fentanyl/' },
  { name: 'timeline', path: '/timeline/' },
  { name: 'timeline year split into months', path: '/timeline/2025/', scripted: TIMELINE_FILTER },
  { name: 'timeline year', path: '/timeline/1985/', scripted: TIMELINE_FILTER },
  { name: 'timeline month', path: '/timeline/2025/09/', scripted: TIMELINE_FILTER },
  { name: 'filtered timeline month', path: '/timeline/2025/09/?issue=tariffs', scripted: TIMELINE_FILTER },
  { name: 'connections', path: '/connections/' },
  { name: 'actor connections', path: '/connections/claudia-sheinbaum/' },
  { name: 'search', path: '/search/', scripted: SEARCH_BOX },
  { name: 'search results', path: '/search/?q=fentanyl', scripted: SEARCH_RESULT },
  { name: '404', path: '/no-such-page/' },
  { name: 'promises', path: '/commitments/', scripted: COMMITMENT_FILTER },
  { name: 'promise', path: '/commitments/implementation-group-meets-regularly/' },
  { name: 'corrections', path: '/corrections/' },
  { name: 'translation status', path: '/translations/' },
  { name: 'Spanish home', path: '/es/' },
  { name: 'Spanish article list', path: '/es/analisis/' },
  { name: 'Spanish article', path: '/es/analisis/cooperation-without-subordination/' },
  { name: 'Spanish actor list', path: '/es/actores/' },
  { name: 'Spanish actor', path: '/es/actores/claudia-sheinbaum/' },
  { name: 'Spanish issue list', path: '/es/temas/' },
  { name: 'Spanish issue', path: '/es/temas/fentanyl/' },
  { name: 'Spanish timeline', path: '/es/cronologia/' },
  { name: 'Spanish timeline month', path: '/es/cronologia/2025/09/', scripted: TIMELINE_FILTER },
  { name: 'Spanish connections', path: '/es/conexiones/' },
  { name: 'Spanish actor connections', path: '/es/conexiones/claudia-sheinbaum/' },
  { name: 'Spanish search results', path: '/es/buscar/?q=aranceles', scripted: SEARCH_RESULT },
  { name: 'Spanish promises', path: '/es/compromisos/', scripted: COMMITMENT_FILTER },
  { name: 'Spanish promise', path: '/es/compromisos/implementation-group-meets-regularly/' },
  { name: 'Spanish corrections', path: '/es/correcciones/' },
  { name: 'Spanish translation status', path: '/es/traducciones/' },
];

/** Phone and desktop viewports. */
export const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
] as const;
