/** A repository real git has packed (`git gc`) still works in the sandbox. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandbox } from './helpers';

const gitWorks = spawnSync('git', ['--version']).status === 0;

describe.skipIf(!gitWorks)('packed repositories', () => {
  it('reads packed objects and packed refs, including deltas', async () => {
    const h = sandbox();
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i} of a file long enough to be stored as a delta`);
    await h.run('git init');
    for (let i = 0; i < 6; i++) {
      h.session.writeFile('big.txt', `${lines.slice(0, 150 + i * 10).join('\n')}\n`);
      await h.run(`git add . && git commit -m "version ${i}"`);
    }
    await h.run('git tag -a v1 -m "one" HEAD~3', 'git branch old HEAD~4');
    const logBefore = (await h.run('git log --oneline --all')).out;
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: h.dir };
    expect(spawnSync('git', ['gc', '-q', '--aggressive', '--prune=now'], { cwd: h.dir, env }).status).toBe(0);
    expect(fs.readdirSync(path.join(h.dir, '.git/objects')).filter((d) => /^[0-9a-f]{2}$/.test(d))).toEqual([]);
    expect(fs.existsSync(path.join(h.dir, '.git/packed-refs'))).toBe(true);

    const fresh = sandbox({ dir: h.dir });
    expect((await fresh.run('git log --oneline --all')).out).toBe(logBefore);
    expect((await fresh.run('git show v1:big.txt')).out).toBe(`${lines.slice(0, 170).join('\n')}\n`);
    expect((await fresh.run('git status --short')).out).toBe('');
    expect((await fresh.run('git switch old')).code).toBe(0);
    expect(fs.readFileSync(path.join(h.dir, 'big.txt'), 'utf8')).toBe(`${lines.slice(0, 160).join('\n')}\n`);
    expect((await fresh.run('git branch -d old')).code).not.toBe(0); // checked out
    expect((await fresh.run('git switch main', 'git branch -D old')).out).toMatch(/^Deleted branch old \(was [0-9a-f]{7}\)\.\n$/);
    expect(fs.readFileSync(path.join(h.dir, '.git/packed-refs'), 'utf8')).not.toContain('refs/heads/old');
    expect((await fresh.run('echo more >> big.txt', 'git commit -qam more', 'git log --oneline -n 1')).out).toMatch(/ more\n$/);
    expect(spawnSync('git', ['fsck', '--no-dangling'], { cwd: h.dir, env }).status).toBe(0);
  });
});
