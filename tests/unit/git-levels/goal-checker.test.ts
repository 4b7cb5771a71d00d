/**
 * The goal checker against small repositories built by hand with native git, so each check
 * kind is tested independently of the sandbox engine: one passing and one failing case each,
 * and the failure lines a learner reads.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGoal, describeCheck } from '../../../electron/services/git-levels/goal-checker';
import { CHECK, type Check } from '../../../electron/services/git-levels/level-schema';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

let root: string;
let home: string;
let clock = 1_700_000_000;

function git(dir: string, ...args: string[]): string {
  clock += 1;
  const date = `${clock} +0000`;
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: home,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@roadbook.local',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@roadbook.local',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_EDITOR: 'true',
    },
  });
}

function write(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

function repo(name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  git(dir, '-c', 'init.defaultBranch=main', 'init', '-q');
  return dir;
}

function commit(dir: string, file: string, text: string, message: string): void {
  write(dir, file, text);
  git(dir, 'add', file);
  git(dir, 'commit', '-q', '-m', message);
}

const check = (input: unknown): Check => CHECK.parse(input);

async function one(dir: string, input: unknown) {
  const result = await checkGoal(dir, [check(input)]);
  return result.results[0]!;
}

/** main: A - B - M(merge of feature: C) ; feature: C ; tag v1 (annotated) on A, light on B. */
let history: string;
/** Work tree states: staged, modified, untracked, conflicted-free. */
let work: string;

beforeAll(() => {
  root = makeTempDir('roadbook-checker-');
  home = path.join(root, 'home');
  fs.mkdirSync(home);

  history = repo('history');
  commit(history, 'a.txt', 'one\n', 'Add a');
  git(history, 'tag', '-a', 'v1', '-m', 'First release');
  commit(history, 'b.txt', 'two\n', 'Add b');
  git(history, 'tag', 'light');
  git(history, 'switch', '-q', '-c', 'feature');
  commit(history, 'c.txt', 'three\n', 'Add c');
  git(history, 'switch', '-q', 'main');
  git(history, 'merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature');

  work = repo('work');
  commit(work, 'kept.txt', 'kept\n', 'Start');
  write(work, 'kept.txt', 'kept\n');
  commit(work, 'staged.txt', 'old\n', 'Add staged');
  commit(work, 'modified.txt', 'old\n', 'Add modified');
  commit(work, 'both.txt', 'old\n', 'Add both');
  commit(work, 'gone.txt', 'old\n', 'Add gone');
  write(work, 'staged.txt', 'new\n');
  git(work, 'add', 'staged.txt');
  write(work, 'modified.txt', 'new\n');
  write(work, 'both.txt', 'staged\n');
  git(work, 'add', 'both.txt');
  write(work, 'both.txt', 'more\n');
  fs.rmSync(path.join(work, 'gone.txt'));
  write(work, 'new.txt', 'fresh\n');
  write(work, '.gitignore', 'ignored.log\n');
  write(work, 'ignored.log', 'noise\n');
  git(work, 'stash', 'list');
});

afterAll(() => removeDir(root));

