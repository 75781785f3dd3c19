/**
 * The editors' desk in Chromium, on the built site: `/admin/?backend=test` runs Sveltia CMS on its
 * test backend, which keeps the repository in the browser's private file system (no network, no
 * account). The test lays the real `content/` there first (as the local mode reads the editor's
 * folder), works through the forms as an editor would, then takes the files the CMS wrote, puts
 * them in a copy of the project, and runs `check:content` and a build on it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readContentFiles } from '../../src/checks/files.ts';
import { formatProblem, validateFiles } from '../../src/checks/validate.ts';
import { frontmatterOf } from '../../src/desk/snapshot.ts';
import { translationSchemas } from '../../src/schemas/index.ts';
import { astroBuild, copyProject, DIST, read, removeProject, write } from '../helpers/project.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { layTestRepository } from '../helpers/desk-repository.ts';

const site = siteInBrowser();
/** Each test in a context of its own: the test repository and the sign-in live in the origin's storage. */
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function repositoryFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const found: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else found[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test'), '');
    return found;
  });
}

/**
 * Uncaught exceptions on the desk, but one: Sveltia CMS 0.221's locale switcher throws "Cannot convert
 * undefined or null to object" as the editor closes after a save (the file is already written).
 */
const KNOWN_CMS_ERROR = 'Cannot convert undefined or null to object';

async function openDesk(): Promise<{ page: Page; before: Record<string, string>; errors: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    if (error.message !== KNOWN_CMS_ERROR) errors.push(error.message);
  });
  await page.goto(`${site.server.url}/admin/?backend=test`);
  await layTestRepository(page);
  const before = await repositoryFiles(page);
  await page.reload();
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await page.getByRole('radio', { name: 'Contents' }).waitFor({ timeout: 20_000 });
  return { page, before, errors };
}

/** Moves within the desk as its own links do (the address's fragment), without reloading it. */
async function go(page: Page, fragment: string) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, fragment);
}

async function newEntry(page: Page, collection: string) {
  await go(page, `#/collections/${collection}/new`);
  await page.getByRole('button', { name: 'Save' }).waitFor();
}

async function pick(page: Page, field: RegExp, option: string) {
  await page.getByRole('combobox', { name: field }).first().click();
  await page.keyboard.type(option);
  await page.getByRole('option', { name: option }).click();
}

async function save(page: Page, before: Record<string, string>, file: string): Promise<string> {
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
  let outcome: { text?: string; refused?: string } = {};
  await expect
    .poll(
      async () => {
        const text = (await repositoryFiles(page))[file];
        const refused = (await dialog.count()) > 0 ? ((await dialog.first().textContent()) ?? '') : undefined;
        outcome = { text, refused };
        return text !== undefined || refused !== undefined;
      },
      { timeout: 20_000, message: `${file} was not written` },
    )
    .toBe(true);
  expect(outcome.refused, `the desk refused to save ${file}`).toBeUndefined();
  expect(before[file]).toBeUndefined();
  return outcome.text!;
}

