/** `content.json`: the content files as the desk was built (or, in dev, as they are now), loaded once. */
import type { TextFile } from '../entry-check.ts';

export type ContentFiles = () => Promise<TextFile[]>;

export function loadContent(url: string): ContentFiles {
  let files: Promise<TextFile[]> | undefined;
  return () => {
    files ??= fetch(url, { cache: 'no-store' }).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return (await response.json()) as TextFile[];
    });
    return files;
  };
}
