/**
 * "Today" comes from one setting (tests/helpers/today.ts), so the suite passes on a machine whose
 * clock reads before the content's last date: the content checks refuse a correction or a
 * translation dated after today, and the content is dated up to the setting's day.
 * (tests/build/reproducible.test.ts builds the whole site on such a clock, and compares the bytes.)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/core/dates.ts';
import { clockAt } from '../helpers/fake-clock.ts';
import { copyProject, removeProject } from '../helpers/project.ts';
import { SITE_TODAY } from '../helpers/today.ts';

/** Months before the content's last date. */
const EARLY_CLOCK = '2026-06-01';

let dir: string;
beforeAll(() => {
  dir = copyProject();
});
afterAll(() => removeProject(dir));

/** `npm run check:content` in the copy, with an environment of the test's choosing (no SITE_TODAY unless given). */
function checkContent(env: Record<string, string>) {
  const inherited = { ...process.env };
  delete inherited.SITE_TODAY;
  return spawnSync(process.execPath, [path.join('src', 'cli', 'check-content.ts')], { cwd: dir, encoding: 'utf8', env: { ...inherited, ...env } });
}

describe('today', () => {
  it('is the one setting in every test’s environment, and the checks read it', () => {
    expect(SITE_TODAY).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(process.env.SITE_TODAY).toBe(SITE_TODAY);
    expect(todayIso()).toBe(SITE_TODAY);
  });

  it('on a clock behind the content, without the setting: the checks refuse the content’s latest corrections as in the future', () => {
    expect(EARLY_CLOCK < SITE_TODAY).toBe(true);
    const check = checkContent(clockAt(EARLY_CLOCK));
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`is in the future (today is ${EARLY_CLOCK})`);
  });

  it('on the same clock, with the setting: the content passes (the setting is no earlier than any date in content)', () => {
    const check = checkContent({ ...clockAt(EARLY_CLOCK), SITE_TODAY });
    expect(check.stderr).not.toContain('is in the future');
    expect(check.status, check.stderr).toBe(0);
  });
});
