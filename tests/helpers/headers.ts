/** The headers `_headers` gives every path (its `/*` rule), as Netlify or Cloudflare Pages serve them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function siteWideHeaders(dist: string): Record<string, string> {
  const text = readFileSync(path.join(dist, '_headers'), 'utf8');
  const block = text.split(/\n\s*\n/).find((b) => b.startsWith('/*\n'));
  if (!block) throw new Error(`${path.join(dist, '_headers')} has no "/*" rule`);
  return Object.fromEntries(
    block
      .split('\n')
      .slice(1)
      .filter((line) => /^\s+[\w-]+:/.test(line))
      .map((line) => {
        const [name, ...value] = line.trim().split(':');
        return [name!, value.join(':').trim()];
      }),
  );
}
