import { describe, expect, it } from 'vitest';
import { mergeBases } from '../../../electron/services/git-sandbox/core/graph';
import { updateRef, writeCommit } from '../../../electron/services/git-sandbox/core/repo-ops';
import { parseRevisionArgs, resolveCommit, resolveRevision } from '../../../electron/services/git-sandbox/core/revisions';
import { sandbox } from './helpers';

/** main: c1 - c2 - c3 - m (merge of c3 and f1); feature: c1 - f1; tag v1 (annotated) at c2. */
async function history() {
  const h = sandbox();
  await h.run('git init', 'echo 1 > f.txt', 'git add .', 'git commit -m c1', 'echo 2 >> f.txt', 'git commit -am c2', 'git tag -a v1 -m "version 1"');
  await h.run('echo 3 >> f.txt', 'git commit -am c3', 'git branch feature HEAD~2', 'git switch feature', 'echo f > g.txt', 'git add .', 'git commit -m f1', 'git switch main');
  const ctx = h.session.context();
  const id = (spec: string) => resolveCommit(ctx, spec)!;
  const c3 = id('main');
  const f1 = id('feature');
  const merge = writeCommit(ctx, { tree: ctx.repo().objects.readCommit(c3).tree, parents: [c3, f1], message: 'merge\n' });
  updateRef(ctx, 'HEAD', merge, 'merge feature: Merge made by the test.');
  ctx.repo().refs.writeRaw('refs/remotes/origin/main', c3);
  return { h, ctx, id, c3, f1, merge };
}

describe('revision syntax', () => {
  it('resolves names, ~N, ^ and ^2', async () => {
    const { ctx, id, c3, f1, merge } = await history();
    expect(id('HEAD')).toBe(merge);
    expect(id('@')).toBe(merge);
    expect(id('main')).toBe(merge);
    expect(id('refs/heads/main')).toBe(merge);
    expect(id('HEAD^')).toBe(c3);
    expect(id('HEAD^1')).toBe(c3);
    expect(id('HEAD^2')).toBe(f1);
    expect(id('HEAD~1')).toBe(c3);
    expect(id('HEAD~3')).toBe(id('feature~1'));
    expect(id('HEAD^^')).toBe(id('HEAD~2'));
    expect(id('HEAD^2~1')).toBe(id('HEAD~3'));
    expect(id('HEAD^0')).toBe(merge);
    expect(resolveCommit(ctx, 'HEAD~9')).toBeUndefined();
    expect(resolveCommit(ctx, 'HEAD^3')).toBeUndefined();
    expect(resolveCommit(ctx, 'nosuch')).toBeUndefined();
  });

  it('resolves full and short ids, and tags through to their commit', async () => {
    const { ctx, id, c3 } = await history();
    expect(id(c3)).toBe(c3);
    expect(id(c3.slice(0, 7))).toBe(c3);
    expect(id(c3.slice(0, 4))).toBe(c3);
    const tagObject = resolveRevision(ctx, 'v1')!;
    expect(ctx.repo().objects.read(tagObject).type).toBe('tag');
    expect(id('v1')).toBe(id('HEAD~2'));
    expect(resolveRevision(ctx, 'v1^{}')).toBe(id('HEAD~2'));
    expect(resolveRevision(ctx, 'v1^{tree}')).toBe(ctx.repo().objects.readCommit(id('v1')).tree);
  });

  it('resolves remote-tracking names', async () => {
    const { id, c3 } = await history();
    expect(id('origin/main')).toBe(c3);
    expect(id('remotes/origin/main')).toBe(c3);
  });

  it('reads reflogs: HEAD@{N}, branch@{N}, @{N} and @{-N}', async () => {
    const { ctx, id, c3, merge } = await history();
    expect(id('HEAD@{0}')).toBe(merge);
    expect(id('HEAD@{1}')).toBe(c3); // before the merge
    expect(id('HEAD@{2}')).toBe(id('feature')); // the commit made on feature
    expect(id('main@{1}')).toBe(c3);
    expect(id('@{1}')).toBe(c3);
    expect(id('@{-1}')).toBe(id('feature'));
    expect(resolveCommit(ctx, 'HEAD@{99}')).toBeUndefined();
  });

  it('resolves rev:path and :path', async () => {
    const { ctx } = await history();
    const blob = resolveRevision(ctx, 'HEAD~2:f.txt')!;
    expect(ctx.repo().objects.readBlob(blob).toString()).toBe('1\n2\n');
    expect(ctx.repo().objects.readBlob(resolveRevision(ctx, ':f.txt')!).toString()).toBe('1\n2\n3\n');
    expect(resolveRevision(ctx, 'HEAD:missing.txt')).toBeUndefined();
  });

  it('parses A..B, A...B and ^A for log', async () => {
    const { ctx, id, c3, f1 } = await history();
    const bases = (a: string, b: string) => mergeBases(ctx, a, b);
    expect(parseRevisionArgs(ctx, ['feature..main'], bases)).toEqual({ include: [id('main')], exclude: [f1] });
    expect(parseRevisionArgs(ctx, ['..feature'], bases)).toEqual({ include: [f1], exclude: [id('HEAD')] });
    expect(parseRevisionArgs(ctx, ['main', '^feature'], bases)).toEqual({ include: [id('main')], exclude: [f1] });
    const sym = parseRevisionArgs(ctx, ['HEAD~1...feature'], bases);
    expect(sym.include).toEqual([c3, f1]);
    expect(sym.exclude).toEqual([id('HEAD~3')]);
    expect(() => parseRevisionArgs(ctx, ['nope..main'], bases)).toThrow(/unknown revision/);
  });

  it('git log accepts the same syntax', async () => {
    const { h } = await history();
    const { out } = await h.run('git log --oneline feature..main');
    expect(out.trim().split('\n').map((l) => l.replace(/^\w+ (\(.*?\) )?/, ''))).toEqual(['merge', 'c3', 'c2']);
  });
});
