/**
 * The body of a Markdown file exactly as Astro renders it, and where it stands in the file.
 *
 * Astro's Markdown entry type reads a file as `parseFrontmatter(contents, { frontmatter:
 * 'empty-with-spaces' }).content.trim()` (astro/dist/vite-plugin-markdown/content-entry-type.js,
 * @astrojs/internal-helpers/frontmatter): the frontmatter is blanked out, then the whole text is
 * trimmed. So the renderer sees a body whose line 1 is the file's first non-blank line after the
 * frontmatter, and whose first line has lost its indentation (an indented code block that opens
 * the body is no longer code). The content checks parse this same text, and both sides turn its
 * positions into file lines with `fileLine` below, so they give the same verdict and name the
 * same line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';

/** Astro's frontmatter pattern (@astrojs/internal-helpers/frontmatter, `frontmatterRE`). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const FRONTMATTER_TYPE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;
/** Line endings as CommonMark counts them. */
const LINE_ENDING = /\r\n|\r|\n/g;

export interface MarkdownBody {
  /** The text Astro renders: the file after its frontmatter, trimmed. */
  body: string;
  /** 1-based file line of the body's first line. */
  line: number;
  /** 1-based file column of the body's first character (the body's line 1 starts there). */
  column: number;
}

/** The body Astro renders from a file's whole text, and the file line and column it starts at. */
export function markdownBody(text: string): MarkdownBody {
  // Astro replaces the frontmatter, fences included, with as many spaces and the same line
  // breaks, so every offset in its text is the same offset in the file.
  let content = text;
  const raw = FRONTMATTER.exec(text)?.[1];
  if (raw !== undefined) {
    const delims = FRONTMATTER_TYPE.exec(text)![1]!;
    const fenced = `${delims}${raw}${delims}`;
    const at = text.indexOf(fenced);
    if (at !== -1) content = text.slice(0, at) + `   ${raw.replace(/[^\r\n]/g, ' ')}   ` + text.slice(at + fenced.length);
  }
  const body = content.trim();
  const start = content.length - content.trimStart().length;
  const before = text.slice(0, start);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { body, line: (before.match(LINE_ENDING)?.length ?? 0) + 1, column: start - lineStart + 1 };
}

/** Turns a position in a body into the file's line and column. */
export function fileLine(start: Pick<MarkdownBody, 'line' | 'column'>, place: { line: number; column?: number }): { line: number; column: number } {
  const column = place.column ?? 1;
  return { line: start.line + place.line - 1, column: place.line === 1 ? start.column + column - 1 : column };
}

/**
 * Where the body being rendered starts in its file, read from the file on disk; undefined when the
 * text rendered is not that file's body (a file edited since Astro read it, or text rendered from
 * no file, as in tests), so no position is ever mapped onto the wrong line.
 *
 * Why the disk and not the frontmatter the renderer is given: that is parsed YAML, and neither its
 * line count nor the blank lines after it can be recovered from it; the file's own text can, and
 * reading it costs one read, only when a body is refused.
 */
export function bodyStart(filePath: string | undefined, rendered: string): MarkdownBody | undefined {
  if (!filePath) return undefined;
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
  const found = markdownBody(text);
  return found.body === rendered ? found : undefined;
}

/**
 * Stops the render of `file` with a problem found in its body, named as the content checks name
 * it: `content/articles/x.md:109 — field — problem — fix`, at the file's line and column. A body
 * rendered from no file (tests) keeps the body's own line and no file name.
 */
export function refuse(file: VFile, problem: { line: number; column?: number; field: string; message: string; hint: string }): never {
  const start = bodyStart(file.path, String(file.value));
  const place = start ? fileLine(start, problem) : { line: problem.line, column: problem.column ?? 1 };
  const name = start ? `${path.relative(process.cwd(), file.path).split(path.sep).join('/')}:${place.line} — ` : '';
  return file.fail(`${name}${problem.field} — ${problem.message} — ${problem.hint}`, place);
}
