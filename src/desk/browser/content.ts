/**
 * What the desk knows of `content/`: `content.json` (the content files as the desk was built, or,
 * in dev, as they are now), loaded once, with the files saved since laid over it, so that an actor
 * created a minute ago is a valid speaker and reference for the next entry.
 */
import type { TextFile } from '../entry-check.ts';

export interface DeskContent {
  files(): Promise<TextFile[]>;
  /** Bumped by every save: what was derived from the files (the preview's actors) is stale. */
  version(): number;
  record(saved: readonly TextFile[]): void;
}

/** Kept for the browser tab's session, so that a reload still knows what was saved in it. */
const SESSION_KEY = 'on-the-table:desk:saved';

function remembered(): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? '{}') as Record<string, string>));
  } catch {
    return new Map();
  }
}

export function loadContent(url: string): DeskContent {
  let loaded: Promise<TextFile[]> | undefined;
  const saved = remembered();
  let version = 0;
  return {
    async files() {
      loaded ??= fetch(url, { cache: 'no-store' }).then(async (response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return (await response.json()) as TextFile[];
      });
      const base = (await loaded).filter((file) => !saved.has(file.path));
      return [...base, ...[...saved].map(([path, text]) => ({ path, text }))];
    },
    version: () => version,
    record(files) {
      for (const file of files) saved.set(file.path, file.text);
      version += 1;
      try {
        sessionStorage.setItem(SESSION_KEY, JSON.stringify(Object.fromEntries(saved)));
      } catch {
        // Storage full or refused: this page still knows.
      }
    },
  };
}
