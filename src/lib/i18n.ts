/**
 * Every interface string and date format of the site, per language. A Spanish page is the
 * English page's component with the `es` dictionary: a key missing from one language is a type
 * error (`UiStrings`) and, should a cast hide it, a build error (`assertSameKeys` below), never a
 * silent fallback to English.
 */
import { precisionOf, type PartialDate } from '../core/dates.ts';
import type { Locale } from '../core/locales.ts';
import type { CollectionName, CommitmentStatus, CorrectionKind } from '../schemas/index.ts';

export type { Locale } from '../core/locales.ts';

/** Plural forms as `Intl.PluralRules` names them; `other` is always required. */
type Forms = { one?: string; other: string };
const pluralRules = new Map<Locale, Intl.PluralRules>();
/** "1 article", "2 articles": the form the language's plural rules choose, `{n}` replaced. */
export function plural(locale: Locale, n: number, forms: Forms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = (rules.select(n) === 'one' ? forms.one : undefined) ?? forms.other;
  return form.replace('{n}', String(n));
}

const en = {
  locale: 'en' as Locale,
  languageName: 'English',
  siteName: 'On the Table',
  siteTagline: 'The U.S.–Mexico security talks of September 2025, explained',
  skipToContent: 'Skip to content',
  nav: { home: 'Home', articles: 'Analysis', issues: 'Issues', actors: 'Who’s who', timeline: 'Timeline', commitments: 'Promises', connections: 'Connections', search: 'Search' },
  mainNavigation: 'Main',
  footerNote: 'An independent explainer. Every fact is sourced; see the sources under each article.',
  dataLinks: 'Data',
  feedLabel: 'RSS feed',
  correctionsLink: 'Corrections',
  translationsLink: 'Translation status',
  language: {
    /** The switcher's label, read before the link. */
    switchLabel: 'Language',
    /** Text of the link to the other edition. */
    other: 'Español',
    otherLang: 'es',
    /** Spoken name of the link's target. */
    otherTitle: 'Leer en español',
  },
  translation: {
    /** A Spanish page whose text is not yet translated (unused in English). */
    missing: 'This text has not been translated yet.',
    readOriginal: 'Read it in Spanish',
    outdated: (date: string) => `The Spanish text changed on ${date}, after this translation.`,
    statusTitle: 'Translation status',
    statusIntro: 'Every entry of the edition of record and where its translation stands.',
    statuses: { original: 'Original', translated: 'Translated', outdated: 'Outdated', missing: 'Not translated yet' },
    outdatedSince: (date: string) => `outdated since ${date}`,
    translatedOn: (date: string) => `translated ${date}`,
    summary: (translated: number, outdated: number, missing: number) => `${translated} translated, ${outdated} outdated, ${missing} not yet translated`,
    collections: { articles: 'Analysis', actors: 'Profiles', issues: 'Issues', events: 'Events', commitments: 'Promises' },
    entry: 'Entry',
    status: 'Status',
  },
  home: {
    title: 'What is on the table',
    lede:
      'In September 2025 Marco Rubio made his first official visit to Claudia Sheinbaum’s government as U.S. Secretary of State. The talks turned on four questions — fentanyl, tariffs, migration and sovereignty — and produced a joint security statement and an implementation group that kept meeting for the rest of the year.',
    issuesHeading: 'The questions',
    latestHeading: 'Latest analysis',
    keyDatesHeading: 'Key dates',
    fullTimeline: 'The full timeline',
    actorsHeading: 'Main actors',
    allActors: 'Everyone involved',
    latestDevelopment: 'Latest development',
    promisesHeading: 'Promises and where they stand',
    allPromises: 'Every promise and its history',
  },
  articles: {
    title: 'Analysis',
    intro: 'Original analysis of the talks, each piece tied to its sources.',
    by: 'By',
    published: 'Published',
    updated: 'Updated',
    readingTime: (minutes: number) => `${minutes} min read`,
    issues: 'Issues',
    actors: 'People and organisations',
    events: 'Events in this article',
    sources: 'Sources',
    related: 'Related analysis',
  },
  corrections: {
    title: 'Corrections',
    intro: 'Every correction, clarification and update to our articles, profiles, explainers, timeline and promises, newest first. Corrections are never removed.',
    kinds: { correction: 'Correction', clarification: 'Clarification', update: 'Update' } satisfies Record<CorrectionKind, string>,
    /** The article's full record, at its end. */
    listHeading: 'Corrections and updates',
    latestNote: 'Latest change to this page',
    seeAll: (count: number) => plural('en', count, { one: 'See the change', other: 'See all {n} changes' }),
    onEntry: 'On',
    /** What the corrected entry is, before its title on the corrections page. */
    collections: { articles: 'the article', actors: 'the profile of', issues: 'the explainer', events: 'the event', commitments: 'the promise' } satisfies Record<CollectionName, string>,
    /** Marks a correction to a translation's own text (shown only in that edition). */
    editionOnly: 'this edition',
    none: 'No corrections yet.',
    feed: 'RSS feed of corrections',
    feedTitle: 'On the Table: corrections',
    feedItemTitle: (kind: string, article: string) => `${kind}: ${article}`,
  },
  actors: {
    title: 'Who’s who',
    intro: 'The people and organisations in the talks, grouped by country.',
    people: 'People',
    organizations: 'Organisations',
    role: 'Role',
    country: 'Country',
    affiliations: 'Affiliated with',
    members: 'Connected people and bodies',
    featuredIn: 'Analysis about them',
    mentionedIn: 'Also mentioned in',
    events: 'Events',
    quotes: 'In their words',
    sources: 'Sources for this profile',
    noCountry: 'Other',
    promises: 'Promises they made or received',
  },
  issues: {
    title: 'The issues',
    intro: 'The questions the talks turn on.',
    articles: 'Analysis',
    events: 'Events',
    actors: 'Who is involved',
    quotes: 'What each side has said',
    sources: 'Sources for this explainer',
    feed: 'RSS feed for this issue',
    promises: 'Promises on this issue',
  },
  timeline: {
    title: 'Timeline',
    intro: 'Every dated event, in order, at the precision the sources give.',
    years: 'Years',
    actors: 'Who',
    issues: 'Issues',
    sources: 'Source',
    reportedIn: 'Analysis',
    filterHeading: 'Filter the timeline',
    filterIssue: 'Issue',
    filterActor: 'Person or organisation',
    filterAll: 'All',
    filterReset: 'Show all events',
    /** `{shown}` and `{total}` are replaced by the script. */
    filterStatus: 'Showing {shown} of {total} events',
    byIssue: 'Events by issue',
    byActor: 'Events by person or organisation: see each profile in',
    promiseChanges: 'Promises this changed',
    promisesMade: 'Promises made here',
    overviewIntro: 'Each title leads to the event’s full entry, with its context, who took part and its sources, on the page of its year or month.',
    chartTitle: 'Events by month',
    chartDescription: (events: number, from: string, to: string) => `${plural('en', events, { one: '{n} event', other: '{n} events' })} from ${from} to ${to}. Each row is a year and each bar a month, as tall as its number of events; the bar before January counts the events dated only to the year. Each bar leads to its events.`,
    chartYearOnly: 'yr',
    monthLetters: ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'],
    cell: (when: string, events: number) => `${when}: ${plural('en', events, { one: '{n} event', other: '{n} events' })}`,
    yearOnly: (year: string) => `${year}, dated to the year only`,
    everyEvent: 'Every event',
    periodTitle: (period: string) => `Timeline: ${period}`,
    periodIntro: (events: number) => `${plural('en', events, { one: '{n} event', other: '{n} events' })}, in order, at the precision the sources give.`,
    yearOnlyIntro: (events: number) => `${plural('en', events, { one: '{n} event', other: '{n} events' })} dated to the year alone; the rest of the year is on the pages of its months.`,
    monthsOf: (year: string) => `${year} by month`,
    periods: 'Timeline pages',
    previous: 'Earlier',
    next: 'Later',
    overview: 'All years',
    filterOnPeriods: 'Each year’s or month’s page can be filtered by issue and by person or organisation.',
  },
  commitments: {
    title: 'Promises',
    intro: 'What each side promised around the talks of September 2025, and what became of it. Every status comes from a source, and every change stays on the record.',
    statuses: {
      'not-started': 'Not started',
      'in-progress': 'In progress',
      stalled: 'Stalled',
      kept: 'Kept',
      'partly-kept': 'Partly kept',
      broken: 'Broken',
      'cannot-verify': 'Can’t verify yet',
    } satisfies Record<CommitmentStatus, string>,
    legend: {
      'not-started': 'Promised, with no sign yet of action.',
      'in-progress': 'Steps taken; not yet done.',
      stalled: 'Work began and has stopped, or a deadline passed unmet without a break.',
      kept: 'Done as promised.',
      'partly-kept': 'Some of it done, some not.',
      broken: 'Not done, or reversed.',
      'cannot-verify': 'The sources say too little to judge.',
    } satisfies Record<CommitmentStatus, string>,
    legendHeading: 'What the statuses mean',
    legendRule: 'A status changes only when a source reports the change; the earlier statuses stay visible below the new one.',
    countsHeading: 'Where the promises stand',
    countsCaption: (total: number) => plural('en', total, { one: '{n} promise, by current status', other: '{n} promises, by current status' }),
    count: (n: number) => plural('en', n, { one: '{n} promise', other: '{n} promises' }),
    filterHeading: 'Filter the promises',
    filterIssue: 'Issue',
    filterSide: 'Who promised',
    filterStatus: 'Status',
    filterAll: 'All',
    filterReset: 'Show all promises',
    filterShowing: 'Showing {shown} of {total} promises',
    by: 'Promised by',
    to: 'To',
    made: 'Made',
    deadline: 'Deadline',
    madeAt: 'Where',
    status: 'Now',
    quote: 'In the source’s words',
    history: 'History',
    historyIntro: 'Each change of status, oldest first, with its reason and its sources.',
    causedBy: 'Event',
    sources: 'Sources for the promise',
    related: 'Related analysis',
    events: 'Events',
  },
  connections: {
    title: 'Connections',
    intro: 'Who is involved in which question, and who appears alongside whom. Every number leads to the articles, events and quotations behind it.',
    description: 'Who is involved in which issue of the U.S.–Mexico talks, who appears with whom, and the evidence for each link.',
    matrixHeading: 'Who is involved in which issue',
    matrixNote:
      'Each circle counts the articles, events and quotations that tie a person or organisation to an issue: the bigger, the more, and filled circles for the most. People are grouped by country, most involved first. Follow a name or a number to the evidence.',
    matrixCaption: 'People and organisations by issue',
    actor: 'Person or organisation',
    cellLabel: (actor: string, issue: string, count: number) => `${actor} on ${issue}: ${plural('en', count, { one: '{n} piece', other: '{n} pieces' })} of evidence`,
    noCountry: 'No country',
    countriesLabel: 'Jump to a country',
    alsoWith: 'Also named with',
    tiesHeading: 'Who appears with whom',
    tiesNote: (shown: number) => `The ${shown} strongest ties: two people or organisations named in the same article or event, and the issues that brings them together. Follow a pair to what they share.`,
    together: (articles: number, events: number) =>
      `${[plural('en', articles, { one: '{n} article', other: '{n} articles' }), plural('en', events, { one: '{n} event', other: '{n} events' })].filter((_, i) => [articles, events][i]! > 0).join(', ')} together`,
    evidenceCount: (articles: number, events: number, quotes: number) =>
      [plural('en', articles, { one: '{n} article', other: '{n} articles' }), plural('en', events, { one: '{n} event', other: '{n} events' }), plural('en', quotes, { one: '{n} quotation', other: '{n} quotations' })]
        .filter((_, i) => [articles, events, quotes][i]! > 0)
        .join(', '),
    onIssues: 'On',
    mostlyOn: 'Mostly on',
    moreIssues: (n: number) => `and ${plural('en', n, { one: '{n} more issue', other: '{n} more issues' })}`,
    and: 'and',
    allConnections: 'All connections',
    actorTitle: (name: string) => `${name}: connections`,
    actorDescription: (name: string) => `The issues ${name} is involved in, who they appear with, and the evidence for each.`,
    actorSummary: (issues: number, partners: number) =>
      `Involved in ${plural('en', issues, { one: '{n} issue', other: '{n} issues' })}; named alongside ${plural('en', partners, { one: '{n} person or organisation', other: '{n} people and organisations' })}.`,
    profile: 'Full profile',
    issuesHeading: 'Issue by issue',
    alongside: 'Alongside them on this issue',
    tiesOfHeading: 'Who they appear with',
    articles: 'Analysis',
    events: 'Events',
    quotes: 'In their words',
    inArticle: 'in',
    /** A quotation's words in the language's quotation marks. */
    quoted: (text: string) => `“${text.replace(/^[“"]|[”"]$/g, '')}”`,
    more: (n: number) => `and ${n} more`,
  },
  search: {
    title: 'Search',
    intro: 'Search every article, profile, issue, event and promise.',
    noScript: 'Everything on the site, by title:',
    label: 'Search the site',
    submit: 'Search',
    types: { article: 'Analysis', actor: 'Profile', issue: 'Issue', timeline: 'Timeline', commitment: 'Promise' },
    filters: { type: 'Type', issue: 'Issue', actor: 'Person or organisation' },
    filterLabel: 'Filter',
    /** Strings of Pagefind's interface. */
    pagefind: {
      placeholder: 'Search the site',
      clear_search: 'Clear',
      load_more: 'Load more results',
      search_label: 'Search this site',
      filters_label: 'Filters',
      zero_results: 'No results for [SEARCH_TERM]',
      many_results: '[COUNT] results for [SEARCH_TERM]',
      one_result: '[COUNT] result for [SEARCH_TERM]',
      alt_search: 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
      search_suggestion: 'No results for [SEARCH_TERM]. Try one of the following searches:',
      searching: 'Searching for [SEARCH_TERM]...',
    },
  },
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address. Try the timeline, the issues or the search page.',
  },
  quote: {
    reportedIn: 'In',
    /** Said next to the attribution of a quotation that is a translation. */
    translated: (original: 'en' | 'es', translator: 'ours' | 'source') =>
      `translated from ${original === 'es' ? 'Spanish' : 'English'} ${translator === 'ours' ? 'by us' : 'by the source'}`,
  },
  /** Strings the Markdown pipeline writes into bodies. */
  markdown: {
    sectionLink: (heading: string) => `Link to the section “${heading}”`,
    newTab: ' (opens in a new tab)',
    footnotes: 'Notes',
    footnoteBack: (n: number) => `Back to reference ${n}`,
    table: 'Table',
  },
};

