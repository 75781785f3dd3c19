/** A worker of the Open Graph pool (src/integrations/og-images.ts): draws one card into the cache per task. */
import v8 from 'node:v8';
import vm from 'node:vm';
import type { OgCard } from '../lib/og-cards.ts';
import { drawCardToCache } from '../lib/og-image.ts';

// resvg keeps each 3 MB bitmap outside V8's heap, which V8 does not count, so without help its
// garbage collector seldom runs and a worker grows by 3 MB a card (1.7 GB at 500 cards; known
// upstream as thx/resvg-js#216). Collecting every few cards keeps a worker near 160 MB, and
// faster for it. `gc` is not exposed to workers by default: turned on here, for this process only.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
const CARDS_BETWEEN_COLLECTIONS = 10;
let drawn = 0;

export default async function drawTask({ card, file }: { card: OgCard; file: string }): Promise<void> {
  await drawCardToCache(card, file);
  // The bitmaps' memory is freed by finalizers, which run once this task has returned.
  if (++drawn % CARDS_BETWEEN_COLLECTIONS === 0) collectGarbage();
}
