import { describe, expect, it } from 'vitest';
import { createGitSandboxService } from '../../../electron/services/git-sandbox/service';
import { repoSnapshot } from '../../../electron/services/git-sandbox/snapshot';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';
import { sandbox } from './helpers';

describe('repository snapshot', () => {
  it('describes an empty folder', () => {
    const h = sandbox();
    expect(repoSnapshot(h.session.context())).toMatchObject({ initialized: false, commits: [], branches: [] });
  });

  it('lists commits, branches, tags, HEAD and file states', async () => {
    const h = sandbox();
    await h.run('git init', 'echo a > a.txt', 'git add .', 'git commit -m first', 'git tag -a v1 -m one', 'git switch -c topic', 'echo b > b.txt', 'git add .', 'git commit -m second');
    await h.run('echo changed > a.txt', 'echo new > new.txt', 'git checkout -q HEAD~1');
    const snap = repoSnapshot(h.session.context());
    expect(snap.initialized).toBe(true);
    expect(snap.head.detached).toBe(true);
    expect(snap.commits.map((c) => c.message)).toEqual(['second\n', 'first\n']);
    expect(snap.commits[0]!.parents).toEqual([snap.commits[1]!.oid]);
    expect(snap.commits[1]!.author).toMatchObject({ name: 'Roadbook Learner', timestamp: 1_700_000_003, tz: '+0000' });
    expect(snap.branches.map((b) => b.name)).toEqual(['main', 'topic']);
    expect(snap.tags).toEqual([{ name: 'v1', oid: snap.commits[1]!.oid, annotated: true }]);
    expect(snap.files).toEqual([
      { path: 'a.txt', index: ' ', worktree: 'M' },
      { path: 'new.txt', index: '?', worktree: '?' },
    ]);
    expect(snap.operation).toBeUndefined();
  });

  it('reports a merge in progress with its conflicted paths', async () => {
    const h = sandbox();
    await h.run('git init', 'echo base > f.txt', 'git add .', 'git commit -m base', 'git switch -c other', 'echo theirs > f.txt', 'git commit -am theirs', 'git switch main', 'echo ours > f.txt', 'git commit -am ours');
    await h.run('git merge other');
    const snap = repoSnapshot(h.session.context());
    expect(snap.operation).toEqual({ kind: 'merge', conflicted: ['f.txt'] });
    expect(snap.files).toContainEqual({ path: 'f.txt', index: 'U', worktree: 'U' });
  });
});

describe('the sandbox service', () => {
  it('creates, runs, edits, lists and removes named sandboxes', async () => {
    const dataDir = makeTempDir();
    try {
      const service = createGitSandboxService({ dataDir, clock: 1_700_000_000 });
      expect(service.list()).toEqual([]);
      service.create('level-1');
      const run = await service.run('level-1', 'git init');
      expect(run.exitCode).toBe(0);
      expect(run.snapshot.initialized).toBe(true);
      const edited = service.writeFile('level-1', 'src/app.js', 'console.log(1)\n');
      expect(edited.files).toEqual([{ path: 'src/', index: '?', worktree: '?' }]);
      expect(service.readFile('level-1', 'src/app.js')).toBe('console.log(1)\n');
      expect(() => service.writeFile('level-1', '../escape.txt', 'x')).toThrow(/outside the sandbox/);
      expect(() => service.writeFile('level-1', '.git/config', 'x')).toThrow(/inside \.git/);
      expect(() => service.create('../evil')).toThrow(/not a valid sandbox name/);
      expect(service.list()).toEqual(['level-1']);
      service.remove('level-1');
      expect(service.list()).toEqual([]);
    } finally {
      removeDir(dataDir);
    }
  });
});
