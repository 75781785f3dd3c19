/** The editors' desk's bundle cache (src/integrations/desk-cache.ts), on a small project in a temporary folder. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskCache, deskCacheKey, otherProjectFiles } from '../../src/integrations/desk-cache.ts';
import { listFiles } from '../helpers/project.ts';

let root: string;
const put = (relative: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), text);
};

/** A project with what the cache reads: src/, content, npm's record of the packages, a file outside src/. */
function layProject() {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root);
  put('src/desk/browser/admin.ts', 'export const desk = 1;\n');
  put('src/styles/global.css', 'body { margin: 0 }\n');
  put('content/actors/ana.md', '---\nname: Ana\n---\n');
  put('node_modules/.package-lock.json', '{"packages":{"node_modules/@sveltia/cms":{"version":"0.221.1"}}}\n');
  put('glossary.json', '{"a":1}\n');
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'desk-cache-'));
  layProject();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const settings = { base: '/', env: { DESK_REPO: 'owner/name', HOME: '/root' } };

describe('the key', () => {
  it('is the same for the same project, and changes with what the bundle is made from', async () => {
    const key = await deskCacheKey(root, settings);
    expect(await deskCacheKey(root, settings)).toBe(key);
    const changes: Record<string, () => Promise<string>> = {
      'a file under src/ changed': async () => (put('src/styles/global.css', 'body { margin: 1px }\n'), deskCacheKey(root, settings)),
      'a file under src/ added': async () => (put('src/desk/extra.ts', '\n'), deskCacheKey(root, settings)),
      'the installed packages changed': async () => (put('node_modules/.package-lock.json', '{"packages":{"node_modules/@sveltia/cms":{"version":"0.222.0"}}}\n'), deskCacheKey(root, settings)),
      'the base path': async () => deskCacheKey(root, { ...settings, base: '/sub/' }),
      'a desk setting': async () => deskCacheKey(root, { ...settings, env: { ...settings.env, DESK_REPO: 'other/name' } }),
      'the site address': async () => deskCacheKey(root, { ...settings, env: { ...settings.env, SITE_URL: 'https://example.org' } }),
    };
    for (const [change, next] of Object.entries(changes)) {
      expect(await next(), change).not.toBe(key);
      // Back as it was, so that each change is seen alone.
      layProject();
      expect(await deskCacheKey(root, settings)).toBe(key);
    }
  });

  it('does not change with content or with settings that are not the desk’s', async () => {
    const key = await deskCacheKey(root, settings);
    put('content/actors/ana.md', '---\nname: Ana María\n---\n');
    put('content/actors/bea.md', '---\nname: Bea\n---\n');
    expect(await deskCacheKey(root, { ...settings, env: { ...settings.env, HOME: '/home/editor', SITE_TODAY: '2026-12-02' } })).toBe(key);
  });
});

describe('the project’s other files in a bundle', () => {
  it('are the bundled modules outside src/ and node_modules, relative, without queries or virtual modules', () => {
    const ids = [
      path.join(root, 'src/desk/browser/admin.ts'),
      path.join(root, 'node_modules/unified/index.js'),
      '\0virtual:on-the-table/desk-config',
      '\0rolldown/runtime.js',
      `${path.join(root, 'glossary.json')}?import`,
      path.join(root, 'glossary.json'),
      path.join(path.dirname(root), 'elsewhere.js'),
      path.join(root, 'public/extra.css'),
    ];
    expect(otherProjectFiles(root, ids)).toEqual(['glossary.json', 'public/extra.css']);
  });
});

describe('keeping and restoring a bundle', () => {
  const made = () => {
    const out = path.join(root, 'dist/admin');
    mkdirSync(path.join(out, 'assets'), { recursive: true });
    writeFileSync(path.join(out, 'index.html'), '<script src="/admin/assets/admin-1.js"></script>');
    writeFileSync(path.join(out, 'assets/admin-1.js'), 'desk();');
    return out;
  };
  const ids = () => [path.join(root, 'src/desk/browser/admin.ts'), path.join(root, 'glossary.json')];

  it('gives back the same files when nothing changed, in a folder emptied first', async () => {
    const out = made();
    await deskCache(root, settings).save(out, ids());
    const again = path.join(root, 'dist2/admin');
    mkdirSync(again, { recursive: true });
    writeFileSync(path.join(again, 'stale.js'), 'old');
    expect(await deskCache(root, settings).restore(again)).toBe(true);
    expect(listFiles(again)).toEqual(['assets/admin-1.js', 'index.html']);
    expect(readFileSync(path.join(again, 'assets/admin-1.js'), 'utf8')).toBe('desk();');
  });

  it('gives back nothing when there is no cache, when src/ changed, or when another bundled file changed', async () => {
    const out = made();
    expect(await deskCache(root, settings).restore(path.join(root, 'x'))).toBe(false);
    await deskCache(root, settings).save(out, ids());
    expect(await deskCache(root, { ...settings, base: '/sub/' }).restore(path.join(root, 'x'))).toBe(false);
    put('glossary.json', '{"a":2}\n');
    expect(await deskCache(root, settings).restore(path.join(root, 'x'))).toBe(false);
    put('glossary.json', '{"a":1}\n');
    expect(await deskCache(root, settings).restore(path.join(root, 'x'))).toBe(true);
    put('src/desk/browser/admin.ts', 'export const desk = 2;\n');
    expect(await deskCache(root, settings).restore(path.join(root, 'y'))).toBe(false);
  });
});