describe('the editors’ desk', () => {
  it('creates an actor (with its Spanish translation), an event, an article with a quotation and a commitment through the forms; the files pass check:content and build into pages', async () => {
    const { page, before, errors } = await openDesk();

    await newEntry(page, 'actors');
    await page.getByRole('textbox', { name: /^Name/ }).fill('Ana Desk Prueba');
    await page.getByRole('radio', { name: 'person' }).click();
    await page.getByRole('textbox', { name: /^Role/ }).fill('Test negotiator');
    await page.getByRole('checkbox', { name: 'es' }).click();
    // Its Spanish translation, in the same form: only the fields a translation may set.
    await page.getByRole('radio', { name: /^Spanish/ }).first().click();
    await page.getByRole('button', { name: /Enable .Spanish/ }).click();
    await page.getByRole('textbox', { name: /^Role/ }).fill('Negociadora de prueba');
    await page.getByRole('textbox', { name: /^Translated/ }).fill('2026-01-05');
    const actor = await save(page, before, 'content/actors/ana-desk-prueba.md');
    const actorEs = (await repositoryFiles(page))['content/es/actors/ana-desk-prueba.md'];
    expect(actorEs).toBe('---\nrole: "Negociadora de prueba"\ntranslated: "2026-01-05"\n---\n');

    await newEntry(page, 'events');
    await page.getByRole('textbox', { name: /^Title/ }).fill('A desk test meeting');
    await page.getByRole('textbox', { name: /^Date/ }).first().fill('2025-09');
    await pick(page, /^Actors/, 'Ana Desk Prueba');
    await page.getByRole('button', { name: /Add .Sources/ }).click();
    await page.getByRole('textbox', { name: /^Title/ }).nth(1).fill('Invented report');
    await page.getByRole('textbox', { name: /^Publisher/ }).fill('Test Gazette');
    await page.getByRole('textbox', { name: /^Url/ }).fill('https://example.com/desk-test');
    const event = await save(page, before, 'content/events/a-desk-test-meeting.md');

    await newEntry(page, 'articles');
    await page.getByRole('textbox', { name: /^Title/ }).first().fill('A desk test article');
    await page.getByRole('textbox', { name: /^Summary/ }).fill('Written through the editors’ desk by its browser test.');
    await page.getByRole('textbox', { name: /^Published/ }).fill('2026-01-05');
    await pick(page, /^Issues/, 'Fentanyl');
    await pick(page, /^Events/, 'A desk test meeting');
    await page.getByRole('button', { name: /Add .Sources/ }).click();
    await page.getByRole('textbox', { name: /^Title/ }).nth(1).fill('Invented report');
    await page.getByRole('textbox', { name: /^Publisher/ }).fill('Test Gazette');
    // A new article starts as a draft, as `npm run new` starts it; this one is published.
    const draft = page.getByRole('switch', { name: /^Draft/ }).or(page.getByRole('checkbox', { name: /^Draft/ }));
    await expect.poll(() => draft.getAttribute('aria-checked')).toBe('true');
    await draft.click();
    await expect.poll(() => draft.getAttribute('aria-checked')).toBe('false');
    // The body opens as Markdown text; the Quotation component is in the rich-text mode.
    await page.getByRole('button', { name: 'Edit in Markdown' }).click();
    await page.getByRole('textbox', { name: /^Body/ }).click();
    await page.keyboard.type('Ana Desk Prueba met the press after the meeting.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Insert/ }).click();
    await page.getByRole('menuitem', { name: /Quotation/ }).click();
    await pick(page, /^Speaker/, 'Ana Desk Prueba');
    await page.getByRole('radiogroup', { name: 'Spoken in' }).getByRole('radio', { name: 'es' }).click();
    await page.getByRole('textbox', { name: /^Words/ }).fill('Words invented for the desk test.');
    // The preview renders the body through the site's pipeline: the quotation with its attribution.
    const preview = page.locator('iframe').first().contentFrame().locator('[data-desk-preview]');
    await expect.poll(() => preview.locator('figure.quote figcaption').textContent().catch(() => ''), { timeout: 20_000 }).toContain('Ana Desk Prueba');
    const article = await save(page, before, 'content/articles/a-desk-test-article.md');

    await newEntry(page, 'commitments');
    await page.getByRole('textbox', { name: /^Title/ }).first().fill('Both sides meet every month');
    await page.getByRole('textbox', { name: /^Made/ }).fill('2025-09');
    await pick(page, /^By/, 'Ana Desk Prueba');
    await pick(page, /^Issues/, 'Fentanyl');
    await page.getByRole('button', { name: /Add .Sources/ }).first().click();
    await page.getByRole('textbox', { name: /^Title/ }).nth(1).fill('Invented report');
    await page.getByRole('textbox', { name: /^Publisher/ }).first().fill('Test Gazette');
    await page.getByRole('button', { name: /Add .History/ }).click();
    await page.getByRole('textbox', { name: /^Date/ }).nth(1).fill('2025-10');
    await page.getByRole('combobox', { name: /^Status/ }).click();
    await page.getByRole('option', { name: 'in-progress' }).click();
    await page.getByRole('textbox', { name: /^Note/ }).fill('The first meeting took place.');
    await page.getByRole('button', { name: /Add .Sources/ }).nth(1).click();
    await page.getByRole('textbox', { name: /^Title/ }).nth(2).fill('Invented follow-up');
    await page.getByRole('textbox', { name: /^Publisher/ }).nth(1).fill('Test Gazette');
    const commitment = await save(page, before, 'content/commitments/both-sides-meet-every-month.md');
    expect(frontmatterOf(commitment)).toMatchObject({ made: '2025-09', by: ['ana-desk-prueba'], history: [{ date: '2025-10', status: 'in-progress', note: 'The first meeting took place.', sources: [{ title: 'Invented follow-up', publisher: 'Test Gazette' }] }] });

    expect(actor).toMatch(/^name: "Ana Desk Prueba"$/m);
    expect(event).toMatch(/^date: "2025-09"$/m);
    expect(article).toMatch(/^draft: false$/m);
    expect(article).toContain(':::quote{actor="ana-desk-prueba" source="1" original="es"}\nWords invented for the desk test.\n:::');

    // The files as the CMS wrote them, in a copy of the project: check:content, then a build (the desk's own bundle as the suite's build left it).
    const dir = copyProject({ caches: ['desk'] });
    try {
      const written = await repositoryFiles(page);
      for (const file of ['content/actors/ana-desk-prueba.md', 'content/es/actors/ana-desk-prueba.md', 'content/events/a-desk-test-meeting.md', 'content/articles/a-desk-test-article.md', 'content/commitments/both-sides-meet-every-month.md']) write(dir, file, written[file]!);
      const check = spawnSync(process.execPath, ['src/cli/check-content.ts'], { cwd: dir, encoding: 'utf8' });
      expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
      const built = astroBuild(dir);
      expect(built.status, built.output).toBe(0);
      const articlePage = read(dir, 'dist/articles/a-desk-test-article/index.html');
      expect(articlePage).toContain('A desk test article');
      expect(articlePage).toMatch(/<figure class="quote"[\s\S]*Words invented for the desk test[\s\S]*Ana Desk Prueba[\s\S]*<\/figure>/);
      expect(read(dir, 'dist/actors/ana-desk-prueba/index.html')).toContain('Test negotiator');
      expect(read(dir, 'dist/es/actores/ana-desk-prueba/index.html')).toContain('Negociadora de prueba');
      expect(read(dir, 'dist/timeline/index.html')).toContain('id="a-desk-test-meeting"');
      expect(read(dir, 'dist/commitments/both-sides-meet-every-month/index.html')).toContain('The first meeting took place.');
    } finally {
      removeProject(dir);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 400_000);

  it('refuses an article whose `updated` changed without a correction, in check:content’s words', async () => {
    const { page, before, errors } = await openDesk();
    const id = 'rubio-visit-at-a-glance';
    const file = `content/articles/${id}.md`;
    await go(page, `#/collections/articles/entries/${id}`);
    const updated = page.getByRole('textbox', { name: /^Updated/ });
    const was = await updated.inputValue();
    // A day before the newest correction: never in the future, whatever today is.
    const changed = new Date(Date.parse(`${was}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await updated.fill(changed);

    // What check:content says of the same change, made to the file by hand.
    const files = await readContentFiles(path.resolve('.'));
    const edited = files.map((f) => (f.path === file ? { path: f.path, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replace(/^updated: .*$/m, `updated: ${changed}`)) } : f));
    const expected = validateFiles(edited).errors.filter((p) => p.file === file && p.field === 'updated');
    expect(expected).toHaveLength(1);
    const { message, hint } = expected[0]!;

    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await expect.poll(() => dialog.textContent(), { timeout: 20_000 }).toContain(`updated — ${message} — ${hint}`);
    expect(formatProblem(expected[0]!)).toContain(message);
    // Nothing was written.
    expect((await repositoryFiles(page))[file]).toBe(before[file]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('edits a Spanish translation: the file in content/es/ carries only what a translation may set, and passes the checks', async () => {
    const { page, before, errors } = await openDesk();
    const file = 'content/es/issues/tariffs.md';
    await go(page, '#/collections/issues/entries/tariffs');
    await page.getByRole('radio', { name: /^Spanish/ }).first().click();
    const title = page.getByRole('textbox', { name: /^Title/ });
    await expect.poll(() => title.inputValue()).toBe(frontmatterOf(before[file]!)!.title);
    // The Spanish pane's preview links names to the Spanish edition's pages.
    const preview = page.locator('iframe').first().contentFrame().locator('[data-desk-preview]');
    await expect.poll(() => preview.innerHTML().catch(() => ''), { timeout: 20_000 }).toContain('href="/es/actores/');
    await title.fill('Aranceles: amenazas y plazos');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await repositoryFiles(page))[file], { timeout: 20_000 }).not.toBe(before[file]);
    const written = await repositoryFiles(page);
    const data = frontmatterOf(written[file]!)!;
    expect(data.title).toBe('Aranceles: amenazas y plazos');
    expect(Object.keys(data).every((key) => key in translationSchemas.issues.shape)).toBe(true);
    // The English file may be re-serialised by the CMS, never changed in substance.
    expect(frontmatterOf(written['content/issues/tariffs.md']!)).toEqual(frontmatterOf(before['content/issues/tariffs.md']!));
    const files = Object.entries(written)
      .filter(([name]) => name.startsWith('content/'))
      .map(([name, text]) => ({ path: name, bytes: new TextEncoder().encode(text) }));
    const problems = validateFiles(files).errors.filter((p) => p.file === file || p.file === 'content/issues/tariffs.md');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('keeps /admin/ out of the site: no sitemap, feed, search or data entry; noindex; its own policy', () => {
    const admin = readFileSync(path.join(DIST, 'admin/index.html'), 'utf8');
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(admin).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline' blob:/);
    expect(admin).not.toContain('data-pagefind-body');
    for (const file of ['sitemap-0.xml', 'rss.xml', 'es/rss.xml', 'data/articles.json', 'pagefind/pagefind-entry.json']) {
      expect(readFileSync(path.join(DIST, file), 'utf8'), file).not.toContain('/admin/');
    }
    const headers = readFileSync(path.join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(/\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: default-src 'self'/);
    // The site's own pages never load the desk.
    expect(readFileSync(path.join(DIST, 'index.html'), 'utf8')).not.toContain('admin');
  });
});
