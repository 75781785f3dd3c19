/**
 * "Today" for the whole suite, in one place.
 *
 * The content checks refuse a correction or a translation dated after today, and the content is
 * dated up to the day below; on a machine whose clock reads earlier the real content would fail.
 * `todayIso()` (src/core/dates.ts) reads `SITE_TODAY` before the clock, so:
 *
 * - vitest.config.ts puts it in every test's environment (the checks the tests run in-process);
 * - tests/helpers/project.ts passes it to every `astro build` a test starts (the global build
 *   included, which runs outside the test environment), and every other child inherits it.
 *
 * Move it forward when the content is dated later: the global build then fails with
 * "… is in the future (today is …)", and tests/build/today.test.ts names the file.
 */
export const SITE_TODAY = '2026-12-02';
