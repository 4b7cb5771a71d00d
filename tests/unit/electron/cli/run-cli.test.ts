import { describe, expect, it } from 'vitest';
import type { CliCommand } from '../../../../electron/cli/command';
import { COMMANDS } from '../../../../electron/cli/registry';
import { runCli } from '../../../../electron/cli/run-cli';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), stdin: process.stdin }, out, err };
}

describe('the roadbook CLI', () => {
  it('lists every command in --help', async () => {
    const { io, out } = capture();
    expect(await runCli(['--help'], COMMANDS, io)).toBe(0);
    for (const command of COMMANDS) expect(out.join('\n')).toContain(command.name.join(' '));
  });

  it('says what is wrong with an unknown command and exits 2', async () => {
    const { io, err } = capture();
    expect(await runCli(['frobnicate'], COMMANDS, io)).toBe(2);
    expect(err.join('\n')).toContain('"frobnicate" is not a command');
  });

  it('picks the longest matching command name and passes the rest', async () => {
    const seen: string[][] = [];
    const make = (name: string[]): CliCommand => ({ name, summary: '', usage: '', run: async (args) => (seen.push([name.join(' '), ...args]), 0) });
    await runCli(['level', 'list', '--json'], [make(['level']), make(['level', 'list'])], capture().io);
    expect(seen).toEqual([['level list', '--json']]);
  });

  it('validates the shipped content with content check', async () => {
    const { io, out } = capture();
    expect(await runCli(['content', 'check'], COMMANDS, io)).toBe(0);
    expect(out.join('\n')).toMatch(/^content ok: \d+ sections, \d+ topics$/);
  });

  it('turns a bad flag into a usage message instead of a stack trace', async () => {
    const { io, err } = capture();
    expect(await runCli(['content', 'check', '--bogus'], COMMANDS, io)).toBe(2);
    expect(err.join('\n')).toContain('Usage: roadbook content check');
  });
});
