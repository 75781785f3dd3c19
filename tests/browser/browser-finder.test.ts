/**
 * The browser the tests drive is found without a system install (tests/helpers/browser.ts):
 * CHROME_PATH, a system Chrome or Chromium, else the Chromium `npm install` brought. The last
 * is launched here even where a system browser exists, so that the fresh-machine path is
 * tested on every run.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser, launchBrowser } from '../helpers/browser.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'browser-finder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fakeExecutable(name: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  return file;
}

describe('finding a browser', () => {
  it('takes CHROME_PATH first, then the first system browser that exists', async () => {
    const system = fakeExecutable('chromium');
    const own = fakeExecutable('my-chrome');
    expect(await findBrowser({ CHROME_PATH: own }, [system])).toMatchObject({ executablePath: own, origin: 'CHROME_PATH' });
    expect(await findBrowser({}, [path.join(scratch, 'absent'), system])).toMatchObject({ executablePath: system, origin: 'the system' });
  });

  it('fails, saying what to do, when CHROME_PATH names no executable', async () => {
    await expect(findBrowser({ CHROME_PATH: path.join(scratch, 'nothing-here') }, [])).rejects.toThrow(/CHROME_PATH is ".*nothing-here", which is not an executable file/);
  });

  if (process.platform === 'linux' && process.arch === 'x64') {
    it('falls back to the npm Chromium, which starts and renders a page', async () => {
      const found = await findBrowser({}, []);
      expect(found.origin).toMatch(/^@sparticuz\/chromium \d+/);
      const browser = await launchBrowser(found);
      try {
        const page = await browser.newPage();
        await page.setContent('<p id="p" style="display:inline;font:20px sans-serif">Sheinbaum y Rubio</p>');
        expect(await page.evaluate(() => document.getElementById('p')!.getBoundingClientRect().width)).toBeGreaterThan(50);
      } finally {
        await browser.close();
      }
    });
  } else {
    it('says how to get a browser where the npm Chromium cannot run', async () => {
      await expect(findBrowser({}, [])).rejects.toThrow(/runs only on Linux x64.*set CHROME_PATH/);
    });
  }
});
