/** What a page costs a reader at start-up: its HTML plus the stylesheets and scripts it loads, gzipped. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
  scripts: string[];
}

export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const local = (href: string) => path.join(dist, href.slice(base.length));
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const css = stylesheets.reduce((n, href) => n + gzipSize(readFileSync(local(href))), 0);
  const js = scripts.reduce((n, src) => n + gzipSize(readFileSync(local(src))), 0);
  const htmlSize = gzipSize(html);
  return { page, html: htmlSize, css, js, total: htmlSize + css + js, scripts };
}
