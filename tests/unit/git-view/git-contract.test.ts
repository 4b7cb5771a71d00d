import { describe, expect, it } from 'vitest';
import { api } from '../../../electron/shared/api';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('the git contract refuses bad input before any service sees it', () => {
  it('takes only plain sandbox names, which become folder names', () => {
    const input = api.git.createSandbox.input;
    expect(ok(input, { name: 'merge-practice_2' })).toBe(true);
    for (const name of ['', '../x', 'a/b', '.hidden', '-flag', 'x'.repeat(41), 'con sole', 'a\u0000b']) expect(ok(input, { name }), name).toBe(false);
    expect(ok(input, { name: 'ok', extra: 1 })).toBe(false);
  });

  it('takes a target that is either a sandbox or a level id, not both', () => {
    const input = api.git.picture.input;
    expect(ok(input, { target: { sandbox: 'one' } })).toBe(true);
    expect(ok(input, { target: { level: 'first-commit' } })).toBe(true);
    expect(ok(input, { target: { level: 'First Commit' } })).toBe(false);
    expect(ok(input, { target: { sandbox: 'one', level: 'first-commit' } })).toBe(false);
    expect(ok(input, { target: {} })).toBe(false);
  });

  it('caps commands, paths, file contents and rebase plans', () => {
    const target = { sandbox: 'one' };
    expect(ok(api.git.run.input, { target, command: 'git status' })).toBe(true);
    expect(ok(api.git.run.input, { target, command: 'x'.repeat(4_001) })).toBe(false);
    expect(ok(api.git.readFile.input, { target, path: 'a\u0000b' })).toBe(false);
    expect(ok(api.git.readFile.input, { target, path: 'p'.repeat(401) })).toBe(false);
    expect(ok(api.git.writeFile.input, { target, path: 'a.txt', content: 'x'.repeat(1_000_001) })).toBe(false);
    expect(ok(api.git.answerEditor.input, { target, todo: 'x'.repeat(20_001) })).toBe(false);
    expect(ok(api.git.commit.input, { target, oid: 'abc1234' })).toBe(false);
  });
});
