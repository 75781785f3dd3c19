/**
 * The CMS's test repository, in the browser's private file system (folder `sveltia-cms-test`):
 * the files laid there are the repository the desk opens with `?backend=test`. Used by the desk's
 * browser tests and by its preview benchmark (bench/desk-preview.ts).
 */
import type { Page } from 'playwright-core';

export interface RepositoryFile {
  path: string;
  text: string;
}

/** Lays `files` in the page's test repository; without `files`, the content the built desk carries (`content.json`). */
export async function layTestRepository(page: Page, files?: readonly RepositoryFile[]): Promise<void> {
  await page.evaluate(async (given) => {
    const list = given ?? ((await (await fetch('content.json')).json()) as Array<{ path: string; text: string }>);
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test', { create: true });
    for (const file of list) {
      const parts = file.path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(file.text);
      await writable.close();
    }
  }, files ? [...files] : null);
}
