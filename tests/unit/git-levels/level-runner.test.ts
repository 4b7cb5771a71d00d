/** Setting levels up through the sandbox, and checking repositories the sandbox wrote mid-operation. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGoal } from '../../../electron/services/git-levels/goal-checker';
import { CHECK } from '../../../electron/services/git-levels/level-schema';
import { loadLevels, type Level } from '../../../electron/services/git-levels/level-loader';
import { LevelSetupError, setupLevel } from '../../../electron/services/git-levels/level-runner';
import { CONTENT_DIR } from '../../../electron/services/project-paths';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

let root: string;
beforeAll(() => {
  root = makeTempDir('roadbook-level-runner-');
});
afterAll(() => removeDir(root));

const shipped = loadLevels(CONTENT_DIR);
const byId = (id: string): Level => shipped.byId.get(id)!;

function custom(setup: string[]): Level {
  return { ...byId('first-commit'), id: 'custom', setup };
}

describe('setupLevel', () => {
  it('stops at a setup line that fails, naming the line and the output', async () => {
    const dir = path.join(root, 'broken');
    const attempt = setupLevel(custom(['git init', 'git switch nowhere']), dir);
    await expect(attempt).rejects.toBeInstanceOf(LevelSetupError);
    await expect(setupLevel(custom(['git init', 'git switch nowhere']), path.join(root, 'broken-2'))).rejects.toThrow(/`git switch nowhere` did not work/);
  });

  it('accepts a line marked "! " only when it fails', async () => {
    await expect(setupLevel(custom(['git init', '! git switch nowhere']), path.join(root, 'marked'))).resolves.toBeDefined();
    await expect(setupLevel(custom(['git init', '! git status']), path.join(root, 'marked-ok'))).rejects.toThrow(/`! git status`/);
  });

  it('writes the same commits every time (fixed clock)', async () => {
    const level = byId('read-the-log');
    await setupLevel(level, path.join(root, 'one'));
    await setupLevel(level, path.join(root, 'two'));
    const head = (dir: string) => fs.readFileSync(path.join(root, dir, '.git', 'refs', 'heads', 'main'), 'utf8');
    expect(head('one')).toBe(head('two'));
  });
});

describe('checking a sandbox repository in the middle of an operation', () => {
  it('sees the conflicted file and the merge in progress, then the finished merge', async () => {
    const level = byId('first-conflict');
    const dir = path.join(root, 'conflict');
    const session = await setupLevel(level, dir);
    expect((await session.run('git merge feature')).exitCode).toBe(1);
    const checks = [
      CHECK.parse({ kind: 'file-status', path: 'greeting.txt', status: 'conflicted' }),
      CHECK.parse({ kind: 'no-operation', operation: 'merge' }),
    ];
    const during = await checkGoal(dir, checks);
    expect(during.results.map((r) => r.passed)).toEqual([true, false]);
    expect(during.results[1]!.detail).toBe('A merge is still in progress.');

    for (const line of ['echo "Hello, friends and neighbours!" > greeting.txt', 'git add greeting.txt']) await session.run(line);
    const staged = await checkGoal(dir, [CHECK.parse({ kind: 'file-status', path: 'greeting.txt', status: 'staged' })]);
    expect(staged.met).toBe(true);
    await session.run('git commit --no-edit');
    expect((await checkGoal(dir, level.goal)).met).toBe(true);
  });

  it('sees a rebase stopped on a conflict', async () => {
    const dir = path.join(root, 'rebase');
    const session = await setupLevel(byId('rebase-conflict'), dir);
    expect((await session.run('git rebase main')).exitCode).not.toBe(0);
    const result = await checkGoal(dir, [CHECK.parse({ kind: 'no-operation' }), CHECK.parse({ kind: 'head', detached: true, at: 'main' })]);
    expect(result.results.map((r) => [r.passed, r.detail])).toEqual([
      [false, 'A rebase is still in progress.'],
      [true, undefined],
    ]);
  });
});