describe('goal checks on refs and history', () => {
  it('ref-exists and ref-missing', async () => {
    expect((await one(history, { kind: 'ref-exists', ref: 'feature' })).passed).toBe(true);
    const missing = await one(history, { kind: 'ref-exists', ref: 'nope' });
    expect(missing).toMatchObject({ passed: false, text: '`nope` should exist.', detail: 'There is no `nope`.' });
    expect((await one(history, { kind: 'ref-missing', ref: 'refs/heads/nope' })).passed).toBe(true);
    expect((await one(history, { kind: 'ref-missing', ref: 'refs/heads/feature' })).detail).toBe('`refs/heads/feature` still exists.');
  });

  it('same-commit and different-commit, with ~ and ^ revisions', async () => {
    expect((await one(history, { kind: 'same-commit', ref: 'main^2', as: 'feature' })).passed).toBe(true);
    expect((await one(history, { kind: 'same-commit', ref: 'main~1', as: 'light' })).passed).toBe(true);
    expect((await one(history, { kind: 'same-commit', ref: 'main~2', as: 'v1' })).passed).toBe(true);
    const wrong = await one(history, { kind: 'same-commit', ref: 'main', as: 'feature' });
    expect(wrong.passed).toBe(false);
    expect(wrong.detail).toMatch(/`main` is at [0-9a-f]{7} “Merge feature”\. `feature` is at [0-9a-f]{7} “Add c”\./);
    expect((await one(history, { kind: 'different-commit', ref: 'main', as: 'feature' })).passed).toBe(true);
    expect((await one(history, { kind: 'different-commit', ref: 'light', as: 'main~1' })).passed).toBe(false);
  });

  it('message: exact and by regex', async () => {
    expect((await one(history, { kind: 'message', ref: 'feature', equals: 'Add c' })).passed).toBe(true);
    expect((await one(history, { kind: 'message', ref: 'main', matches: '^Merge' })).passed).toBe(true);
    const wrong = await one(history, { kind: 'message', ref: 'feature', equals: 'Add d' });
    expect(wrong).toMatchObject({ passed: false, text: 'The commit at `feature` should have the message “Add d”.', detail: 'Its message is “Add c”.' });
  });

  it('contains, not-contains and ancestor', async () => {
    const contains = await one(history, { kind: 'contains', ref: 'main', commit: 'feature' });
    expect(contains).toMatchObject({ passed: true, text: '`main` should include the commit from `feature`.' });
    expect((await one(history, { kind: 'contains', ref: 'feature', subject: 'Add b' })).passed).toBe(true);
    expect((await one(history, { kind: 'contains', ref: 'light', commit: 'feature' })).passed).toBe(false);
    expect((await one(history, { kind: 'not-contains', ref: 'light', subject: 'Add c' })).passed).toBe(true);
    expect((await one(history, { kind: 'not-contains', ref: 'main', subject: 'Add c' })).passed).toBe(false);
    expect((await one(history, { kind: 'ancestor', ref: 'v1', of: 'feature' })).passed).toBe(true);
    expect((await one(history, { kind: 'ancestor', ref: 'feature', of: 'light' })).passed).toBe(false);
  });

  it('commit-count, merge-count and linear', async () => {
    expect((await one(history, { kind: 'commit-count', ref: 'main', equals: 4 })).passed).toBe(true);
    expect((await one(history, { kind: 'commit-count', ref: 'main', atMost: 3 })).detail).toBe('It has 4 commits.');
    expect((await one(history, { kind: 'merge-count', ref: 'main', equals: 1 })).passed).toBe(true);
    expect((await one(history, { kind: 'merge-count', ref: 'feature', atLeast: 1 })).passed).toBe(false);
    expect((await one(history, { kind: 'linear', ref: 'feature' })).passed).toBe(true);
    expect((await one(history, { kind: 'linear', ref: 'main' })).detail).toBe('It has 1 merge commit.');
  });

  it('head: attached to a branch, or detached at a revision', async () => {
    expect((await one(history, { kind: 'head', branch: 'main' })).passed).toBe(true);
    expect((await one(history, { kind: 'head', detached: true })).detail).toBe('HEAD is on the branch `main`.');
    const dir = repo('detached');
    commit(dir, 'x.txt', '1\n', 'One');
    commit(dir, 'x.txt', '2\n', 'Two');
    git(dir, 'checkout', '-q', 'HEAD~1');
    expect((await one(dir, { kind: 'head', detached: true, at: 'main~1' })).passed).toBe(true);
    expect((await one(dir, { kind: 'head', detached: true, at: 'main' })).passed).toBe(false);
    expect((await one(dir, { kind: 'head', branch: 'main' })).detail).toMatch(/^HEAD is detached at [0-9a-f]{7}\.$/);
  });

  it('tag: annotated or lightweight, where it points, its message', async () => {
    expect((await one(history, { kind: 'tag', name: 'v1', annotated: true, at: 'main~2', message: 'First' })).passed).toBe(true);
    expect((await one(history, { kind: 'tag', name: 'light', annotated: false, at: 'main~1' })).passed).toBe(true);
    expect((await one(history, { kind: 'tag', name: 'light', annotated: true })).detail).toBe('`light` is a lightweight tag (made without -a).');
    expect((await one(history, { kind: 'tag', name: 'v1', at: 'main' })).detail).toMatch(/^It is on [0-9a-f]{7} “Add a”\.$/);
    expect((await one(history, { kind: 'tag', name: 'v2' })).detail).toBe('There is no tag `v2`.');
  });
});

