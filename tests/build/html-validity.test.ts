/** Every built page passes the Nu HTML Checker (vnu-jar from npm, on the system's Java) with no errors. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { DIST } from '../helpers/project.ts';

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

describe('HTML validity', () => {
  it('has no Nu HTML Checker errors on any page', () => {
    const pages = htmlFiles(DIST).map((file) => path.join(DIST, file));
    expect(pages.length).toBeGreaterThan(40);
    const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...pages], { encoding: 'utf8' });
    if (result.error) {
      throw new Error(
        `The HTML checker (vnu-jar) runs on Java, and \`java\` could not be started (${result.error.message}). ` +
          'Install a Java runtime, version 11 or later, and put `java` on PATH: `apt-get install default-jre-headless` on Debian/Ubuntu, `brew install openjdk` on macOS.',
      );
    }
    expect(result.stderr.trim().split('\n').filter(Boolean).map((line) => line.replace(`file:${DIST}`, ''))).toEqual([]);
    expect(result.status).toBe(0);
  });
});
