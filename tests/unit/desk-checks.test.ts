/**
 * The form's checks (src/desk/entry-check.ts) say what `check:content` says, and the quotation
 * component (src/desk/quote-component.ts) writes the directive the pipeline renders.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/checks/files.ts';
import { formatProblem, validateFiles } from '../../src/checks/validate.ts';
import { idFromTitle } from '../../src/checks/scaffold.ts';
import { checkSavedFiles, entryFileText, fileNameProblem, type TextFile } from '../../src/desk/entry-check.ts';
import { parseQuote, quoteBlock, quoteComponent } from '../../src/desk/quote-component.ts';
import { withoutEmpty } from '../../src/desk/browser/save-check.ts';
import { frontmatterOf, pipelineInputs } from '../../src/desk/snapshot.ts';
import { createPreview } from '../../src/desk/preview.ts';
import { contentSnapshot } from '../../src/integrations/desk.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = path.resolve(import.meta.dirname, '../..');
let content: TextFile[];
beforeAll(async () => {
  const decoder = new TextDecoder();
  content = (await readContentFiles(ROOT)).map((f) => ({ path: f.path, text: decoder.decode(f.bytes) }));
});

const article = (extra: Record<string, unknown> = {}, body = 'Claudia Sheinbaum spoke.') =>
  entryFileText({ title: 'A desk article', summary: 'Checked by the desk.', published: '2026-01-05', issues: ['fentanyl'], sources: [{ title: 'A report', publisher: 'A paper' }], ...extra, body });

describe('the checks before a save', () => {
  it('pass a valid new entry', () => {
    expect(checkSavedFiles(content, [{ path: 'content/articles/a-desk-article.md', text: article() }])).toEqual([]);
  });

  it('refuse a changed `updated` with no correction for it, in check:content’s words', () => {
    const file = 'content/articles/rubio-visit-at-a-glance.md';
    const original = content.find((f) => f.path === file)!.text;
    const edited = original.replace(/^updated: .*$/m, 'updated: 2026-11-30');
    const expected = validateFiles(content.map((f) => ({ path: f.path, bytes: new TextEncoder().encode(f.path === file ? edited : f.text) }))).errors.filter((p) => p.file === file);
    expect(expected.map((p) => p.field)).toEqual(['updated']);
    expect(checkSavedFiles(content, [{ path: file, text: edited }])).toEqual(expected.map(formatProblem));
  });

  it('refuse a dangling reference, an invented precision and a quotation against the speaker’s language', () => {
    const problems = checkSavedFiles(content, [
      { path: 'content/articles/a-desk-article.md', text: article({ issues: ['fentanil'] }, ':::quote{actor="claudia-sheinbaum" source="1" original="en"}\nWords.\n:::') },
      { path: 'content/events/a-desk-event.md', text: entryFileText({ title: 'An event', date: '2025-02-30', sources: [{ title: 'A report', publisher: 'A paper' }] }) },
    ]);
    expect(problems.some((p) => p.includes('issues[0] — "fentanil" is not an id in issues — did you mean "fentanyl"?'))).toBe(true);
    expect(problems.some((p) => p.includes('date — "2025-02-30" does not exist'))).toBe(true);
    expect(problems.some((p) => p.includes('quote.original') && p.includes('claudia-sheinbaum'))).toBe(true);
  });

  it('refuse a glossary variant in the prose, naming the term to use', () => {
    const problems = checkSavedFiles(content, [{ path: 'content/articles/a-desk-article.md', text: article({}, 'One report was less reliable than the others.') }]);
    const expected = validateFiles(
      [...content.filter((f) => f.path !== 'content/articles/a-desk-article.md'), { path: 'content/articles/a-desk-article.md', text: article({}, 'One report was less reliable than the others.') }].map((f) => ({ path: f.path, bytes: new TextEncoder().encode(f.text) })),
    ).errors.filter((p) => p.file === 'content/articles/a-desk-article.md');
    expect(expected.length).toBe(1);
    expect(problems).toEqual(expected.map(formatProblem));
    expect(problems[0]).toContain('less reliable');
  });

  it('report only the files being saved', () => {
    const broken = { path: 'content/issues/broken.md', text: '---\ntitle: ""\n---\n' };
    const problems = checkSavedFiles([...content, broken], [{ path: 'content/articles/a-desk-article.md', text: article() }]);
    expect(problems).toEqual([]);
  });

  it('name a new file by npm run new’s rule', () => {
    expect(fileNameProblem('articles', 'sheinbaum-s-visit', 'Sheinbaum’s visit')).toContain('name the file "sheinbaums-visit"');
    expect(fileNameProblem('articles', idFromTitle('Sheinbaum’s visit'), 'Sheinbaum’s visit')).toBeUndefined();
    expect(fileNameProblem('actors', 'ana_prueba', 'Ana Prueba')).toContain('"ana_prueba" is not an id');
  });

  it('check the file as the CMS writes it: no empty fields, no list bookkeeping', () => {
    const data = withoutEmpty({ title: 'T', author: '', actors: [], sources: [{ title: 'A', publisher: 'B', url: '', __sc_item_id: 'x1' }], draft: false }) as Record<string, unknown>;
    expect(data).toEqual({ title: 'T', sources: [{ title: 'A', publisher: 'B' }], draft: false });
    expect(frontmatterOf(entryFileText({ ...data, body: 'Text.' }))).toEqual(data);
  });
});

describe('the quotation component', () => {
  const block = ':::quote{actor="claudia-sheinbaum" source="2" original="es" translator="ours"}\nWords, exactly.\n:::';

  it('reads and writes the directive as the guide writes it', () => {
    const match = block.match(quoteComponent().pattern)!;
    const props = parseQuote(match);
    expect(props).toEqual({ actor: 'claudia-sheinbaum', source: 2, original: 'es', translator: 'ours', words: 'Words, exactly.' });
    expect(quoteBlock(props)).toBe(block);
    expect(quoteBlock({ actor: 'marco-rubio', words: 'Short.' })).toBe(':::quote{actor="marco-rubio" source="1"}\nShort.\n:::');
  });

  it('writes a block the site’s pipeline renders as an attributed quotation', async () => {
    const render = await createPreview(pipelineInputs(content));
    const html = await render(`Before.\n\n${quoteBlock({ actor: 'marco-rubio', source: 1, words: 'Words for the test.' })}\n`, {
      collection: 'articles',
      id: 'a-desk-article',
      locale: 'en',
      frontmatter: { sources: [{ title: 'A report', publisher: 'A paper' }] },
    });
    expect(html).toMatch(/<figure class="quote"[^>]*>[\s\S]*Words for the test\.[\s\S]*<figcaption>[\s\S]*Marco Rubio[\s\S]*<\/figure>/);
  });
});

describe('content.json, what the desk is given of content/', () => {
  it('leaves out drafts and their translations, and the guide', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'desk-snapshot-'));
    try {
      const put = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      };
      put('content/README.md', '# Guide\n');
      put('content/glossary.yml', '[]\n');
      put('content/articles/published.md', article());
      put('content/articles/secret-plan.md', article({ draft: true }));
      put('content/es/articles/secret-plan.md', '---\ntitle: Plan\n---\n');
      const files = JSON.parse(await contentSnapshot(root)) as TextFile[];
      expect(files.map((f) => f.path)).toEqual(['content/articles/published.md', 'content/glossary.yml']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