describe('goal checks on files and the work tree', () => {
  it('file content at a revision and in the work tree', async () => {
    expect((await one(history, { kind: 'file', ref: 'main', path: 'c.txt', equals: 'three\n' })).passed).toBe(true);
    expect((await one(history, { kind: 'file', ref: 'light', path: 'c.txt', absent: true })).passed).toBe(true);
    expect((await one(work, { kind: 'file', path: 'staged.txt', contains: 'new', lacks: 'old' })).passed).toBe(true);
    expect((await one(work, { kind: 'file', path: 'staged.txt', matches: '^n.w$' })).passed).toBe(true);
    const wrong = await one(work, { kind: 'file', path: 'modified.txt', equals: 'old\n' });
    expect(wrong).toMatchObject({ passed: false, text: '`modified.txt` in the work tree should read exactly “old”.' });
    expect(wrong.detail).toBe('Now its text is different: “new”.');
    expect((await one(work, { kind: 'file', path: 'gone.txt', contains: 'x' })).detail).toBe('The file is not there.');
  });

  it('file-status for each state', async () => {
    const expected: Record<string, string> = {
      'kept.txt': 'unmodified',
      'staged.txt': 'staged',
      'modified.txt': 'modified',
      'both.txt': 'staged-and-modified',
      'gone.txt': 'deleted',
      'new.txt': 'untracked',
      'never.txt': 'absent',
    };
    for (const [file, status] of Object.entries(expected)) {
      expect((await one(work, { kind: 'file-status', path: file, status })).passed, `${file} is ${status}`).toBe(true);
    }
    expect((await one(work, { kind: 'file-status', path: 'new.txt', status: 'staged' })).detail).toBe('It is untracked (in the folder but never added).');
  });

  it('clean: ignores ignored files, and reports what is not clean', async () => {
    const result = await one(work, { kind: 'clean' });
    expect(result.passed).toBe(false);
    expect(result.detail).toContain('staged.txt (staged)');
    expect(result.detail).not.toContain('ignored.log');
    const dir = repo('clean');
    commit(dir, 'a.txt', 'a\n', 'A');
    expect((await one(dir, { kind: 'clean' })).passed).toBe(true);
    write(dir, 'extra.txt', 'x\n');
    expect((await one(dir, { kind: 'clean' })).passed).toBe(false);
    expect((await one(dir, { kind: 'clean', allowUntracked: true })).passed).toBe(true);
  });

  it('conflicts, operations in progress and the stash', async () => {
    const dir = repo('conflict');
    commit(dir, 'f.txt', 'base\n', 'Base');
    git(dir, 'switch', '-q', '-c', 'other');
    commit(dir, 'f.txt', 'theirs\n', 'Theirs');
    git(dir, 'switch', '-q', 'main');
    commit(dir, 'f.txt', 'ours\n', 'Ours');
    expect(() => git(dir, 'merge', 'other')).toThrow();
    expect((await one(dir, { kind: 'file-status', path: 'f.txt', status: 'conflicted' })).passed).toBe(true);
    const op = await one(dir, { kind: 'no-operation' });
    expect(op).toMatchObject({ passed: false, detail: 'A merge is still in progress.' });
    expect((await one(dir, { kind: 'no-operation', operation: 'rebase' })).passed).toBe(true);
    git(dir, 'merge', '--abort');
    expect((await one(dir, { kind: 'no-operation' })).passed).toBe(true);

    expect((await one(dir, { kind: 'stash', equals: 0 })).passed).toBe(true);
    write(dir, 'f.txt', 'wip 1\n');
    git(dir, 'stash', '-q');
    write(dir, 'f.txt', 'wip 2\n');
    git(dir, 'stash', '-q');
    expect((await one(dir, { kind: 'stash', equals: 2 })).passed).toBe(true);
    expect((await one(dir, { kind: 'stash', equals: 0 })).detail).toBe('It holds 2 entries.');
  });
});

