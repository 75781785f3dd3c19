import type { APIRoute } from 'astro';
import { absoluteUrl, createUrls, siteBase } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(createUrls(siteBase(), 'en').sitemap(), site!);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
