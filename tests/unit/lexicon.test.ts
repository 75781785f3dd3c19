/**
 * The lenient readers behind the mention matcher, the Open Graph cards and the translations'
 * sources read frontmatter with js-yaml (fast, no line numbers); the checks read it with `yaml`
 * (line numbers). On the real content both must see the same values, or a mention, a card or a
 * quotation's source would differ from what the checks judged.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../src/checks/files.ts';
import { readCardSources, readLexicon, readTranslationSources } from '../../src/checks/lexicon.ts';
import { ROOT } from '../helpers/project.ts';

const CONTENT = path.join(ROOT, 'content');
const checked = (file: string) => parseYaml(splitFrontmatter(readFileSync(file, 'utf8'))!.yaml).document.toJS() as Record<string, unknown>;
const scratch = mkdtempSync(path.join(tmpdir(), 'lexicon-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the lenient frontmatter readers', () => {
  it('give every card the frontmatter the checks read, value for value, on the real content', async () => {
    const cards = await readCardSources(CONTENT);
    expect(cards.length).toBeGreaterThan(20);
    for (const card of cards) {
      const folder = card.locale === 'en' ? card.collection : `${card.locale}/${card.collection}`;
      expect(card.data, `${folder}/${card.id}`).toEqual(checked(path.join(CONTENT, folder, `${card.id}.md`)));
    }
  });

  it('read every actor’s names, aliases and languages as the checks do', async () => {
    const lexicon = await readLexicon(CONTENT);
    const files = readdirSync(path.join(CONTENT, 'actors')).filter((f) => f.endsWith('.md'));
    expect(lexicon).toHaveLength(files.length);
    for (const entry of lexicon) {
      const data = checked(path.join(CONTENT, 'actors', `${entry.id}.md`));
      expect(entry.name).toBe(data.name);
      expect(entry.aliases).toEqual(data.aliases ?? []);
      expect(entry.speaks).toEqual(data.speaks);
    }
  });

  it('give a translation the English sources the checks read', async () => {
    const sources = await readTranslationSources(CONTENT);
    expect(Object.keys(sources).length).toBeGreaterThan(0);
    for (const [key, list] of Object.entries(sources)) expect(list, key).toEqual(checked(path.join(CONTENT, `${key}.md`)).sources);
  });

  it('keep dates as written, and skip a file whose YAML does not parse instead of throwing', async () => {
    const dir = path.join(scratch, 'content');
    mkdirSync(path.join(dir, 'articles'), { recursive: true });
    writeFileSync(path.join(dir, 'articles', 'good.md'), '---\ntitle: Good\npublished: 2025-09-03\nupdated: 2025-09\n---\nBody.\n');
    writeFileSync(path.join(dir, 'articles', 'broken.md'), '---\ntitle: [unclosed\n---\nBody.\n');
    const cards = await readCardSources(dir);
    expect(cards.map((c) => c.id)).toEqual(['good']);
    expect(cards[0]!.data).toEqual({ title: 'Good', published: '2025-09-03', updated: '2025-09' });
  });
});
