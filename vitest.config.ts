import { defineConfig } from 'vitest/config';
import { SITE_TODAY } from './tests/helpers/today.ts';

// "Today" for every test and every child a test starts (tests/helpers/today.ts says why).
const env = { SITE_TODAY };

export default defineConfig({
  test: {
    // Two files at a time, from either project, on the two cores: a browser file beside a build or
    // the unit files keeps both cores busy (95 % over a whole run; one at a time left half idle).
    // Every site file works in its own copy, on its own port, or only reads dist/.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          env,
          // The test files share one module graph per worker: no test here changes a module's state,
          // and importing Astro, unified and TypeScript once instead of per file is most of the time.
          isolate: false,
          include: ['tests/unit/**/*.test.ts', 'tests/plugins/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          env,
          isolate: false,
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // One real build of content/ shared by every test that reads dist/.
          globalSetup: ['tests/helpers/build-once.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
