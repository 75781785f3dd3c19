/** Where the clock-setting preload lives, for `NODE_OPTIONS=--import=…` (see fake-clock.mjs). */
import { pathToFileURL } from 'node:url';

export const FAKE_CLOCK_MODULE = pathToFileURL(new URL('./fake-clock.mjs', import.meta.url).pathname).href;

/** The environment for a child process whose clock reads `day` (YYYY-MM-DD). */
export const clockAt = (day: string) => ({ NODE_OPTIONS: `--import=${FAKE_CLOCK_MODULE}`, FAKE_CLOCK: day });
