import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS } from '../../schemas/index.ts';
import { loadSiteData } from '../../lib/load-site-data.ts';
import { dataRecords } from '../../lib/data-records.ts';

export const getStaticPaths = (() => COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [site, es] = await Promise.all([loadSiteData('en'), loadSiteData('es')]);
  const records = dataRecords(site, params.collection as (typeof COLLECTIONS)[number], { es });
  return new Response(JSON.stringify(records, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
