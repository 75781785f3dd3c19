import { describe, expect, it } from 'vitest';
import { render } from '../helpers/pipeline.ts';

const frontmatter = { sources: [{ title: 'Report', publisher: 'Paper' }] };

describe('the pipeline refuses', () => {
  it('a quotation naming an unknown actor, with the file and line', async () => {
    await expect(render('Intro.\n\n:::quote{actor="claudia-sheinbaun"}\nWords.\n:::\n', { frontmatter, path: '/p/content/articles/a.md' })).rejects.toMatchObject({
      file: '/p/content/articles/a.md',
      line: 3,
      message: expect.stringContaining('Quotation names unknown actor "claudia-sheinbaun" (field quote.actor)'),
    });
  });

  it('a quotation citing a source the entry does not list', async () => {
    await expect(render(':::quote{actor="marco-rubio" source="3"}\nWords.\n:::\n', { frontmatter })).rejects.toThrow(/cites source 3, but the entry lists 1 sources/);
  });

  it('a quotation without an actor', async () => {
    await expect(render(':::quote\nWords.\n:::\n', { frontmatter })).rejects.toThrow(/needs an actor/);
  });

  it('an unknown block directive rather than dropping its text', async () => {
    await expect(render(':::note\nKeep me.\n:::\n')).rejects.toThrow(/Unknown block ":::note"/);
  });
});

describe('the pipeline under a base path', () => {
  it('links mentions and quotation speakers under the base', async () => {
    const { html } = await render('Rubio spoke.\n\n:::quote{actor="claudia-sheinbaum"}\nWords.\n:::\n', { frontmatter, base: '/on-the-table/' });
    expect(html).toContain('href="/on-the-table/actors/marco-rubio/"');
    expect(html).toContain('href="/on-the-table/actors/claudia-sheinbaum/" class="quote-speaker"');
  });
});
