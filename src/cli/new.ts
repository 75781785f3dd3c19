/**
 * `npm run new -- <article|actor|issue|event> "Title"`: creates content/<collection>/<id>.md
 * with the required frontmatter, refusing to overwrite an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_OF, idFromTitle, MARKED_FIELDS, scaffold, type Kind } from '../lib/scaffold.ts';

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
const kinds = Object.keys(COLLECTION_OF) as Kind[];

if (!kind || !kinds.includes(kind as Kind) || !title) {
  console.error(`usage: npm run new -- <${kinds.join('|')}> "Title"`);
  process.exit(2);
}
const id = idFromTitle(title);
if (!id) {
  console.error(`"${title}" gives no usable file name: use letters or digits in the title`);
  process.exit(2);
}
const collection = COLLECTION_OF[kind as Kind];
const file = path.join('content', collection, `${id}.md`);
if (existsSync(file)) {
  console.error(`${file} already exists: nothing written. Choose another title or edit that file.`);
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, scaffold(kind as Kind, title, new Date().toISOString().slice(0, 10)), { flag: 'wx' });
console.log(`Created ${file}`);
console.log(`Fill in: ${MARKED_FIELDS[kind as Kind].join(', ')} (marked "# fill in"), then run npm run check:content.`);
