/**
 * New content files, as `npm run new` writes them: correctly named, with every required field
 * either filled in or left empty and marked `# fill in`, so that `check:content` names exactly
 * what is left to do. A new article starts as a draft.
 */
import { Document } from 'yaml';
import { fieldNames, toId, translationSchemas, type CollectionName } from '../schemas/index.ts';
import { parseYaml, splitFrontmatter } from './files.ts';

export type Kind = 'article' | 'actor' | 'issue' | 'event' | 'commitment';

export const COLLECTION_OF: Record<Kind, CollectionName> = { article: 'articles', actor: 'actors', issue: 'issues', event: 'events', commitment: 'commitments' };

/** The fields each scaffold leaves for the editor. */
export const MARKED_FIELDS: Record<Kind, string[]> = {
  article: ['summary', 'issues'],
  actor: ['kind', 'role'],
  issue: ['summary'],
  event: ['date', 'sources'],
  commitment: ['made', 'by', 'issues', 'sources', 'history'],
};

/** A file name for a title: its id, kept short enough to read. */
export function idFromTitle(title: string): string {
  return toId(title).slice(0, 80).replace(/-+$/, '');
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function scaffold(kind: Kind, title: string, today: string): string {
  const t = yamlString(title);
  switch (kind) {
    case 'article':
      return `---
title: ${t}
summary: "" # fill in: the dek, one or two sentences
published: ${today}
author: On the Table staff
issues: [] # fill in: at least one issue id, e.g. [fentanyl]
actors: []
events: []
sources: []
draft: true # remove this line to publish
---
Write the article here. Name people as the text would; the site links their pages.
`;
    case 'actor':
      return `---
name: ${t}
kind: "" # fill in: person or organization
role: "" # fill in: e.g. President of Mexico
aliases: []
affiliations: []
sources: []
---
A short profile, with facts from the sources listed above.
`;
    case 'issue':
      return `---
title: ${t}
summary: "" # fill in: one or two sentences
sources: []
---
The explainer: where it stands first, then the background.
`;
    case 'event':
      return `---
title: ${t}
date: "" # fill in: YYYY, YYYY-MM or YYYY-MM-DD, only as precise as the source
actors: []
issues: []
sources: [] # fill in: at least one source (title, publisher, date, url)
---
`;
    case 'commitment':
      return `---
title: ${t}
made: "" # fill in: when it was promised, YYYY, YYYY-MM or YYYY-MM-DD
by: [] # fill in: who promised, actor ids
to: []
issues: [] # fill in: at least one issue id
sources: [] # fill in: where the promise is reported (title, publisher, date, url)
history: [] # fill in: at least one status entry: { date, status, note, sources }
---
`;
  }
}

/**
 * A translation started from its English entry: the fields a translation may carry (taken from the
 * translation schema) with the English words to translate, list items lined up with the English
 * ones, the English body to translate, and `translated` marked for the editor to fill on finishing.
 */
export function scaffoldTranslation(collection: CollectionName, englishText: string): string {
  const split = splitFrontmatter(englishText);
  const english = (split ? parseYaml(split.yaml).document.toJS() : {}) as Record<string, unknown>;
  const words: Record<string, unknown> = {};
  for (const field of fieldNames(translationSchemas[collection])) {
    const value = english[field];
    if (field === 'translated' || value === undefined) continue;
    if (field === 'corrections') words[field] = (value as Array<{ date: string; text: string }>).map(({ date, text }) => ({ date, text }));
    else if (field === 'history') words[field] = (value as Array<{ note: string }>).map(({ note }) => ({ note }));
    else words[field] = value;
  }
  const yaml = new Document(words).toString({ lineWidth: 0 });
  return `---
${yaml}translated: "" # fill in: the day you finish the translation, YYYY-MM-DD
---
${markQuotesForTranslation(split?.body ?? '')}`;
}

/**
 * A quotation of English words becomes one we translate (`original="en" translator="ours"`), as the
 * translator will. A Spanish speaker's (`original="es"`) stays as it is: its Spanish words must come
 * from a Spanish-language source, and the check says so until they do (content/README.md, "Words in
 * the speaker's own language").
 */
function markQuotesForTranslation(body: string): string {
  return body.replace(/^(\s*(?:>\s*)*:{3,}quote\{)([^}\n]*)\}/gm, (line, open: string, attributes: string) => {
    const original = /\boriginal="([^"]*)"/.exec(attributes)?.[1];
    if (original !== undefined && original !== 'en') return line;
    const rest = attributes.replace(/\s*\b(?:original|translator)="[^"]*"/g, '');
    return `${open}${rest} original="en" translator="ours"}`;
  });
}
