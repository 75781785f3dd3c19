/** The desk's CMS configuration follows the schemas, with no hand-kept copy (src/desk/config.ts). */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMITMENT_STATUSES, COLLECTIONS, ID_PATTERN, partialDate, plainSchemas, translationSchemas } from '../../src/schemas/index.ts';
import { LOCALES } from '../../src/core/locales.ts';
import { deskConfig, labelOf, newEntryDefaults, type DeskField } from '../../src/desk/config.ts';
import { readSchemaDocs } from '../../src/desk/schema-docs.ts';
import { generateDeskConfig } from '../../src/integrations/desk.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCHEMA_FILE = path.join(ROOT, 'src/schemas/index.ts');
const schemaSource = readFileSync(SCHEMA_FILE, 'utf8');
const config = deskConfig({ schemas: plainSchemas, translations: translationSchemas, locales: LOCALES }, { docs: readSchemaDocs(schemaSource), backend: { name: 'test-repo' } });

const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: DeskField[] | undefined, name: string) => {
  const found = fields?.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name} in ${fields?.map((f) => f.name).join(', ')}`);
  return found;
};

describe('the generated configuration', () => {
  it('has every collection, English files in content/<collection>/ and translations in content/es/<collection>/', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...COLLECTIONS]);
    for (const c of config.collections) expect(c.folder).toBe(`content/{{locale}}/${c.name}`);
    expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: ['en', 'es'], default_locale: 'en', omit_default_locale_from_file_path: true });
  });

  it('lists every schema field, in the schema’s order, then the body', () => {
    for (const name of COLLECTIONS) {
      const english = Object.keys(plainSchemas[name].shape);
      const names = collection(name).fields.map((f) => f.name);
      expect(names.slice(0, english.length)).toEqual(english);
      expect(names.at(-1)).toBe('body');
    }
  });

  it('takes each field’s help text from its doc comment, nested and spread fields included', () => {
    const articles = collection('articles').fields;
    expect(field(articles, 'summary').hint).toBe('The dek: one or two sentences.');
    expect(field(articles, 'published').hint).toMatch(/^Publication day\./);
    expect(field(field(articles, 'sources').fields, 'language').hint).toBe("The language of the source's text: `es` for a Spanish-language page; English when left out.");
    // `updated` and `corrections` come into actors from the spread `...changes`.
    expect(field(collection('actors').fields, 'updated').hint).toMatch(/^Day of the last correction/);
    // Fields only a translation has: from its own object, and from the variable a bare name points at.
    expect(field(articles, 'editionCorrections').hint).toContain("Corrections to this translation's text alone");
    expect(field(articles, 'translated').hint).toContain('The day a translation was last brought in line with the English text.');
    expect(field(field(collection('commitments').fields, 'history').fields, 'note').hint).toBe('Why, in a sentence.');
  });

  it('marks what is required, and what only one language requires', () => {
    const actors = collection('actors').fields;
    expect(field(actors, 'kind').required).toBe(true);
    expect(field(actors, 'country').required).toBe(false);
    // A translation may leave the name as it is in English.
    expect(field(actors, 'name').required).toEqual(['en']);
    expect(field(actors, 'translated').required).toEqual(['es']);
    expect(field(collection('events').fields, 'sources')).toMatchObject({ required: true, min: 1 });
  });

  it('keeps dates at the precision written: text with the pattern and the schema’s own message, never a date picker', () => {
    const date = field(collection('events').fields, 'date');
    expect(date.widget).toBe('string');
    const [pattern, message] = date.pattern!;
    for (const ok of ['2025', '2025-09', '2025-09-03']) expect(ok).toMatch(new RegExp(pattern));
    expect('September 2025').not.toMatch(new RegExp(pattern));
    expect(partialDate.safeParse('September 2025').error?.issues[0]?.message).toBe(`"September 2025" ${message}`);
    const published = field(collection('articles').fields, 'published');
    expect('2025-09').not.toMatch(new RegExp(published.pattern![0]));
    expect(published.pattern![1]).toBe('needs a full date written YYYY-MM-DD');
  });

  it('offers references as relation fields over names or titles that store ids', () => {
    expect(field(collection('articles').fields, 'issues')).toMatchObject({ widget: 'relation', collection: 'issues', multiple: true, min: 1, search_fields: ['title'], value_field: '{{slug}}' });
    expect(field(collection('events').fields, 'actors')).toMatchObject({ widget: 'relation', collection: 'actors', search_fields: ['name'] });
    expect(field(field(collection('commitments').fields, 'history').fields, 'event')).toMatchObject({ widget: 'relation', collection: 'events' });
    expect(field(collection('commitments').fields, 'event').multiple).toBeUndefined();
  });

  it('offers enumerations as selects and keeps the schema’s other checks', () => {
    expect(field(field(collection('commitments').fields, 'history').fields, 'status')).toMatchObject({ widget: 'select', options: [...COMMITMENT_STATUSES] });
    expect(field(collection('actors').fields, 'speaks')).toMatchObject({ widget: 'select', multiple: true, options: [...LOCALES] });
    expect(field(collection('actors').fields, 'country').pattern).toEqual(['^[A-Z]{2}$', 'must be a two-letter country code in capitals, such as US or MX']);
    expect(field(field(collection('articles').fields, 'sources').fields, 'url').type).toBe('url');
    expect(field(collection('issues').fields, 'order')).toMatchObject({ widget: 'number' });
  });

  it('makes translatable exactly the fields a translation may set', () => {
    for (const name of COLLECTIONS) {
      const allowed = new Set(Object.keys(translationSchemas[name].shape));
      for (const f of collection(name).fields) if (f.name !== 'body') expect(f.i18n, `${name}.${f.name}`).toBe(allowed.has(f.name));
    }
    // Inside a commitment's history only the note is translated.
    const history = field(collection('commitments').fields, 'history').fields!;
    expect(history.filter((f) => f.i18n).map((f) => f.name)).toEqual(['note']);
  });

  it('names a new file by the id rule, and starts a new entry as `npm run new` does', () => {
    const articles = collection('articles');
    expect(articles.slug.template).toBe('{{title}}');
    expect(articles.slug.pattern).toEqual([ID_PATTERN.source, 'must be an id: lower-case words joined by hyphens']);
    expect(collection('actors').slug.template).toBe('{{name}}');
    expect(newEntryDefaults().articles).toEqual({ author: 'On the Table staff', draft: true });
    expect(field(articles.fields, 'draft')).toMatchObject({ widget: 'boolean', default: true });
  });

  it('labels a field with its name in words', () => {
    expect(labelOf('quoteOriginal')).toBe('Quote original');
    expect(labelOf('editionCorrections')).toBe('Edition corrections');
  });
});

describe('a schema change', () => {
  const dir = path.join(ROOT, 'node_modules/.cache/desk-config-test', String(process.pid), 'schemas');
  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('shows up in the generated form with no other edit', async () => {
    // A copy of the schemas module with two new fields, its imports pointed back at src/.
    let source = schemaSource.replace(/from '\.\.\/(core\/[a-z-]+\.ts)'/g, (_, file: string) => `from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'src', file)).href)}`);
    source = source.replace(
      "    /** Byline. */\n    author: text().optional(),\n",
      "    /** Byline. */\n    author: text().optional(),\n    /** Where the reporting was done, in a few words. */\n    dateline: text(),\n",
    );
    source = source.replace(
      '    /** When a span (such as a presidency) ended. */\n    end: partialDate.optional(),\n',
      '    /** When a span (such as a presidency) ended. */\n    end: partialDate.optional(),\n    /** When the event was first announced, at the precision the sources support. */\n    announced: partialDate.optional(),\n',
    );
    expect(source).toContain('dateline: text()');
    expect(source).toContain('announced: partialDate.optional()');
    mkdirSync(dir, { recursive: true });
    const copy = path.join(dir, 'index.ts');
    writeFileSync(copy, source);
    const changed = (await import(pathToFileURL(copy).href)) as typeof import('../../src/schemas/index.ts');

    const generated = generateDeskConfig(changed, source, {});
    const articles = generated.collections.find((c) => c.name === 'articles')!.fields;
    const events = generated.collections.find((c) => c.name === 'events')!.fields;
    expect(field(articles, 'dateline')).toMatchObject({ label: 'Dateline', widget: 'string', hint: 'Where the reporting was done, in a few words.', required: true, i18n: false });
    expect(articles.findIndex((f) => f.name === 'dateline')).toBe(articles.findIndex((f) => f.name === 'author') + 1);
    expect(field(events, 'announced')).toMatchObject({ label: 'Announced', required: false, pattern: field(events, 'end').pattern });
    expect(field(events, 'announced').hint).toMatch(/^When the event was first announced/);
    // The real schemas have neither.
    expect(collection('articles').fields.some((f) => f.name === 'dateline')).toBe(false);
  });
});
