import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/registry';
import { runCli } from '../../../electron/cli/run-cli';
import { emptyStore } from '../../../electron/services/progress/migrations';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

let dir: string;
const inDir = path.join;
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), stdin: process.stdin }, out, err };
}

beforeEach(() => {
  dir = makeTempDir();
  fs.writeFileSync(inDir(dir, 'progress.json'), JSON.stringify({ ...emptyStore(), topics: { dns: { status: 'done', updatedAt: '2026-01-01T00:00:00.000Z', notes: 'n' } } }));
});
afterEach(() => removeDir(dir));

describe('roadbook progress export / check', () => {
  it('exports the store without changing it, and checks the export against current progress', async () => {
    const before = fs.readFileSync(inDir(dir, 'progress.json'));
    const exported = capture();
    expect(await runCli(['progress', 'export', '--data-dir', dir], COMMANDS, exported.io)).toBe(0);
    const document = JSON.parse(exported.out.join('\n'));
    expect(document).toMatchObject({ format: 'roadbook-progress', progress: { topics: { dns: { status: 'done' } } } });
    expect(fs.readFileSync(inDir(dir, 'progress.json'))).toEqual(before);
    expect(fs.readdirSync(dir)).toEqual(['progress.json']);

    const file = inDir(dir, 'export.json');
    expect(await runCli(['progress', 'export', '--data-dir', dir, '--out', file], COMMANDS, capture().io)).toBe(0);
    const checked = capture();
    expect(await runCli(['progress', 'check', file, '--data-dir', dir], COMMANDS, checked.io)).toBe(0);
    expect(checked.out.join('\n')).toMatch(/holds: 1 topics, 1 notes/);
    expect(checked.out.join('\n')).toContain('merge: nothing would change');

    fs.writeFileSync(inDir(dir, 'progress.json'), JSON.stringify(emptyStore()));
    const against = capture();
    await runCli(['progress', 'check', file, '--data-dir', dir], COMMANDS, against.io);
    expect(against.out.join('\n')).toContain('replace: topics +1 ~0 -0, notes +1 ~0 -0');
  });

  it('refuses a file that is not an export with the reason and exit code 1', async () => {
    const bad = inDir(dir, 'bad.json');
    fs.writeFileSync(bad, '{"format":"roadbook-progress","schemaVersion":7}');
    const { io, err } = capture();
    expect(await runCli(['progress', 'check', bad, '--data-dir', dir], COMMANDS, io)).toBe(1);
    expect(err.join('\n')).toMatch(/refused: .*newer Roadbook/);
  });

  it('never overwrites an existing file when exporting', async () => {
    const file = inDir(dir, 'taken.json');
    fs.writeFileSync(file, 'mine');
    expect(await runCli(['progress', 'export', '--data-dir', dir, '--out', file], COMMANDS, capture().io)).toBe(2);
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
  });
});
