/** The site's Markdown pipeline with a small fixed cast, for plugin tests. */
import { pathToFileURL } from 'node:url';
import { createPipeline } from '../../src/markdown/pipeline.ts';
import type { LexiconEntry } from '../../src/markdown/mentions.ts';

export const testActors: LexiconEntry[] = [
  { id: 'claudia-sheinbaum', name: 'Claudia Sheinbaum', aliases: ['Sheinbaum'] },
  { id: 'marco-rubio', name: 'Marco Rubio', aliases: ['Rubio'] },
  { id: 'omar-garcia-harfuch', name: 'Omar García Harfuch', aliases: ['García Harfuch'] },
  { id: 'joaquin-guzman-loera', name: 'Joaquín Guzmán Loera', aliases: ['Joaquín Guzmán', 'El Chapo'] },
  { id: 'joaquin-guzman-lopez', name: 'Joaquín Guzmán López', aliases: ['Guzmán López'] },
  { id: 'dea', name: 'Drug Enforcement Administration', aliases: ['DEA'] },
];

export async function render(markdown: string, options: { frontmatter?: Record<string, unknown>; path?: string; base?: string } = {}) {
  const pipeline = await createPipeline({ actors: testActors, base: options.base ?? '/' });
  const result = await pipeline.render(markdown, {
    frontmatter: structuredClone(options.frontmatter ?? {}),
    fileURL: pathToFileURL(options.path ?? '/project/content/articles/test.md'),
  });
  const { mentions, quotes, reading } = result.metadata.frontmatter as Record<string, unknown>;
  return { html: result.code, mentions, quotes, reading };
}
