/** A digest of the project's own code under some paths: what decides an output besides its input. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function codeDigest(root: string, entries: readonly string[]): string {
  const hash = createHash('sha256');
  const files = entries.flatMap((entry) => {
    const full = path.join(root, entry);
    try {
      return readdirSync(full, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .sort()
        .map((f) => path.join(full, f));
    } catch {
      return [full];
    }
  });
  for (const file of files) hash.update(file.slice(root.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
