/**
 * Word lists for the synthetic corpus: enough variety that Markdown, smartypants and the
 * mention matcher see prose shaped like the real articles, not one repeated sentence.
 * Everything is lower-case English except where a capital is the point; nothing here may
 * look like an actor's name or an acronym, or the mention matcher would find false hits.
 */

export const FIRST_NAMES = [
  'Ana', 'Luis', 'María', 'José', 'Elena', 'Tomás', 'Julia', 'Andrés', 'Sofía', 'Martín', 'Lucía', 'Ramón',
  'Carmen', 'Diego', 'Inés', 'Pablo', 'Rosa', 'Héctor', 'Laura', 'Víctor', 'Paula', 'Jorge', 'Marta', 'Rubén',
  'Sarah', 'David', 'Emily', 'James', 'Karen', 'Robert', 'Linda', 'Thomas', 'Nancy', 'Steven', 'Helen', 'Peter',
];

/** Syllables for coined surnames and organisation names, so every actor's names are unique. */
export const SYLLABLES = [
  'bar', 'ven', 'dol', 'mar', 'cas', 'tel', 'rio', 'san', 'gal', 'ber', 'mon', 'tra', 'vel', 'quin', 'dor',
  'lan', 'zam', 'cor', 'fel', 'gui', 'hal', 'ner', 'pan', 'ros', 'sel', 'tor', 'ulb', 'var', 'wen', 'yel',
  'ald', 'bri', 'cen', 'dra', 'esp', 'fal', 'gor', 'ibe', 'jus', 'lor',
];

export const PERSON_TITLES = ['Minister', 'Senator', 'Ambassador', 'Governor', 'Commissioner', 'Secretary', 'Professor', 'General'];

export const PERSON_ROLES = [
  'Minister of Security', 'Senator', 'Ambassador to Mexico', 'Governor of a border state', 'Trade commissioner',
  'Security analyst', 'Undersecretary for North America', 'Professor of international relations', 'Army general',
  'Deputy foreign minister', 'Customs chief', 'Attorney general', 'Presidential spokesperson', 'Former diplomat',
];

export const ORG_KINDS = ['Institute', 'Agency', 'Commission', 'Office', 'Council', 'Bureau', 'Ministry', 'Foundation'];

export const ORG_ROLES = [
  'Federal security agency', 'Trade regulator', 'Think tank on North American affairs', 'Border enforcement agency',
  'Foreign ministry', 'Financial intelligence unit', 'Migration authority', 'Criminal organisation', 'Water commission',
];

export const COUNTRIES = ['US', 'MX', 'CA', 'VE', 'CO', 'EC', 'GT', 'HN', 'SV', 'PA'];

export const PUBLISHERS = [
  'EL PAÍS USA Edition', 'Mexico News Daily', 'Reuters', 'Associated Press', 'La Jornada', 'El Universal',
  'The Washington Post', 'Milenio', 'Proceso', 'Animal Político', 'The New York Times', 'El Financiero',
];

export const AUTHORS = ['On the Table staff', 'María Ortega', 'Daniel Brooks', 'Lucía Fernández', 'Paul Hernández'];

export const CITIES = ['Mexico City', 'Washington', 'Monterrey', 'Tijuana', 'El Paso', 'Culiacán', 'Ciudad Juárez', 'Guadalajara', 'Nogales', 'Laredo'];

export const TOPICS = [
  'fentanyl seizures', 'tariff deadlines', 'border crossings', 'extradition requests', 'arms trafficking',
  'water deliveries', 'intelligence sharing', 'troop deployments', 'asylum rules', 'customs inspections',
  'bank sanctions', 'cartel designations', 'precursor chemicals', 'remittances', 'steel quotas',
];

export const NOUNS = [
  'agreement', 'deadline', 'statement', 'meeting', 'proposal', 'delegation', 'report', 'survey', 'treaty',
  'shipment', 'budget', 'inquiry', 'hearing', 'framework', 'working group', 'checkpoint', 'corridor',
  'memorandum', 'timetable', 'pledge', 'protocol', 'crackdown', 'programme', 'negotiation', 'audit',
];

export const ADJECTIVES = [
  'bilateral', 'cautious', 'unexpected', 'lengthy', 'formal', 'preliminary', 'disputed', 'joint', 'fragile',
  'ambitious', 'modest', 'public', 'confidential', 'regional', 'long-awaited', 'hurried', 'detailed',
];

export const VERBS = [
  'announced', 'questioned', 'defended', 'postponed', 'welcomed', 'criticised', 'signed', 'rejected',
  'reviewed', 'proposed', 'described', 'endorsed', 'challenged', 'outlined', 'delayed', 'praised',
];

export const CLOSINGS = [
  'according to officials familiar with the talks',
  'two weeks before the next round of talks',
  'after a phone call between both capitals',
  'as pressure mounted on both sides of the border',
  'despite objections from the opposition',
  'in a statement published late on Friday',
  'while negotiators kept working on the details',
  'without giving a date for the next step',
  'in what analysts called a turning point',
  'a move that surprised few in the capital',
];

export const HEADINGS = [
  'What was agreed', 'The road to the talks', 'What each side wanted', 'The numbers behind the deal',
  'Reactions at home', 'What comes next', 'A long history', 'The view from the border', 'Open questions',
  'Money and leverage', 'The legal fight', 'Who decides',
];

export const QUOTES = [
  'We will cooperate, but we will never accept subordination.',
  'The numbers speak for themselves: seizures are up and deaths are down.',
  'Nobody wins a tariff war, and both of our countries know it.',
  'This agreement is a beginning, not an end, and we will judge it by results.',
  'We asked for respect, and today we received it in writing.',
  'There is no security without shared responsibility on both sides.',
];
