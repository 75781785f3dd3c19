/**
 * `npm run new -- <article|actor|issue|event|commitment> "Title"`: creates content/<collection>/<id>.md
 * with the required frontmatter, refusing to overwrite an existing file.
 * `npm run new -- --lang es <kind> <id>`: starts the Spanish translation of an existing entry at
 * content/es/<collection>/<id>.md from its English words.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_OF, idFromTitle, MARKED_FIELDS, scaffold, scaffoldTranslation, type Kind } from '../checks/scaffold.ts';
import { TRANSLATION_LOCALES } from '../core/locales.ts';
import { entryFile } from '../core/content-paths.ts';
import { todayIso } from '../core/dates.ts';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : undefined;
if (langAt >= 0) args.splice(langAt, 2);
const [kind, ...words] = args;
const title = words.join(' ').trim();
const kinds = Object.keys(COLLECTION_OF) as Kind[];

if (!kind || !kinds.includes(kind as Kind) || !title || (lang !== undefined && !(TRANSLATION_LOCALES as readonly string[]).includes(lang))) {
  console.error(`usage: npm run new -- <${kinds.join('|')}> "Title"
       npm run new -- --lang <${TRANSLATION_LOCALES.join('|')}> <${kinds.join('|')}> <id of the English entry>`);
  process.exit(2);
}
const collection = COLLECTION_OF[kind as Kind];

function write(file: string, text: string) {
  if (existsSync(file)) {
    console.error(`${file} already exists: nothing written. Choose another title or edit that file.`);
    process.exit(1);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  console.log(`Created ${file}`);
}

if (lang) {
  const english = entryFile(collection, title);
  if (!existsSync(english)) {
    console.error(`${english} does not exist: a translation starts from its English entry (give its id, the file name without .md).`);
    process.exit(1);
  }
  write(entryFile(collection, title, lang), scaffoldTranslation(collection, readFileSync(english, 'utf8')));
  console.log('Translate the words and the text below the frontmatter, then fill in: translated (marked "# fill in") and run npm run check:content.');
} else {
  const id = idFromTitle(title);
  if (!id) {
    console.error(`"${title}" gives no usable file name: use letters or digits in the title`);
    process.exit(2);
  }
  write(entryFile(collection, id), scaffold(kind as Kind, title, todayIso()));
  console.log(`Fill in: ${MARKED_FIELDS[kind as Kind].join(', ')} (marked "# fill in"), then run npm run check:content.`);
}
