/**
 * Fixture tests: each folder in tests/fixtures/plugins/<plugin>/<case>/ holds `input.md`
 * (optionally with frontmatter and an `options.json` giving the file's path) and the
 * approved `output.html` and `output.json` (mentions, quotes, reading stats).
 * `UPDATE_FIXTURES=1` rewrites the outputs; read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { render } from '../helpers/pipeline.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/plugins', import.meta.url));
const update = process.env.UPDATE_FIXTURES === '1';

for (const plugin of readdirSync(FIXTURES).sort()) {
  describe(plugin, () => {
    for (const name of readdirSync(path.join(FIXTURES, plugin)).sort()) {
      const dir = path.join(FIXTURES, plugin, name);
      it(name.replaceAll('-', ' '), async () => {
        const { frontmatter, content } = parseFrontmatter(readFileSync(path.join(dir, 'input.md'), 'utf8'));
        const options = existsSync(path.join(dir, 'options.json')) ? JSON.parse(readFileSync(path.join(dir, 'options.json'), 'utf8')) : {};
        const { html, ...data } = await render(content, { frontmatter, ...options });
        const json = JSON.stringify(data, null, 2) + '\n';
        if (update) {
          writeFileSync(path.join(dir, 'output.html'), html + '\n');
          writeFileSync(path.join(dir, 'output.json'), json);
        }
        expect(html + '\n').toBe(readFileSync(path.join(dir, 'output.html'), 'utf8'));
        expect(json).toBe(readFileSync(path.join(dir, 'output.json'), 'utf8'));
      });
    }
  });
}
