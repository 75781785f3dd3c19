/**
 * The content checks in the desk: before the CMS writes an entry, the files it is about to write
 * are put in place of their old versions in a copy of `content/` (the snapshot the desk was built
 * with, `content.json`) and the whole set goes through `validateFiles`, the function behind
 * `check:content` and the build. The editor sees the problems of the entry being saved, worded
 * exactly as `check:content` words them; problems elsewhere in `content/` are not theirs to fix.
 *
 * Whatever gets through (a file changed on disk since the snapshot, a rule that needs more than one
 * save), the build still refuses, as it always has.
 */
import { stringify } from 'yaml';
import { formatProblem, validateFiles, type Problem } from '../checks/validate.ts';
import { toId } from '../core/ids.ts';
import { idFromTitle } from '../checks/scaffold.ts';
import { entryFile } from '../core/content-paths.ts';

/** A content file as text: `content/articles/x.md`. */
export interface TextFile {
  path: string;
  text: string;
}

/** The file the CMS writes for one language of an entry, as text (YAML frontmatter, then the body). */
export function entryFileText(data: Record<string, unknown>): string {
  const { body, ...frontmatter } = data;
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  const text = typeof body === 'string' ? body.trim() : '';
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}

const encoder = new TextEncoder();

/** The problems `check:content` would report for the files being saved, in its words, with the rest of `content/` as it was. */
export function checkSavedFiles(content: readonly TextFile[], saving: readonly TextFile[]): string[] {
  const paths = new Set(saving.map((f) => f.path));
  const files = [...content.filter((f) => !paths.has(f.path)), ...saving].map((f) => ({ path: f.path, bytes: encoder.encode(f.text) }));
  const report = validateFiles(files);
  const own = (p: Problem) => paths.has(p.file);
  return report.errors.filter(own).map(formatProblem);
}

/**
 * A new entry's file name, by the rule `npm run new` follows (src/checks/scaffold.ts): a problem
 * when the CMS's own slug differs (it keeps `_` and splits words at apostrophes), naming the id
 * to use instead.
 */
export function fileNameProblem(collection: string, slug: string, title: unknown): string | undefined {
  if (typeof title !== 'string' || !title.trim()) return undefined;
  const wanted = idFromTitle(title);
  if (!wanted || slug === wanted) return undefined;
  const reason = toId(slug) === slug ? `"${slug}" is not the id npm run new makes from this title` : `"${slug}" is not an id`;
  return `${entryFile(collection, slug)} — (file) — ${reason} — name the file "${wanted}" (the title in lower case, accents and apostrophes dropped, words joined by hyphens)`;
}
