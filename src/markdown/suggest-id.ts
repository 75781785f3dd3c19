/** The existing id nearest to a mistyped one, for "did you mean …?" hints. */
import { closest, distance } from 'fastest-levenshtein';

/** The existing id nearest to a mistyped one, if any is near enough to be a likely typo. */
export function suggestId(bad: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(bad, candidates as string[]);
  const near = distance(bad, best) <= Math.max(3, Math.ceil(best.length / 2));
  const contains = best.includes(bad) || bad.includes(best);
  return near || contains ? best : undefined;
}
