/**
 * The browser the tests drive, found without a system install:
 *
 * 1. `CHROME_PATH`, if set (it must be an executable Chrome or Chromium);
 * 2. a system Chrome or Chromium: Debian's and Ubuntu's paths, then macOS's Google Chrome;
 * 3. else the Chromium that `npm install` brought: `@sparticuz/chromium`, a headless Chromium for
 *    Linux x64 on the npm registry (brotli-packed, with the NSS and Expat libraries it needs).
 *    It is unpacked once, on first use (about 3 s), into `node_modules/.cache/`.
 *
 * No browser is ever downloaded from a vendor's site. Where none of the three exists, the tests
 * fail saying so and how to get one; they are never skipped.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page, type Request, type Response } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Where a system browser lives, most specific first. */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const HOW_TO_GET_ONE =
  'run `npm install` (it brings @sparticuz/chromium, used on Linux x64), install Chromium or Chrome ' +
  '(`apt-get install chromium` on Debian/Ubuntu, Google Chrome on macOS), or set CHROME_PATH to a Chrome or Chromium executable';

export interface FoundBrowser {
  executablePath: string;
  /** Where it came from, for messages. */
  origin: string;
  /** Extra environment the browser needs (the npm Chromium's own libraries and fonts). */
  env?: Record<string, string>;
}

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Finds the browser in the order above; throws, naming what is missing and how to get it, if there is none. */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = SYSTEM_BROWSERS): Promise<FoundBrowser> {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROME_PATH is "${fromEnv}", which is not an executable file: point it at a Chrome or Chromium, or unset it to use ${candidates.join(', ')} or the npm Chromium`);
    return { executablePath: fromEnv, origin: 'CHROME_PATH' };
  }
  const system = candidates.find(isExecutable);
  if (system) return { executablePath: system, origin: 'the system' };
  return npmChromium();
}

/** `@sparticuz/chromium`, unpacked once per version into node_modules/.cache (never /tmp, which other users share). */
async function npmChromium(): Promise<FoundBrowser> {
  const none = `No browser for the browser tests: CHROME_PATH is unset, there is no system Chrome or Chromium (${SYSTEM_BROWSERS.join(', ')})`;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`${none}, and the npm Chromium (@sparticuz/chromium) runs only on Linux x64, not ${process.platform} ${process.arch}. To fix: ${HOW_TO_GET_ONE}.`);
  }
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    throw new Error(`${none}, and @sparticuz/chromium is not installed. To fix: ${HOW_TO_GET_ONE}.`);
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = path.join(packageDir, '..', '..', '.cache', `sparticuz-chromium-${version}`);
  const executablePath = path.join(dir, 'chromium');
  if (!existsSync(executablePath)) await unpack(packageDir, dir);
  const env: Record<string, string> = {
    // Its own NSS, NSPR and Expat, for machines that have none (a system copy is used otherwise).
    LD_LIBRARY_PATH: [path.join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
  };
  // Fontconfig needs a configuration; a machine without one gets the package's fonts (Open Sans).
  if (!existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_FILE = path.join(dir, 'fonts.conf');
  return { executablePath, origin: `@sparticuz/chromium ${version}`, env };
}

/**
 * Unpacks the package's archives with its own `inflate` (which writes under the temporary
 * directory it is given), into a folder of our own, renamed into place only when complete so
 * that an interrupted unpack is never mistaken for a browser.
 */
async function unpack(packageDir: string, dir: string) {
  const { inflate } = (await import('@sparticuz/chromium')) as { inflate: (file: string) => Promise<string> };
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const bin = path.join(packageDir, 'bin');
  const saved = process.env.TMPDIR;
  let pending: Array<Promise<string>>;
  // `inflate` reads os.tmpdir() synchronously when called: point it at our folder for that moment only.
  process.env.TMPDIR = partial;
  try {
    pending = ['chromium.br', 'al2023.tar.br', 'fonts.tar.br', 'swiftshader.tar.br'].map((file) => inflate(path.join(bin, file)));
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  await Promise.all(pending);
  writeFileSync(
    path.join(partial, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${path.join(dir, 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  try {
    renameSync(partial, dir);
  } catch (error) {
    // Another process finished first: use its copy.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(path.join(dir, 'chromium'))) throw error;
  }
}

/** The flags every test browser runs with, whichever browser it is. */
export const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts the browser `findBrowser()` finds (or the one given), headless. */
export async function launchBrowser(found?: FoundBrowser): Promise<Browser> {
  found ??= await findBrowser();
  try {
    return await chromium.launch({
      executablePath: found.executablePath,
      headless: true,
      args: LAUNCH_ARGS,
      ...(found.env ? { env: { ...process.env, ...found.env } } : {}),
    });
  } catch (error) {
    throw new Error(`The browser from ${found.origin} (${found.executablePath}) did not start. Set CHROME_PATH to another Chrome or Chromium to use that instead.\n${(error as Error).message}`);
  }
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practices) on the page as it is now. It is put in through
 * the DevTools protocol (`evaluate` of its source), which the page's Content-Security-Policy does
 * not govern, so that it runs on a page served with the real policy (a script tag would be refused).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // resultTypes: only the violations are wanted, so axe gathers no detail on what passed (the same rules run).
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** What a watcher heard, and how to stop it (a page lent for several loads hears each load apart). */
export interface Watch {
  heard: string[];
  stop(): void;
}

/** Whether what a page does now is to be counted (by default, all of it). */
export type Counting = () => boolean;
const always: Counting = () => true;

/** Collects console errors and uncaught exceptions on a page (failed loads: see watchFailedRequests). */
export function watchErrors(page: Page, counting: Counting = always): Watch {
  const heard: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (counting() && message.type() === 'error' && !message.text().startsWith('Failed to load resource:')) heard.push(`console: ${message.text()}`);
  };
  const onError = (error: Error) => {
    if (counting()) heard.push(`exception: ${error.message}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  return { heard, stop: () => page.off('console', onConsole).off('pageerror', onError) };
}

/**
 * Every request that fails or answers 400 or more, as `404 /path` (the path under the server's
 * origin). The browser also logs each as a console error without saying which file it was;
 * `watchErrors` leaves those to this list, which names them. Only requests begun while `counting`
 * (and a navigation's own request, which begins before its document does).
 */
export function watchFailedRequests(page: Page, counting: Counting = always): Watch {
  const heard: string[] = [];
  const begun = new WeakSet<Request>();
  const onRequest = (request: Request) => {
    if (counting() || request.isNavigationRequest()) begun.add(request);
  };
  const onResponse = (response: Response) => {
    if (begun.has(response.request()) && response.status() >= 400) heard.push(`${response.status()} ${new URL(response.url()).pathname}`);
  };
  const onFailed = (request: Request) => {
    if (begun.has(request)) heard.push(`${request.failure()?.errorText ?? 'failed'} ${new URL(request.url()).pathname}`);
  };
  page.on('request', onRequest);
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  return { heard, stop: () => page.off('request', onRequest).off('response', onResponse).off('requestfailed', onFailed) };
}
