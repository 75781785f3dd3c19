/**
 * Ids and accent folding: how a file name, a title or a name becomes comparable text. The one
 * definition behind ids, the mention matcher and the alias checks.
 */

/** Ids are file names: lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Accents dropped and curly apostrophes straightened, one character at a time so that offsets
 * in the folded text are offsets in the original ("García" → "Garcia").
 */
export function foldText(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

function foldChar(char: string): string {
  if (char === '’' || char === '‘') return "'";
  return char.normalize('NFD').replace(/\p{Mn}/gu, '');
}

/** The id a name or title becomes: accents and apostrophes dropped, lower case, hyphens between words. */
export function toId(text: string): string {
  return foldText(text)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id of a content file: its name without `.md`. */
export function idFromFileName(fileName: string): string {
  return fileName.replace(/\.md$/, '');
}