export type UiStrings = typeof en;

const es: UiStrings = {
  locale: 'es',
  languageName: 'Español',
  // The Spanish edition's own name (copy desk E1): a Spanish page must not read as English.
  siteName: 'Sobre la mesa',
  siteTagline: 'Claves de las conversaciones de seguridad México–Estados Unidos de septiembre de 2025',
  skipToContent: 'Ir al contenido',
  nav: { home: 'Inicio', articles: 'Análisis', issues: 'Temas', actors: 'Quién es quién', timeline: 'Cronología', commitments: 'Compromisos', connections: 'Conexiones', search: 'Buscar' },
  mainNavigation: 'Principal',
  footerNote: 'Un sitio independiente de análisis y contexto. Cada dato tiene fuente; las fuentes aparecen al pie de cada análisis.',
  dataLinks: 'Datos',
  feedLabel: 'Canal RSS',
  correctionsLink: 'Correcciones',
  translationsLink: 'Estado de la traducción',
  language: {
    switchLabel: 'Idioma',
    other: 'English',
    otherLang: 'en',
    otherTitle: 'Read in English',
  },
  translation: {
    missing: 'Este texto aún no está traducido al español.',
    readOriginal: 'Leer el original en inglés',
    outdated: (date: string) => `El texto en inglés cambió el ${date}, después de esta traducción.`,
    statusTitle: 'Estado de la traducción',
    statusIntro: 'Cada entrada de la edición de referencia, en inglés, y el estado de su traducción al español.',
    statuses: { original: 'Original', translated: 'Traducida', outdated: 'Desactualizada', missing: 'Sin traducir' },
    outdatedSince: (date: string) => `desactualizada desde el ${date}`,
    translatedOn: (date: string) => `traducida el ${date}`,
    summary: (translated: number, outdated: number, missing: number) =>
      `${plural('es', translated, { one: '{n} traducida', other: '{n} traducidas' })}, ${plural('es', outdated, { one: '{n} desactualizada', other: '{n} desactualizadas' })}, ${plural('es', missing, { one: '{n} sin traducir', other: '{n} sin traducir' })}`,
    collections: { articles: 'Análisis', actors: 'Perfiles', issues: 'Temas', events: 'Hechos', commitments: 'Compromisos' },
    entry: 'Entrada',
    status: 'Estado',
  },
  home: {
    title: 'Qué está sobre la mesa',
    lede:
      'En septiembre de 2025, Marco Rubio hizo su primera visita oficial a México como secretario de Estado de EU, en el sexenio de Claudia Sheinbaum. Las conversaciones giraron en torno a cuatro temas —fentanilo, aranceles, migración y soberanía— y dejaron un comunicado conjunto de seguridad y un grupo de implementación que siguió reuniéndose el resto del año.',
    issuesHeading: 'Los temas',
    latestHeading: 'Análisis recientes',
    keyDatesHeading: 'Fechas clave',
    fullTimeline: 'La cronología completa',
    actorsHeading: 'Actores principales',
    allActors: 'Todos los involucrados',
    latestDevelopment: 'Lo más reciente',
    promisesHeading: 'Los compromisos y cómo van',
    allPromises: 'Todos los compromisos y su historial',
  },
  articles: {
    title: 'Análisis',
    intro: 'Análisis originales de las conversaciones, cada uno ligado a sus fuentes.',
    by: 'Por',
    published: 'Publicado',
    updated: 'Actualizado',
    readingTime: (minutes: number) => `${minutes} min de lectura`,
    issues: 'Temas',
    actors: 'Personas e instituciones',
    events: 'Hechos en este análisis',
    sources: 'Fuentes',
    related: 'Análisis relacionados',
  },
  corrections: {
    title: 'Correcciones',
    intro: 'Cada corrección, aclaración y actualización de nuestros análisis, perfiles, temas, cronología y compromisos, de la más reciente a la más antigua. Las correcciones nunca se borran.',
    kinds: { correction: 'Corrección', clarification: 'Aclaración', update: 'Actualización' },
    listHeading: 'Correcciones y actualizaciones',
    latestNote: 'Último cambio a esta página',
    seeAll: (count: number) => plural('es', count, { one: 'Ver el cambio', other: 'Ver los {n} cambios' }),
    onEntry: 'En',
    collections: { articles: 'el análisis', actors: 'el perfil de', issues: 'el tema', events: 'el hecho', commitments: 'el compromiso' },
    editionOnly: 'solo en español',
    none: 'Todavía no hay correcciones.',
    feed: 'Canal RSS de correcciones',
    feedTitle: 'Sobre la mesa: correcciones',
    feedItemTitle: (kind: string, article: string) => `${kind}: ${article}`,
  },
  actors: {
    title: 'Quién es quién',
    intro: 'Las personas e instituciones de las conversaciones, agrupadas por país.',
    people: 'Personas',
    organizations: 'Instituciones',
    role: 'Función',
    country: 'País',
    affiliations: 'Vínculos',
    members: 'Personas e instituciones vinculadas',
    featuredIn: 'Análisis sobre este actor',
    mentionedIn: 'También se menciona en',
    events: 'Hechos',
    quotes: 'En sus palabras',
    sources: 'Fuentes de este perfil',
    noCountry: 'Otros',
    promises: 'Compromisos que hizo o recibió',
  },
  issues: {
    title: 'Los temas',
    intro: 'Las cuestiones en torno a las que giran las conversaciones.',
    articles: 'Análisis',
    events: 'Hechos',
    actors: 'Quiénes participan',
    quotes: 'Lo que ha dicho cada parte',
    sources: 'Fuentes de este tema',
    feed: 'Canal RSS de este tema',
    promises: 'Compromisos sobre este tema',
  },
  timeline: {
    title: 'Cronología',
    intro: 'Cada hecho fechado, en orden, con la precisión que dan las fuentes.',
    years: 'Años',
    actors: 'Quiénes',
    issues: 'Temas',
    sources: 'Fuente',
    reportedIn: 'Análisis',
    filterHeading: 'Filtrar la cronología',
    filterIssue: 'Tema',
    filterActor: 'Persona o institución',
    filterAll: 'Todos',
    filterReset: 'Mostrar todos los hechos',
    filterStatus: 'Se muestran {shown} de {total} hechos',
    byIssue: 'Hechos por tema',
    byActor: 'Hechos por persona o institución: vea cada perfil en',
    promiseChanges: 'Compromisos cuyo estado cambió',
    promisesMade: 'Compromisos asumidos aquí',
    overviewIntro: 'Cada título lleva a la ficha completa del hecho, con su contexto, quiénes participaron y sus fuentes, en la página de su año o de su mes.',
    chartTitle: 'Hechos por mes',
    chartDescription: (events: number, from: string, to: string) => `${plural('es', events, { one: '{n} hecho', other: '{n} hechos' })} de ${from} a ${to}. Cada fila es un año y cada barra un mes, tan alta como su número de hechos; la barra anterior a enero cuenta los hechos fechados solo por el año. Cada barra lleva a sus hechos.`,
    chartYearOnly: 'año',
    monthLetters: ['E', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'],
    cell: (when: string, events: number) => `${when}: ${plural('es', events, { one: '{n} hecho', other: '{n} hechos' })}`,
    yearOnly: (year: string) => `${year}, fechados solo por el año`,
    everyEvent: 'Todos los hechos',
    periodTitle: (period: string) => `Cronología: ${period}`,
    periodIntro: (events: number) => `${plural('es', events, { one: '{n} hecho', other: '{n} hechos' })}, en orden, con la precisión que dan las fuentes.`,
    yearOnlyIntro: (events: number) => `${plural('es', events, { one: '{n} hecho fechado', other: '{n} hechos fechados' })} solo por el año; el resto del año está en las páginas de sus meses.`,
    monthsOf: (year: string) => `${year} mes a mes`,
    periods: 'Páginas de la cronología',
    previous: 'Antes',
    next: 'Después',
    overview: 'Todos los años',
    filterOnPeriods: 'La página de cada año o mes se puede filtrar por tema y por persona o institución.',
  },
  commitments: {
    title: 'Compromisos',
    intro: 'Lo que cada parte prometió en torno a las conversaciones de septiembre de 2025 y qué pasó después. Cada estado viene de una fuente, y cada cambio queda registrado.',
    statuses: {
      'not-started': 'Sin iniciar',
      'in-progress': 'En curso',
      stalled: 'Estancado',
      kept: 'Cumplido',
      'partly-kept': 'Cumplido en parte',
      broken: 'Incumplido',
      'cannot-verify': 'Aún sin verificar',
    },
    legend: {
      'not-started': 'Prometido, sin señales de acción todavía.',
      'in-progress': 'Hay pasos dados; aún no está terminado.',
      stalled: 'Empezó y se detuvo, o venció un plazo sin cumplirse, aunque el compromiso no se da por roto.',
      kept: 'Hecho como se prometió.',
      'partly-kept': 'Una parte hecha y otra no.',
      broken: 'No se hizo, o se revirtió.',
      'cannot-verify': 'Las fuentes no bastan para juzgar.',
    },
    legendHeading: 'Qué significa cada estado',
    legendRule: 'Un estado cambia solo cuando una fuente informa del cambio; los estados anteriores siguen a la vista debajo del nuevo.',
    countsHeading: 'Cómo van los compromisos',
    countsCaption: (total: number) => plural('es', total, { one: '{n} compromiso, por estado actual', other: '{n} compromisos, por estado actual' }),
    count: (n: number) => plural('es', n, { one: '{n} compromiso', other: '{n} compromisos' }),
    filterHeading: 'Filtrar los compromisos',
    filterIssue: 'Tema',
    filterSide: 'Quién prometió',
    filterStatus: 'Estado',
    filterAll: 'Todos',
    filterReset: 'Mostrar todos los compromisos',
    filterShowing: 'Se muestran {shown} de {total} compromisos',
    by: 'Prometido por',
    to: 'Ante',
    made: 'Fecha',
    deadline: 'Plazo',
    madeAt: 'Dónde',
    status: 'Estado actual',
    quote: 'En palabras de la fuente',
    history: 'Historial',
    historyIntro: 'Cada cambio de estado, del más antiguo al más reciente, con su motivo y sus fuentes.',
    causedBy: 'Hecho',
    sources: 'Fuentes del compromiso',
    related: 'Análisis relacionados',
    events: 'Hechos',
  },
  connections: {
    title: 'Conexiones',
    intro: 'Quién participa en qué tema y quién aparece junto a quién. Cada número lleva a los análisis, hechos y citas que lo respaldan.',
    description: 'Quién participa en cada tema de las conversaciones entre México y Estados Unidos, quién aparece con quién y la evidencia de cada vínculo.',
    matrixHeading: 'Quién participa en qué tema',
    matrixNote:
      'Cada círculo cuenta los análisis, hechos y citas que vinculan a una persona o institución con un tema: cuanto más grande, más respaldo; los círculos rellenos marcan los de mayor respaldo. Los actores se agrupan por país, primero los más involucrados. Siga un nombre o un número hasta la evidencia.',
    matrixCaption: 'Personas e instituciones por tema',
    actor: 'Persona o institución',
    cellLabel: (actor: string, issue: string, count: number) => `${actor} sobre ${issue}: ${plural('es', count, { one: '{n} prueba', other: '{n} pruebas' })}`,
    noCountry: 'Sin país',
    countriesLabel: 'Ir a un país',
    alsoWith: 'También aparece con',
    tiesHeading: 'Quién aparece con quién',
    tiesNote: (shown: number) => `Los ${shown} vínculos más fuertes: dos personas o instituciones nombradas en el mismo análisis o hecho, y los temas que las reúnen. Siga un par hasta lo que comparten.`,
    together: (articles: number, events: number) =>
      `${[plural('es', articles, { one: '{n} análisis', other: '{n} análisis' }), plural('es', events, { one: '{n} hecho', other: '{n} hechos' })].filter((_, i) => [articles, events][i]! > 0).join(', ')} en común`,
    evidenceCount: (articles: number, events: number, quotes: number) =>
      [plural('es', articles, { one: '{n} análisis', other: '{n} análisis' }), plural('es', events, { one: '{n} hecho', other: '{n} hechos' }), plural('es', quotes, { one: '{n} cita', other: '{n} citas' })]
        .filter((_, i) => [articles, events, quotes][i]! > 0)
        .join(', '),
    onIssues: 'Sobre',
    mostlyOn: 'Sobre todo en',
    moreIssues: (n: number) => `y ${plural('es', n, { one: '{n} tema más', other: '{n} temas más' })}`,
    and: 'y',
    allConnections: 'Todas las conexiones',
    actorTitle: (name: string) => `${name}: conexiones`,
    actorDescription: (name: string) => `Los temas en los que participa ${name}, con quién aparece y la evidencia de cada vínculo.`,
    actorSummary: (issues: number, partners: number) =>
      `Participa en ${plural('es', issues, { one: '{n} tema', other: '{n} temas' })}; aparece junto a ${plural('es', partners, { one: '{n} persona o institución', other: '{n} personas e instituciones' })}.`,
    profile: 'Perfil completo',
    issuesHeading: 'Tema por tema',
    alongside: 'Junto a este actor en el tema',
    tiesOfHeading: 'Con quién aparece',
    articles: 'Análisis',
    events: 'Hechos',
    quotes: 'En sus palabras',
    inArticle: 'en',
    /** A quotation's words in the language's quotation marks (Mexican usage: double quotes). */
    quoted: (text: string) => `“${text.replace(/^[“"«]|[”"»]$/g, '')}”`,
    more: (n: number) => `y ${n} más`,
  },
  search: {
    title: 'Buscar',
    intro: 'Busque en todos los análisis, perfiles, temas, hechos y compromisos.',
    noScript: 'Todo el sitio, por título:',
    label: 'Buscar en el sitio',
    submit: 'Buscar',
    types: { article: 'Análisis', actor: 'Perfil', issue: 'Tema', timeline: 'Cronología', commitment: 'Compromiso' },
    filters: { type: 'Tipo', issue: 'Tema', actor: 'Persona o institución' },
    filterLabel: 'Filtrar',
    pagefind: {
      placeholder: 'Buscar en el sitio',
      clear_search: 'Borrar',
      load_more: 'Ver más resultados',
      search_label: 'Buscar en este sitio',
      filters_label: 'Filtros',
      zero_results: 'No hay resultados para [SEARCH_TERM]',
      many_results: '[COUNT] resultados para [SEARCH_TERM]',
      one_result: '[COUNT] resultado para [SEARCH_TERM]',
      alt_search: 'No hay resultados para [SEARCH_TERM]. Se muestran resultados para [DIFFERENT_TERM]',
      search_suggestion: 'No hay resultados para [SEARCH_TERM]. Pruebe una de estas búsquedas:',
      searching: 'Buscando [SEARCH_TERM]...',
    },
  },
  notFound: {
    title: 'Página no encontrada',
    body: 'No hay nada en esta dirección. Pruebe la cronología, los temas o el buscador.',
  },
  quote: {
    reportedIn: 'En',
    translated: (original: 'en' | 'es', translator: 'ours' | 'source') =>
      translator === 'ours' ? `traducción nuestra del ${original === 'es' ? 'español' : 'inglés'}` : `traducida del ${original === 'es' ? 'español' : 'inglés'} por la fuente`,
  },
  markdown: {
    sectionLink: (heading: string) => `Enlace a la sección “${heading}”`,
    newTab: ' (se abre en una pestaña nueva)',
    footnotes: 'Notas',
    footnoteBack: (n: number) => `Volver a la referencia ${n}`,
    table: 'Tabla',
  },
};

const strings: Record<Locale, UiStrings> = { en, es };

/** Throws when two dictionaries differ in their keys (a cast or a spread can hide that from the types). */
export function assertSameKeys(reference: unknown, other: unknown, path = ''): void {
  if (typeof reference !== 'object' || reference === null) return;
  const a = Object.keys(reference).sort();
  const b = typeof other === 'object' && other !== null ? Object.keys(other).sort() : [];
  const missing = a.filter((k) => !b.includes(k));
  const extra = b.filter((k) => !a.includes(k));
  if (missing.length || extra.length) {
    throw new Error(`Interface strings differ at "${path || '(root)'}": ${missing.length ? `missing ${missing.join(', ')}` : ''}${extra.length ? ` extra ${extra.join(', ')}` : ''}`);
  }
  for (const key of a) assertSameKeys((reference as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
}
for (const [locale, dictionary] of Object.entries(strings)) if (locale !== 'en') assertSameKeys(en, dictionary, locale);

export function ui(locale: Locale = 'en'): UiStrings {
  return strings[locale];
}

const dateLocales: Record<Locale, string> = { en: 'en-GB', es: 'es-MX' };

const countryNames = new Map<Locale, Intl.DisplayNames>();

/** "1985", "February 2025", "2 September 2025" (es: "septiembre de 2025", "3 de septiembre de 2025"). */
export function formatDate(date: PartialDate, locale: Locale = 'en'): string {
  const precision = precisionOf(date);
  if (precision === 'year') return date;
  // A site has few distinct dates and prints each on many pages (every list an article is on).
  const key = `${locale} ${date}`;
  let label = formattedDates.get(key);
  if (label === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number?];
    label = dateFormatter(locale, precision).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
    formattedDates.set(key, label);
  }
  return label;
}
const formattedDates = new Map<string, string>();

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: Locale, precision: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'month' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(dateLocales[locale], options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The labels of a span and what goes between them; no `end` (or the same day) is a single date. */
export function spanParts(start: PartialDate, end: PartialDate | undefined, locale: Locale = 'en'): { start: string; separator: string; end?: string } {
  const first = formatDate(start, locale);
  if (!end || end === start) return { start: first, separator: '' };
  const last = formatDate(end, locale);
  // Bare years close up ("2018–2024"); labels with spaces need spaced dashes to stay readable.
  return { start: first, separator: first.includes(' ') || last.includes(' ') ? ' – ' : '–', end: last };
}

export function countryName(code: string | undefined, locale: Locale = 'en'): string {
  if (!code) return strings[locale].actors.noCountry;
  let names = countryNames.get(locale);
  if (!names) countryNames.set(locale, (names = new Intl.DisplayNames([dateLocales[locale]], { type: 'region' })));
  return names.of(code) ?? code;
}
