/** `roadbook level list | setup | check` on the shipped levels. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/registry';
import { runCli } from '../../../electron/cli/run-cli';
import { loadLevels } from '../../../electron/services/git-levels/level-loader';
import { CONTENT_DIR } from '../../../electron/services/project-paths';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), stdin: process.stdin }, out, err };
}

let root: string;
beforeAll(() => {
  root = makeTempDir('roadbook-level-cli-');
});
afterAll(() => removeDir(root));

describe('roadbook level', () => {
  it('lists level ids in order, and as JSON with title, sequence and par', async () => {
    const ids = loadLevels(CONTENT_DIR).levels.map((l) => l.id);
    const plain = capture();
    expect(await runCli(['level', 'list'], COMMANDS, plain.io)).toBe(0);
    expect(plain.out.join('\n').split('\n')).toEqual(ids);
    const json = capture();
    expect(await runCli(['level', 'list', '--json'], COMMANDS, json.io)).toBe(0);
    const parsed = JSON.parse(json.out.join('\n')) as { id: string; title: string; sequence: string; par: number }[];
    expect(parsed.map((l) => l.id)).toEqual(ids);
    expect(parsed[0]).toEqual({ id: 'first-commit', title: 'Your first commit', sequence: 'first-commits', par: 3 });
  });

  it('sets a level up, checks it (exit 1 with the failing checks), and exits 0 once solved', async () => {
    const dir = path.join(root, 'first');
    const setup = capture();
    expect(await runCli(['level', 'setup', 'first-commit', '--dir', dir], COMMANDS, setup.io)).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('# Recipe book\n');

    const before = capture();
    expect(await runCli(['level', 'check', 'first-commit', '--dir', dir], COMMANDS, before.io)).toBe(1);
    expect(before.out.join('\n')).toContain('✗ There should be a repository, on the branch `main`.');

    const { SandboxSession } = await import('../../../electron/services/git-sandbox/session');
    const session = new SandboxSession({ dir, clock: 1_700_000_100 });
    for (const line of ['git init', 'git add .', 'git commit -m "Start"']) expect((await session.run(line)).exitCode).toBe(0);
    const after = capture();
    expect(await runCli(['level', 'check', 'first-commit', '--dir', dir], COMMANDS, after.io)).toBe(0);
    expect(after.out[0]).toBe('Goal met: Your first commit');
  });

  it('refuses an unknown level and a folder that is not empty', async () => {
    const unknown = capture();
    expect(await runCli(['level', 'setup', 'no-such-level', '--dir', path.join(root, 'x')], COMMANDS, unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toContain('there is no level called "no-such-level"');
    const busy = path.join(root, 'busy');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, 'keep.txt'), 'mine');
    const refused = capture();
    expect(await runCli(['level', 'setup', 'first-commit', '--dir', busy], COMMANDS, refused.io)).toBe(2);
    expect(refused.err.join('\n')).toContain('is not empty');
    expect(fs.readFileSync(path.join(busy, 'keep.txt'), 'utf8')).toBe('mine');
    const noDir = capture();
    expect(await runCli(['level', 'check', 'first-commit'], COMMANDS, noDir.io)).toBe(2);
    expect(noDir.err.join('\n')).toContain('--dir <dir> is required');
  });
});
