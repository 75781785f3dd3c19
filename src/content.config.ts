/**
 * The four collections of the content contract, loaded from the top-level `content/` folder.
 * Schemas live in src/schemas; ids are file names (a `slug` field is refused by the checks).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { createSchemas, type CollectionName } from './schemas/index.ts';

const schemas = createSchemas(reference);

function fromFolder(name: CollectionName) {
  return glob({
    base: `./content/${name}`,
    pattern: '*.md',
    // Pages use the rendered HTML and its metadata, never the raw body: keeping it would only
    // grow the content cache (a third of it at 5,000 articles; docs/benchmarks.md).
    retainBody: false,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  });
}

export const collections = {
  actors: defineCollection({ loader: fromFolder('actors'), schema: schemas.actors }),
  issues: defineCollection({ loader: fromFolder('issues'), schema: schemas.issues }),
  events: defineCollection({ loader: fromFolder('events'), schema: schemas.events }),
  articles: defineCollection({ loader: fromFolder('articles'), schema: schemas.articles }),
};
