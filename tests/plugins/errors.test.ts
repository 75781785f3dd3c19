import { describe, expect, it } from 'vitest';
import { render } from '../helpers/pipeline.ts';

const frontmatter = { sources: [{ title: 'Report', publisher: 'Paper' }] };

describe('the pipeline refuses', () => {
  it('a quotation naming an unknown actor, with the file and line', async () => {
    await expect(render('Intro.\n\n:::quote{actor="claudia-sheinbaun"}\nWords.\n:::\n', { frontmatter, path: '/p/content/articles/a.md' })).rejects.toMatchObject({
      file: '/p/content/articles/a.md',
      line: 3,
      reason: 'quote.actor — "claudia-sheinbaun" is not an id in actors — did you mean "claudia-sheinbaum"?',
    });
  });

  it('a quotation citing a source the entry does not list', async () => {
    await expect(render(':::quote{actor="marco-rubio" source="3"}\nWords.\n:::\n', { frontmatter })).rejects.toThrow(/quote\.source — source="3" is not a position in this article's 1 sources/);
  });

  it('a quotation without an actor', async () => {
    await expect(render(':::quote\nWords.\n:::\n', { frontmatter })).rejects.toThrow(/quote\.actor — the quotation names no speaker/);
  });

  it('an unknown block directive rather than dropping its text', async () => {
    await expect(render(':::note\nKeep me.\n:::\n')).rejects.toThrow(/body — ":::note" is not a known block/);
  });

  it('a quotation with no closing line rather than swallowing the rest of the article', async () => {
    await expect(render(':::quote{actor="marco-rubio"}\nWords.\n\nThe rest of the article.\n', { frontmatter })).rejects.toThrow(/quote — the quotation has no closing ::: line/);
  });

  it('a malformed opening rather than printing it', async () => {
    for (const opening of [':::quote {actor="marco-rubio"}', '::quote{actor="marco-rubio"}']) {
      await expect(render(`${opening}\nWords.\n:::\n`, { frontmatter }), opening).rejects.toThrow(/is not a quotation: its opening line is malformed/);
    }
  });

  it('a quotation outside an article', async () => {
    await expect(render(':::quote{actor="marco-rubio"}\nWords.\n:::\n', { frontmatter, path: '/p/content/actors/marco-rubio.md' })).rejects.toThrow(/quote — quotations belong in articles only/);
  });
});

describe('the pipeline under a base path', () => {
  it('links mentions and quotation speakers under the base', async () => {
    const { html } = await render('Rubio spoke.\n\n:::quote{actor="claudia-sheinbaum"}\nWords.\n:::\n', { frontmatter, base: '/on-the-table/' });
    expect(html).toContain('href="/on-the-table/actors/marco-rubio/"');
    expect(html).toContain('href="/on-the-table/actors/claudia-sheinbaum/" class="quote-speaker"');
  });
});
