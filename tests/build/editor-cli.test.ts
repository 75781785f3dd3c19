/** The editor's commands as an editor runs them: `npm run new` then `npm run check:content`. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, exists, read, removeProject, write } from '../helpers/project.ts';

let dir: string;
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [path.join('src', 'cli', script), ...args], { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  dir = copyProject();
});
afterAll(() => removeProject(dir));

describe('npm run new and npm run check:content', () => {
  it('passes on the real content, listing counts', () => {
    const check = run('check-content.ts');
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/✓ content\/ is valid \(\d+ entries, 0 errors/);
  });

  it('creates a draft article that fails only on the fields it marked, then passes once they are filled', () => {
    const created = run('new.ts', 'article', 'Rubio’s second visit: what changed');
    expect(created.status, created.stderr).toBe(0);
    const file = 'content/articles/rubios-second-visit-what-changed.md';
    expect(created.stdout).toContain(`Created ${file}`);
    expect(read(dir, file)).toContain('draft: true');

    const check = run('check-content.ts');
    expect(check.status).toBe(1);
    const errors = check.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors.map((l) => l.split(' — ')[1])).toEqual(['summary', 'issues']);
    expect(errors.every((l) => l.includes(file))).toBe(true);

    write(dir, file, read(dir, file).replace('summary: ""', 'summary: A dek.').replace('issues: []', 'issues: [tariffs]'));
    expect(run('check-content.ts').status).toBe(0);
  });

  it('refuses to overwrite an existing file', () => {
    const again = run('new.ts', 'actor', 'Claudia Sheinbaum');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/actors/claudia-sheinbaum.md already exists: nothing written');
    expect(read(dir, 'content/actors/claudia-sheinbaum.md')).toContain('President of Mexico');
  });

  it('explains its usage when the kind or title is missing', () => {
    const wrong = run('new.ts', 'story', 'Title');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('usage: npm run new -- <article|actor|issue|event|commitment> "Title"');
    expect(exists(dir, 'content/story')).toBe(false);
  });
});
