/** Reading a built site: its pages, links and element ids. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './project.ts';

export interface Link {
  from: string;
  href: string;
}

/** The site's pages: every HTML file but the editors' desk (`admin/`), which is no page of the site (tests/browser/desk.test.ts). */
export function htmlFiles(dist: string): string[] {
  return listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
}

/** Every href and src on a page (attribute values, entity-decoded for &amp;). */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
}

/**
 * Internal links that do not resolve to a file in dist/ (or to an element id on it),
 * for a site served under `base`.
 */
export function brokenInternalLinks(dist: string, base = '/'): string[] {
  const broken: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  for (const page of htmlFiles(dist)) {
    const pagePath = `${base}${page.replace(/index\.html$/, '')}`;
    for (const href of linksOf(readFileSync(path.join(dist, page), 'utf8'))) {
      if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue;
      const url = new URL(href, `http://site${pagePath}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page}: ${href} (outside the base path ${base})`);
        continue;
      }
      let target = path.join(dist, decodeURIComponent(url.pathname.slice(base.length)));
      if (url.pathname.endsWith('/')) target = path.join(target, 'index.html');
      if (!existsSync(target)) {
        broken.push(`${page}: ${href}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) broken.push(`${page}: ${href} (no element with id "${fragment}")`);
    }
  }
  return broken;
}
