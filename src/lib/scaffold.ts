/**
 * New content files, as `npm run new` writes them: correctly named, with every required field
 * either filled in or left empty and marked `# fill in`, so that `check:content` names exactly
 * what is left to do. A new article starts as a draft.
 */
import { toId, type CollectionName } from '../schemas/index.ts';

export type Kind = 'article' | 'actor' | 'issue' | 'event';

export const COLLECTION_OF: Record<Kind, CollectionName> = { article: 'articles', actor: 'actors', issue: 'issues', event: 'events' };

/** The fields each scaffold leaves for the editor. */
export const MARKED_FIELDS: Record<Kind, string[]> = {
  article: ['summary', 'issues'],
  actor: ['kind', 'role'],
  issue: ['summary'],
  event: ['date', 'sources'],
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
  }
}
