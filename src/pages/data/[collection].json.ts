import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../lib/load-site-data.ts';
import { dataRecords } from '../../lib/site-data.ts';

const collections = ['articles', 'actors', 'issues', 'events'] as const;

export const getStaticPaths = (() => collections.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSiteData();
  const records = dataRecords(site, params.collection as (typeof collections)[number]);
  return new Response(JSON.stringify(records, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
