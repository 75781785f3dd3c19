/** Open Graph images of the English edition (src/lib/og-cards.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCardPaths } from '../../../lib/og-cards.ts';
import { ogImage, type OgCard } from '../../../lib/og-image.ts';

export const getStaticPaths = (() => ogCardPaths('en')) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => new Response(new Uint8Array(await ogImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
