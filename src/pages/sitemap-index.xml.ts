/**
 * The sitemap index. Written here rather than by @astrojs/sitemap, whose alternates assume the same
 * path under each locale prefix: our Spanish sections have Spanish names (`/es/analisis/`), and
 * only real counterparts may be paired (src/lib/page-list.ts).
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, createUrls, siteBase } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${absoluteUrl(createUrls(siteBase(), 'en').sitemapPart(), site!)}</loc></sitemap></sitemapindex>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
