import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliCommand } from '../../../../electron/cli/command';
import { COMMANDS } from '../../../../electron/cli/registry';
import { runCli } from '../../../../electron/cli/run-cli';
import { makeTempDir, removeDir } from '../../../helpers/temp-dir';

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
    expect(out.join('\n')).toMatch(/^content ok: \d+ sections, \d+ topics, \d+ review cards, \d+ levels, \d+ exercises$/);
  });

  it('lists every content problem and exits 1', async () => {
    const dir = makeTempDir();
    try {
      fs.mkdirSync(path.join(dir, 'roadmap', 'topics'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'roadmap', 'roadmap.yaml'), 'title: T\nsections:\n  - { id: one, title: One, summary: S, topics: [a] }\n');
      fs.writeFileSync(path.join(dir, 'roadmap', 'topics', 'a.md'), '---\nid: a\ntitle: A\nsummary: S\nchecklist: [x]\n---\nToo short.\n');
      const { io, err } = capture();
      expect(await runCli(['content', 'check', '--content-dir', dir], COMMANDS, io)).toBe(1);
      const text = err.join('\n');
      expect(text).toContain('topic "a" explanation has 2 words; it needs at least 120');
      expect(text).toContain('topic "a" has 1 checklist items; it needs 3 to 6');
      expect(text).toContain('topic "a" has 0 review cards; it needs at least 3');
      expect(text).toMatch(/the roadmap has 1 topics; it needs at least 150/);
      expect(text).toMatch(/content has problems: 1 sections, 1 topics, 0 review cards, 0 levels, 0 exercises$/);
    } finally {
      removeDir(dir);
    }
  });

  it('turns a bad flag into a usage message instead of a stack trace', async () => {
    const { io, err } = capture();
    expect(await runCli(['content', 'check', '--bogus'], COMMANDS, io)).toBe(2);
    expect(err.join('\n')).toContain('Usage: roadbook content check');
  });
});
