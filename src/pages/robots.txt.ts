import type { APIRoute } from 'astro';
import { createUrls, siteBase } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(createUrls(siteBase(), 'en').sitemap(), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