describe('goal checks on remotes', () => {
  it('remote-branch in the remote repository, and upstream', async () => {
    const dir = repo('remotes');
    commit(dir, 'a.txt', 'a\n', 'A');
    git(dir, 'init', '-q', '--bare', '-b', 'main', '.remotes/origin.git');
    git(dir, 'remote', 'add', 'origin', '.remotes/origin.git');
    expect((await one(dir, { kind: 'remote-branch', branch: 'main', exists: true })).detail).toBe('The remote has no branch `main`.');
    git(dir, 'push', '-q', '-u', 'origin', 'main');
    expect((await one(dir, { kind: 'remote-branch', branch: 'main', sameAs: 'main' })).passed).toBe(true);
    expect((await one(dir, { kind: 'upstream', branch: 'main', upstream: 'origin/main' })).passed).toBe(true);
    commit(dir, 'a.txt', 'b\n', 'B');
    const behind = await one(dir, { kind: 'remote-branch', branch: 'main', sameAs: 'main' });
    expect(behind.passed).toBe(false);
    expect(behind.detail).toMatch(/^On the remote it is at [0-9a-f]{7} “A”; `main` is at [0-9a-f]{7} “B”\.$/);
    expect((await one(dir, { kind: 'remote-branch', branch: 'gone', exists: false })).passed).toBe(true);
    expect((await one(dir, { kind: 'remote-branch', remote: 'upstream', branch: 'main', exists: true })).detail).toBe('There is no remote called `upstream`.');
    expect((await one(dir, { kind: 'upstream', branch: 'topic', upstream: 'origin/topic' })).detail).toBe('`topic` does not track anything.');
  });

  it('refuses to follow a remote outside the sandbox folder', async () => {
    const dir = repo('escape');
    commit(dir, 'a.txt', 'a\n', 'A');
    git(dir, 'remote', 'add', 'origin', '../history');
    expect((await one(dir, { kind: 'remote-branch', branch: 'main', exists: true })).detail).toBe('The remote `origin` is outside this sandbox.');
  });
});

describe('the checker as a whole', () => {
  it('reports every check, met only when all pass, and explains a missing repository', async () => {
    const goal = [check({ kind: 'ref-exists', ref: 'main' }), check({ kind: 'ref-exists', ref: 'nope', explain: 'Make a branch called nope.' })];
    const result = await checkGoal(history, goal);
    expect(result.met).toBe(false);
    expect(result.results.map((r) => [r.passed, r.text])).toEqual([
      [true, '`main` should exist.'],
      [false, 'Make a branch called nope.'],
    ]);
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    const none = await checkGoal(empty, goal);
    expect(none.met).toBe(false);
    expect(none.results[0]!.detail).toMatch(/There is no repository here yet/);
    expect((await checkGoal(history, [goal[0]!])).met).toBe(true);
  });

  it('describes checks in plain language', () => {
    expect(describeCheck(check({ kind: 'linear', ref: 'main' }))).toBe('The history of `main` should be a straight line, with no merge commits.');
    expect(describeCheck(check({ kind: 'stash', equals: 0 }))).toBe('The stash should be empty.');
    expect(describeCheck(check({ kind: 'no-operation', operation: 'merge' }))).toBe('No merge should be in progress.');
    expect(describeCheck(check({ kind: 'remote-branch', branch: 'old', exists: false }))).toBe('The remote `origin` should no longer have a branch `old`.');
  });
});
