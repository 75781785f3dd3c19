/**
 * Stand-ins for the Node built-ins that modules shared with the build import at their top (the
 * checks read files, the pipeline hashes its code), for the desk's browser bundle only. The
 * browser never calls them: the desk hands those modules text, not paths. If one is ever called,
 * it says so instead of failing somewhere else.
 */
const unavailable = (name: string) => () => {
  throw new Error(`${name} is not available in the browser (the editors' desk)`);
};

export const readFileSync = unavailable('fs.readFileSync');
export const readdirSync = unavailable('fs.readdirSync');
export const existsSync = () => false;
export const statSync = unavailable('fs.statSync');
export const readFile = unavailable('fs.readFile');
export const readdir = unavailable('fs.readdir');
export const writeFile = unavailable('fs.writeFile');
export const mkdir = unavailable('fs.mkdir');
export const rename = unavailable('fs.rename');
export const rm = unavailable('fs.rm');
export const createHash = unavailable('crypto.createHash');
export const fileURLToPath = (url: string | URL) => new URL(url).pathname;

const join = (...parts: string[]) => parts.join('/').replace(/\/+/g, '/');
export const path = {
  sep: '/',
  join,
  relative: (_from: string, to: string) => to.replace(/^\//, ''),
  dirname: (p: string) => p.replace(/\/[^/]*$/, '') || '/',
  basename: (p: string) => p.replace(/^.*\//, ''),
  resolve: (...parts: string[]) => join('/', ...parts),
};
export default path;

/**
 * Syntax highlighting, which the site turns off (`syntaxHighlight: false` in astro.config.ts):
 * Astro's processor imports both highlighters whether or not they run, and Shiki's grammars
 * alone would add some 12 MB to the desk.
 */
export const createShikiHighlighter = unavailable('Shiki (syntax highlighting is off on this site)');
export const runHighlighterWithAstro = unavailable('Prism (syntax highlighting is off on this site)');
