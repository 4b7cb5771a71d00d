import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/registry';
import { runCli } from '../../../electron/cli/run-cli';
import { CONTENT_DIR } from '../../../electron/services/project-paths';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), stdin: process.stdin }, out, err };
}

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

describe('roadbook exercise', () => {
  it('lists the exercises as JSON', async () => {
    const { io, out } = capture();
    expect(await runCli(['exercise', 'list', '--json'], COMMANDS, io)).toBe(0);
    const list = JSON.parse(out.join('\n')) as { id: string; kind: string }[];
    expect(list).toContainEqual(expect.objectContaining({ id: 'select-active-users', kind: 'sql' }));
  });

  it('runs a solution file, prints the results as JSON and exits 0 only when every test passes', async () => {
    const file = path.join(dir, 'solution.sql');
    fs.writeFileSync(file, 'SELECT email, name FROM users WHERE active = 1 ORDER BY email;');
    const pass = capture();
    expect(await runCli(['exercise', 'run', 'select-active-users', '--solution', file], COMMANDS, pass.io)).toBe(0);
    expect(JSON.parse(pass.out.join('\n'))).toMatchObject({ status: 'pass', tests: [{ status: 'pass' }, { status: 'pass' }] });

    fs.writeFileSync(file, 'SELECT email, name FROM users ORDER BY email;');
    const fail = capture();
    expect(await runCli(['exercise', 'run', 'select-active-users', '--solution', file], COMMANDS, fail.io)).toBe(1);
    expect(JSON.parse(fail.out.join('\n'))).toMatchObject({ status: 'fail' });
  });

  it('says clearly when the exercise or the file does not exist', async () => {
    const missing = capture();
    expect(await runCli(['exercise', 'run', 'nope', '--solution', 'x.js'], COMMANDS, missing.io)).toBe(2);
    expect(missing.err.join('\n')).toContain('there is no exercise called "nope"');
    const noFile = capture();
    expect(await runCli(['exercise', 'run', 'sum-of-order-totals', '--solution', path.join(dir, 'absent.js')], COMMANDS, noFile.io)).toBe(2);
    expect(noFile.err.join('\n')).toContain('cannot read');
  });

  it('verifies one exercise, and fails an exercise whose starter already passes', async () => {
    const ok = capture();
    expect(await runCli(['exercise', 'verify', 'health-check-endpoint'], COMMANDS, ok.io)).toBe(0);
    expect(ok.out[0]).toMatch(/^ok {3}health-check-endpoint \(5 tests; proof \d+ ms\)$/);

    const content = path.join(dir, 'content');
    fs.cpSync(path.join(CONTENT_DIR, 'exercises', 'sum-of-order-totals'), path.join(content, 'exercises', 'sum-of-order-totals'), { recursive: true });
    const exercise = path.join(content, 'exercises', 'sum-of-order-totals');
    fs.copyFileSync(path.join(exercise, 'proof.js'), path.join(exercise, 'starter.js'));
    const bad = capture();
    expect(await runCli(['exercise', 'verify', '--all', '--content-dir', content], COMMANDS, bad.io)).toBe(1);
    expect(bad.out).toEqual(['FAIL sum-of-order-totals: the starter already passes every test', '1 problem found']);
  });
});
