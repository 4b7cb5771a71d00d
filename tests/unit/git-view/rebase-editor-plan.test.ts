/**
 * The rebase editor's saved plan goes to the engine as `--todo '…; …'`: a `;` inside a
 * reworded subject must reach the commit, not end the command early.
 */
import { describe, expect, it } from 'vitest';
import { openRebasePlan, planCommand } from '../../../electron/services/git-view/rebase-editor';
import { sandbox } from '../git-sandbox/helpers';

const setup = ['git init', 'echo base > base.txt', 'git add .', 'git commit -m Base', 'echo b > b.txt', 'git add b.txt', 'git commit -m "Add b"', 'echo c > c.txt', 'git add c.txt', 'git commit -m "Add c"'];

async function rewordFirstLine(newSubject: string): Promise<{ command: string; log: string; code: number }> {
  const box = sandbox();
  await box.run(...setup);
  const pending = openRebasePlan(box.session.context(), { upstream: 'HEAD~2' })!;
  const lines = pending.text.split('\n');
  lines[0] = lines[0]!.replace(/^pick (\S+) .*$/, `reword $1 ${newSubject}`);
  lines[1] = lines[1]!.replace(/^pick/, 'fixup');
  const command = planCommand(box.session.context(), pending, lines.join('\n'))!;
  const { code } = await box.run(command);
  const { out } = await box.run('git log --format=%s');
  return { command, log: out, code };
}

describe('rebase editor plan', () => {
  it('keeps a semicolon typed in a reworded subject, and the fixup keeps that subject', async () => {
    const { command, log, code } = await rewordFirstLine('Add b; and c');
    expect(command).toContain('Add b\\; and c');
    expect(code).toBe(0);
    expect(log).toBe('Add b; and c\nBase\n');
  });

  it('does not double an escape the learner already typed', async () => {
    const { log, code } = await rewordFirstLine('-- One\\; two');
    expect(code).toBe(0);
    expect(log).toBe('One; two\nBase\n');
  });
});

describe('rebase editor plan with fixup -C / -c', () => {
  async function plan(edit: (lines: string[]) => void): Promise<{ command: string; log: string; code: number }> {
    const box = sandbox();
    await box.run(...setup);
    const pending = openRebasePlan(box.session.context(), { upstream: 'HEAD~2' })!;
    const lines = pending.text.split('\n');
    edit(lines);
    const command = planCommand(box.session.context(), pending, lines.join('\n'))!;
    const { code } = await box.run(command);
    const { out } = await box.run('git log --format=%s');
    return { command, log: out, code };
  }

  it('keeps the commit named after fixup -C, whose message wins', async () => {
    const { log, code } = await plan((lines) => {
      lines[1] = lines[1]!.replace(/^pick/, 'fixup -C');
    });
    expect(code).toBe(0);
    expect(log).toBe('Add c\nBase\n');
  });

  it('takes a rewritten subject on a fixup -c line as the new message', async () => {
    const { log, code } = await plan((lines) => {
      lines[1] = lines[1]!.replace(/^pick (\S+) .*$/, 'fixup -c $1 Add b and c; together');
    });
    expect(code).toBe(0);
    expect(log).toBe('Add b and c; together\nBase\n');
  });
});
