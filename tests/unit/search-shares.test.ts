/**
 * The search index that updates what changed (src/integrations/search-index.ts with
 * src/lib/search-shares.ts): each page's share of the index is kept with a digest of the page,
 * and the index written from the shares must be the index Pagefind makes from the whole pages,
 * byte for byte (Pagefind's output is deterministic for the same pages in the same order).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { indexFiles, wholePagesIndex } from '../helpers/pagefind.ts';
import { pageShare, pageUrl } from '../../src/lib/search-shares.ts';

// On tmpfs (/dev/shm) a folder lists files in the order they were made, as some other file systems do: there the index must still not depend on which pages changed when. (ext4 lists them by a hash of their names.)
const root = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'search-shares-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Fixture {
  lang: 'en' | 'es-MX';
  title: string;
  body: string;
  /** Filter marks: inside the body (as SearchMarks renders them) unless `marksOutside`. */
  filters?: Record<string, string[]>;
  marksOutside?: boolean;
  /** The search region's element and attributes. */
  region?: string;
}

/** A page shaped like ours: a long head, navigation, a search region with marks, a footer. */
function page({ lang, title, body, filters = {}, marksOutside = false, region = 'article class="page" data-pagefind-body' }: Fixture): string {
  const marks = Object.entries(filters)
    .flatMap(([key, values]) => values.map((value) => `<span data-pagefind-filter="${key}:${value}"></span>`))
    .join('');
  const tag = region.split(' ')[0]!;
  return [
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} | On the Table</title>`,
    '<meta name="description" content="A description that Pagefind never reads.">',
    '<style>.x{color:red}</style><script type="module">const a = "<div data-pagefind-body>";</script></head>',
    '<body><header><a href="/">On the Table</a><nav><ul><li><a href="/articles/">Articles</a></li><li><a href="/search/">Search</a></li></ul></nav></header>',
    `<main id="main">${marksOutside ? marks : ''}<${region}><h1>${title}</h1>${marksOutside ? '' : marks}${body}`,
    '<section aria-labelledby="related-heading" data-pagefind-ignore><h2 id="related-heading">Related</h2><p>Related reading stays out of the index.</p></section>',
    `</${tag}></main><footer><p>Footer text stays out too.</p></footer></body></html>`,
  ].join('');
}

const section = (id: string, heading: string, text: string) =>
  `<h2 id="${id}">${heading}<a class="heading-anchor" data-pagefind-ignore href="#${id}">#</a></h2><p>${text}</p>`;

function fixtures(): Record<string, string> {
  return {
    'index.html': '<!DOCTYPE html><html lang="en"><head><title>On the Table</title></head><body><h1>Home</h1><p>No search region here.</p></body></html>',
    'articles/border/index.html': page({
      lang: 'en',
      title: 'Border security talks',
      filters: { Type: ['Analysis'], Issue: ['Sovereignty', 'Fentanyl'] },
      body: section('the-formula', 'The formula', 'Cooperation without subordination, said the president.') + section('offers', 'Offers of force', 'Troops were offered and refused.'),
    }),
    'articles/fentanyl/index.html': page({
      lang: 'en',
      title: 'Fentanyl precursors',
      filters: { Type: ['Explainer'], Issue: ['Fentanyl'] },
      body: `<p data-pagefind-weight="5">Precursor chemicals arrive by sea.</p><figure><img src="/og/f.png" alt="A port"></figure>${section('ports', 'Ports', 'Manzanillo and Lázaro Cárdenas.')}`,
    }),
    'articles/extradition/index.html': page({
      lang: 'en',
      title: 'Extraditions',
      marksOutside: true,
      filters: { Type: ['News'], 'Person or organisation': ['Marco Rubio'] },
      body: `<p>Twenty-six prisoners were transferred.</p><p data-pagefind-meta="summary">A short summary.</p>${section('who', 'Who', 'Cartel leaders.')}`,
    }),
    'es/articulos/frontera/index.html': page({
      lang: 'es-MX',
      title: 'Seguridad fronteriza',
      filters: { Tipo: ['Análisis'], Tema: ['Soberanía'] },
      body: section('la-formula', 'La fórmula', 'Cooperación sin subordinación, dijo la presidenta.') + section('ofertas', 'Ofertas de fuerza', 'Se ofrecieron tropas.'),
    }),
    'es/articulos/fentanilo/index.html': page({
      lang: 'es-MX',
      title: 'Precursores de fentanilo',
      filters: { Tipo: ['Explicador'], Tema: ['Fentanilo'] },
      body: '<p>Los precursores químicos llegan por mar.</p>',
    }),
    // The title from <h1> outside the search region, the image after it outside too.
    'actors/rubio/index.html': page({
      lang: 'en',
      title: 'Marco Rubio',
      filters: { Type: ['Person'] },
      body: '<p>Secretary of State of the United States.</p>',
    })
      .replace('<h1>Marco Rubio</h1>', '')
      .replace('<main id="main">', '<main id="main"><header class="profile"><h1>Marco Rubio, profile</h1><img src="/img/rubio.png" alt="Rubio"></header>'),
    // No <h1> at all: the title comes from <title>.
    'es/acerca/index.html': page({ lang: 'es-MX', title: 'Acerca de', body: '<p>Un sitio de análisis.</p>' }).replace('<h1>Acerca de</h1>', '<h2>Acerca</h2>'),
    'timeline/index.html': page({
      lang: 'en',
      title: 'Timeline',
      region: 'div data-pagefind-body',
      body: '<ol><li id="e1"><h3>September 3</h3><p>Rubio visits Mexico City.</p></li><li id="e2"><h3>September 4</h3><p>A security group is formed.</p></li></ol>',
    }),
  };
}

/** A page as Pagefind stores it for the results. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string }[];
}

function writeSite(dir: string, files: Record<string, string>) {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
}

describe('a page’s share of the search index', () => {
  const pages = fixtures();

  it('keeps the language, title, search regions and marks, and drops the head, navigation and footer', () => {
    const { share, whole } = pageShare(pages['articles/border/index.html']!);
    expect(whole).toBe(false);
    expect(share).toContain('<html lang="en">');
    expect(share).toContain('<title>Border security talks | On the Table</title>');
    expect(share).toContain('<h2 id="the-formula">');
    expect(share).toContain('data-pagefind-filter="Issue:Fentanyl"');
    expect(share).not.toMatch(/Articles|Footer text|A description|<style|<script/);
    expect(share!.length).toBeLessThan(pages['articles/border/index.html']!.length * 0.75);
  });

  it('keeps marks that stand outside the search region', () => {
    expect(pageShare(pages['articles/extradition/index.html']!).share).toContain('data-pagefind-filter="Person or organisation:Marco Rubio"');
  });

  it('is nothing for a page with no search region, and the whole page where a region sits under a Pagefind attribute', () => {
    expect(pageShare(pages['index.html']!)).toEqual({ share: null, whole: false });
    const odd = pages['articles/border/index.html']!.replace('<main id="main">', '<main id="main" data-pagefind-weight="2">');
    expect(pageShare(odd)).toEqual({ share: odd, whole: true });
  });

  it('gives Pagefind’s URLs', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('es/articulos/frontera/index.html')).toBe('/es/articulos/frontera/');
    expect(pageUrl(path.join('articles', 'a', 'index.html'))).toBe('/articles/a/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('the search index built from kept shares', () => {
  const site = path.join(root, 'site');
  const cacheDir = path.join(root, 'cache');
  const salt = 'pagefind test';

  it('is, fresh, byte for byte the index Pagefind makes from the whole pages', async () => {
    writeSite(site, fixtures());
    const run = await buildSearchIndex({ site, output: path.join(root, 'fresh'), cacheDir, salt });
    expect(run).toMatchObject({ reusedIndex: false, pages: 9, indexed: 8, parsed: 9, reused: 0, whole: 0 });
    const reference = (await wholePagesIndex(site, path.join(root, 'reference'), root)).files;
    expect(Object.keys(reference)).toContain('pagefind-entry.json');
    expect(Object.keys(reference).some((file) => file.startsWith('filter/es-mx_'))).toBe(true);
    expect(indexFiles(path.join(root, 'fresh'))).toEqual(reference);
  });

  it('after one page edited, one added and one deleted, reads only those and is the fresh index of the same pages', async () => {
    const files = fixtures();
    files['articles/border/index.html'] = files['articles/border/index.html']!.replace('Troops were offered and refused.', 'Troops were offered, and refused twice.');
    files['es/articulos/nueva/index.html'] = page({
      lang: 'es-MX',
      title: 'Una página nueva',
      filters: { Tipo: ['Noticia'], Tema: ['Soberanía'] },
      body: section('hechos', 'Hechos', 'La reunión duró tres horas.'),
    });
    delete files['articles/fentanyl/index.html'];
    writeSite(site, files);

    const run = await buildSearchIndex({ site, output: path.join(root, 'updated'), cacheDir, salt });
    expect(run).toMatchObject({ reusedIndex: false, pages: 9, indexed: 8, parsed: 2, reused: 7 });

    const fresh = await buildSearchIndex({ site, output: path.join(root, 'fresh-again'), cacheDir: path.join(root, 'empty-cache'), salt });
    expect(fresh.parsed).toBe(9);
    const updated = indexFiles(path.join(root, 'updated'));
    expect(updated).toEqual(indexFiles(path.join(root, 'fresh-again')));
    expect(updated).toEqual((await wholePagesIndex(site, path.join(root, 'reference-again'), root)).files);
    // The kept shares follow the site: the deleted page's share is gone, the new page's is there.
    const kept = readdirSync(path.join(cacheDir, 'shares'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(kept.sort()).toEqual(Object.keys(files).filter((file) => file !== 'index.html').map((file) => path.normalize(file)).sort());
    // The deleted page is gone from the index, the new one is in it.
    const { gunzipSync } = await import('node:zlib');
    const fragments = readdirSync(path.join(root, 'updated', 'fragment')).map(
      (file) => JSON.parse(gunzipSync(readFileSync(path.join(root, 'updated', 'fragment', file))).toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment,
    );
    const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));
    expect([...byUrl.keys()].sort()).toEqual(['/actors/rubio/', '/articles/border/', '/articles/extradition/', '/es/acerca/', '/es/articulos/fentanilo/', '/es/articulos/frontera/', '/es/articulos/nueva/', '/timeline/']);
    // What the reader sees of a result came through the shares: titles (from <h1> or <title>), the image, filters, sub-results' headings.
    expect(byUrl.get('/actors/rubio/')!.meta).toMatchObject({ title: 'Marco Rubio, profile', image: '/img/rubio.png', image_alt: 'Rubio' });
    expect(byUrl.get('/es/acerca/')!.meta.title).toBe('Acerca de | On the Table');
    expect(byUrl.get('/articles/extradition/')!.meta.summary).toBe('A short summary.');
    expect(byUrl.get('/articles/border/')!.filters).toEqual({ Issue: ['Sovereignty', 'Fentanyl'], Type: ['Analysis'] });
    expect(byUrl.get('/articles/border/')!.anchors.map((anchor) => [anchor.element, anchor.id, anchor.text])).toEqual([
      ['h2', 'the-formula', 'The formula'],
      ['h2', 'offers', 'Offers of force'],
    ]);
    expect(byUrl.get('/articles/border/')!.content).not.toMatch(/Related reading|Footer|Articles/);
  });

  it('copies the kept index back when no page changed, and reads every page again for another Pagefind', async () => {
    const again = await buildSearchIndex({ site, output: path.join(root, 'unchanged'), cacheDir, salt });
    expect(again).toMatchObject({ reusedIndex: true, parsed: 0, reused: 9 });
    expect(indexFiles(path.join(root, 'unchanged'))).toEqual(indexFiles(path.join(root, 'updated')));

    const upgraded = await buildSearchIndex({ site, output: path.join(root, 'upgraded'), cacheDir, salt: 'pagefind next' });
    expect(upgraded).toMatchObject({ reusedIndex: false, parsed: 9, reused: 0 });
  });

  it('indexes every page’s <body> when no page has a search region, as Pagefind does', async () => {
    const plain = path.join(root, 'plain');
    writeSite(plain, {
      'index.html': '<!DOCTYPE html><html lang="en"><head><title>Home</title></head><body><h1>Home</h1><p>Water treaty news.</p></body></html>',
      'es/index.html': '<!DOCTYPE html><html lang="es-MX"><head><title>Inicio</title></head><body><h1>Inicio</h1><p>Noticias del tratado de aguas.</p></body></html>',
    });
    const run = await buildSearchIndex({ site: plain, output: path.join(root, 'plain-index'), cacheDir: path.join(root, 'not-yet', 'cache'), salt });
    expect(run).toMatchObject({ reusedIndex: false, pages: 2, indexed: 2, parsed: 2 });
    expect(indexFiles(path.join(root, 'plain-index'))).toEqual((await wholePagesIndex(plain, path.join(root, 'plain-reference'), root)).files);
  });
});
