/** The stable CLI: `npm run -s roadbook -- sandbox --dir <dir> [--clock T]`, run as a real process. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../electron/services/project-paths';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) removeDir(dirs.pop()!);
});

function sandboxCli(args: string[], input: string) {
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(PROJECT_ROOT, 'electron/cli/main.ts'), 'sandbox', ...args], {
    input,
    encoding: 'utf8',
    cwd: PROJECT_ROOT,
  });
}

describe('roadbook sandbox', () => {
  it('runs stdin line by line with a fixed clock, creating the folder, and exits 1 when any command failed', () => {
    const dir = path.join(makeTempDir(), 'new-folder');
    dirs.push(path.dirname(dir));
    const script = ['# a comment line', '', 'git init', 'echo hi > a.txt', 'git add a.txt', 'git commit -m "first"', 'git log --format="%H %at %ct"', 'git frobnicate', 'git status -s'].join('\n');
    const result = sandboxCli(['--dir', dir, '--clock', '1700000000'], script);
    expect(result.status).toBe(1);
    // Comments and blank lines are not counted: `git commit` is command 3, so its dates are T + 3.
    expect(result.stdout).toContain('[main (root-commit) ');
    expect(result.stdout).toMatch(/^[0-9a-f]{40} 1700000003 1700000003$/m);
    expect(result.stderr).toContain("git: 'frobnicate' is not a git command.");
    expect(fs.existsSync(path.join(dir, '.git', 'HEAD'))).toBe(true);
  });

  it('exits 0 when every command succeeds, and gives the same commit ids for the same script', () => {
    const a = makeTempDir();
    const b = makeTempDir();
    dirs.push(a, b);
    const script = 'git init\necho x > x.txt\ngit add .\ngit commit -m x\ngit log --format=%H\n';
    const first = sandboxCli(['--dir', a, '--clock', '1234567890'], script);
    const second = sandboxCli(['--dir', b, '--clock', '1234567890'], script);
    expect(first.status).toBe(0);
    expect(first.stdout.trim().split('\n').at(-1)).toMatch(/^[0-9a-f]{40}$/);
    expect(second.stdout.trim().split('\n').at(-1)).toBe(first.stdout.trim().split('\n').at(-1));
  });

  it('refuses a clock that is not whole seconds', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const result = sandboxCli(['--dir', dir, '--clock', 'soon'], 'git init\n');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--clock takes whole seconds since 1970, not 'soon'");
  });
});
