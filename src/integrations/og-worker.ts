/** A worker of the Open Graph pool (src/integrations/og-images.ts): draws one card into the cache per task. */
import { drawCardToCache, type OgCard } from '../lib/og-image.ts';

export default async function drawTask({ card, file }: { card: OgCard; file: string }): Promise<void> {
  await drawCardToCache(card, file);
}
