/**
 * Every indexable page of both editions with its `hreflang` alternates (en, es, x-default) where
 * the page has a real counterpart. Stubs of untranslated entries and the 404 pages are left out.
 */
import type { APIRoute } from 'astro';
import { HTML_LANG, LOCALES } from '../core/locales.ts';
import { loadSiteData } from '../lib/load-site-data.ts';
import { listPages } from '../lib/page-list.ts';
import { absoluteUrl, pagePath, siteBase, withBase } from '../lib/routes.ts';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const base = siteBase();
  const url = (path: string) => escape(absoluteUrl(withBase(base, path), site!));
  const [en, es] = await Promise.all([loadSiteData('en'), loadSiteData('es')]);
  const pages = listPages({ en, es }).filter((p) => p.route.page !== 'notFound' && (p.paired || p.locale === 'en'));
  const entries = pages.map((p) => {
    const links = p.paired
      ? [...LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${HTML_LANG[l]}" href="${url(pagePath(p.route, l))}"/>`), `<xhtml:link rel="alternate" hreflang="x-default" href="${url(pagePath(p.route, 'en'))}"/>`]
      : [];
    return `<url><loc>${url(pagePath(p.route, p.locale))}</loc>${links.join('')}</url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
