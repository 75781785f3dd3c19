/**
 * Addresses are built in the route module (src/lib/routes.ts) and paths on disk in the content
 * paths module (src/core/content-paths.ts), nowhere else: a section, feed, anchor, cache or folder
 * renamed there is renamed everywhere. This reads every module of src/ for the shapes a path built
 * by hand takes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/project.ts';

const SRC = path.join(ROOT, 'src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|astro|js)$/.test(f) && !f.startsWith(`cli${path.sep}bench`))
  .map((f) => f.split(path.sep).join('/'));
// Comments may name paths; only code builds them.
const code = (file: string) => readFileSync(path.join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');

const RULES: Array<{ what: string; home: string; pattern: RegExp }> = [
  { what: 'a full address (new URL against the site)', home: 'lib/routes.ts', pattern: /new URL\(.*\b(site|origin)\b/ },
  { what: 'a feed file name', home: 'lib/routes.ts', pattern: /rss\.xml['`]/ },
  { what: 'the search bundle folder', home: 'lib/routes.ts', pattern: /(?<!from |'node_modules', )[}'`/]pagefind[/'`]/ },
  { what: 'a base path normalised by hand', home: 'lib/routes.ts', pattern: /replace\(\/\^\\\/\+\|\\\/\+\$\/g/ },
  { what: 'a fragment id written by hand', home: 'lib/routes.ts', pattern: /(id|href)=\{`#?(country|issue|with|year)-/ },
  { what: 'the content folder by name', home: 'core/content-paths.ts', pattern: /['`]\.?\/?content\/|['"]content['"]/ },
  { what: 'a cache folder', home: 'core/content-paths.ts', pattern: /\.cache['/]/ },
];

describe('paths are built in one place', () => {
  it('reads the modules it means to', () => {
    expect(files).toContain('lib/routes.ts');
    expect(files).toContain('pages/[...path].astro');
    expect(files.length).toBeGreaterThan(100);
  });

  for (const rule of RULES) {
    it(`${rule.what}: only in src/${rule.home}`, () => {
      const offenders = files.filter((file) => file !== rule.home && rule.pattern.test(code(file)));
      expect(offenders).toEqual([]);
    });
  }

  it('catches a path built by hand (the rules above are not vacuous)', () => {
    const samples = ["new URL(article.url, context.site!).href", "new URL(withBase(base, pagePath(page.route, locale)), Astro.site)", "`${base}pagefind/index/*`", "path.join(root, 'node_modules', '.cache', 'x')", "`./content/${folder}`", "id={`country-${code}`}", "`${page}rss.xml`"];
    for (const sample of samples) expect(RULES.some((rule) => rule.pattern.test(sample)), sample).toBe(true);
  });
});
