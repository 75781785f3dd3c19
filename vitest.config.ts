import { defineConfig } from 'vitest/config';
import { SITE_TODAY } from './tests/helpers/today.ts';

// "Today" for every test and every child a test starts (tests/helpers/today.ts says why).
const env = { SITE_TODAY };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          env,
          include: ['tests/unit/**/*.test.ts', 'tests/plugins/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          env,
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // One real build of content/ shared by every test that reads dist/.
          globalSetup: ['tests/helpers/build-once.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          // Builds in temporary copies are CPU-bound: one file at a time on two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
