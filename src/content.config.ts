/**
 * The content collections of the contract, loaded from the top-level `content/` folder: the
 * English edition of record (`content/<collection>/`) and its translations
 * (`content/<locale>/<collection>/`, collections named `<locale>-<collection>`). Schemas live in
 * src/schemas; ids are file names (a `slug` field is refused by the checks).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { createSchemas, translationSchemas, type CollectionName } from './schemas/index.ts';
import { CONTENT_DIR, collectionFolder } from './core/content-paths.ts';
import { idFromFileName } from './core/ids.ts';

const schemas = createSchemas(reference);

function fromFolder(collection: CollectionName, locale = 'en') {
  return glob({
    base: `./${CONTENT_DIR}/${collectionFolder(collection, locale)}`,
    pattern: '*.md',
    // Pages use the rendered HTML and its metadata, never the raw body: keeping it would only
    // grow the content cache (a third of it at 5,000 articles; docs/benchmarks.md).
    retainBody: false,
    generateId: ({ entry }) => idFromFileName(entry),
  });
}

// Written out rather than generated, so that `getCollection()` is typed per collection.
export const collections = {
  actors: defineCollection({ loader: fromFolder('actors'), schema: schemas.actors }),
  issues: defineCollection({ loader: fromFolder('issues'), schema: schemas.issues }),
  events: defineCollection({ loader: fromFolder('events'), schema: schemas.events }),
  articles: defineCollection({ loader: fromFolder('articles'), schema: schemas.articles }),
  commitments: defineCollection({ loader: fromFolder('commitments'), schema: schemas.commitments }),
  'es-actors': defineCollection({ loader: fromFolder('actors', 'es'), schema: translationSchemas.actors }),
  'es-issues': defineCollection({ loader: fromFolder('issues', 'es'), schema: translationSchemas.issues }),
  'es-events': defineCollection({ loader: fromFolder('events', 'es'), schema: translationSchemas.events }),
  'es-articles': defineCollection({ loader: fromFolder('articles', 'es'), schema: translationSchemas.articles }),
  'es-commitments': defineCollection({ loader: fromFolder('commitments', 'es'), schema: translationSchemas.commitments }),
};
