import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressSnapshot } from '../../../electron/shared/types';
import { createGitViewService } from '../../../electron/services/git-view/git-view-service';
import { createLevelBackend } from '../../../electron/services/git-view/levels-adapter';
import { resolveSandboxFolder } from '../../../electron/services/git-view/sandbox-folders';

const LEVEL = `id: first-branch
title: Your first branch
topics: [branching-and-merging]
introduction: |
  A branch is a movable name for a line of work. Creating one costs nothing, and switching to it
  means your next commits land there instead of on main.
setup: |
  git init
  echo hello > a.txt
  git add a.txt
  git commit -m "First commit"
goal:
  - kind: ref-exists
    ref: feature
  - kind: head
    branch: feature
hints:
  - Branches are made with git switch.
  - Try git switch -c feature.
solution: |
  git switch -c feature
par: 1
`;

const SEQUENCES = `sequences:
  - id: basics
    title: Branch basics
    summary: Make branches and move between them.
    levels: [first-branch]
`;

let dataDir: string;
let contentDir: string;
let recorded: { levelId: string; commands: number; par: number }[];

function service() {
  return createGitViewService({
    dataDir,
    levels: () => createLevelBackend(contentDir),
    recordLevel: async (levelId, commands, par) => {
      recorded.push({ levelId, commands, par });
      return { levels: { [levelId]: { commands, par } } } as unknown as ProgressSnapshot;
    },
  });
}

const text = (result: { output: readonly { text: string }[] }) => result.output.map((c) => c.text).join('');

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'git-view-data-'));
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'git-view-content-'));
  fs.mkdirSync(path.join(contentDir, 'git-levels', 'levels'), { recursive: true });
  fs.writeFileSync(path.join(contentDir, 'git-levels', 'sequences.yaml'), SEQUENCES);
  fs.writeFileSync(path.join(contentDir, 'git-levels', 'levels', 'first-branch.yaml'), LEVEL);
  recorded = [];
});

afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(contentDir, { recursive: true, force: true });
});

describe('levels', () => {
  it('lists sequences with a one-line summary of each level', () => {
    const [sequence] = service().levels();
    expect(sequence).toMatchObject({ id: 'basics', title: 'Branch basics' });
    expect(sequence!.levels[0]).toEqual({
      id: 'first-branch',
      title: 'Your first branch',
      par: 1,
      summary: 'A branch is a movable name for a line of work.',
      topics: ['branching-and-merging'],
    });
  });

  it('counts only commands that change something, and records the level once when the goal is met', async () => {
    const git = service();
    const target = { level: 'first-branch' };
    const opened = await git.openLevel('first-branch');
    expect(opened.play).toMatchObject({ commands: 0, par: 1, complete: false });
    expect(opened.play.checks.map((c) => c.passed)).toEqual([false, false]);
    expect(opened.picture.head.branch).toBe('main');

    await git.run(target, 'git status');
    await git.run(target, 'git log --oneline');
    const early = await git.run(target, 'show solution');
    expect(early.exitCode).toBe(1);
    expect(text(early)).toContain('Have a go first');

    const hint = await git.run(target, 'hint');
    expect(text(hint)).toContain('Hint 1 of 2: Branches are made with git switch.');
    expect(hint.level?.hintsShown).toEqual(['Branches are made with git switch.']);
    expect(hint.level?.commands).toBe(0);

    const done = await git.run(target, 'git switch -c feature');
    expect(done.exitCode).toBe(0);
    expect(done.level).toMatchObject({ commands: 1, complete: true });
    expect(done.completed).toMatchObject({ commands: 1, par: 1 });
    expect(text(done)).toContain('Level complete in 1 command, at par (1).');
    expect(done.picture.head.branch).toBe('feature');
    expect(recorded).toEqual([{ levelId: 'first-branch', commands: 1, par: 1 }]);

    const again = await git.run(target, 'git switch main');
    expect(again.completed).toBeUndefined();
    expect(recorded).toHaveLength(1);

    const solution = await git.run(target, 'show solution');
    expect(text(solution)).toContain('git switch -c feature');
  });

  it('resumes a level after a restart and starts it fresh on reset level', async () => {
    await service().run({ level: 'first-branch' }, 'git branch feature');
    const resumed = await service().openLevel('first-branch');
    expect(resumed.play.commands).toBe(1);
    expect(resumed.play.checks.map((c) => c.passed)).toEqual([true, false]);

    const git = service();
    const reset = await git.run({ level: 'first-branch' }, 'reset level');
    expect(reset.cleared).toBe(true);
    expect(reset.level?.commands).toBe(0);
    expect(reset.picture.branches.map((b) => b.name)).toEqual(['main']);
  });

  it('says which level is missing', async () => {
    await expect(service().openLevel('no-such-level')).rejects.toThrow('There is no git level called "no-such-level".');
  });
});

describe('sandboxes', () => {
  it('creates, renames, resets and deletes sandboxes on disk', async () => {
    const git = service();
    expect(git.createSandbox('practice').map((s) => s.name)).toEqual(['practice']);
    expect(() => git.createSandbox('Practice')).toThrow('already exists');
    await git.run({ sandbox: 'practice' }, 'git init');
    expect(fs.existsSync(path.join(dataDir, 'sandboxes', 'practice', '.git'))).toBe(true);
    expect((await git.renameSandbox('practice', 'renamed')).map((s) => s.name)).toEqual(['renamed']);
    expect((await git.picture({ sandbox: 'renamed' })).initialized).toBe(true);
    await git.resetSandbox('renamed');
    expect((await git.picture({ sandbox: 'renamed' })).initialized).toBe(false);
    expect(await git.deleteSandbox('renamed')).toEqual([]);
    await expect(git.picture({ sandbox: 'renamed' })).rejects.toThrow('There is no sandbox called "renamed"');
  });

  it('draws commits, refs and file status, and saving a file from the editor changes the status', async () => {
    const git = service();
    git.createSandbox('repo');
    const target = { sandbox: 'repo' };
    for (const line of ['git init', 'echo one > notes.txt', 'git add .', 'git commit -m "Add notes"', 'git tag -a v1 -m release', 'git switch -c topic', 'echo two >> notes.txt', 'git commit -am "More notes"']) {
      const result = await git.run(target, line);
      expect(result.exitCode, `${line}: ${text(result)}`).toBe(0);
    }
    const picture = await git.picture(target);
    expect(picture.commits.map((c) => c.subject)).toEqual(['More notes', 'Add notes']);
    expect(picture.commits[0]!.parents).toEqual([picture.commits[1]!.oid]);
    expect(picture.head).toMatchObject({ attached: true, branch: 'topic' });
    expect(picture.tags).toEqual([{ name: 'v1', oid: picture.commits[1]!.oid, annotated: true }]);
    expect(picture.files).toEqual([{ path: 'notes.txt', staged: 'unmodified', unstaged: 'unmodified' }]);

    const after = await git.writeFile(target, 'notes.txt', 'rewritten\n');
    expect(after.files).toEqual([{ path: 'notes.txt', staged: 'unmodified', unstaged: 'modified' }]);
    expect((await git.readFile(target, 'notes.txt')).content).toBe('rewritten\n');
    // A save from the editor is a step `undo` can take back.
    const undone = await git.run(target, 'undo');
    expect(undone.picture.files).toEqual([{ path: 'notes.txt', staged: 'unmodified', unstaged: 'unmodified' }]);
    // Files in a new folder are listed one by one, each untracked.
    const added = await git.run(target, 'mkdir -p src/lib && touch src/lib/a.js src/b.js');
    expect(added.picture.files.filter((f) => f.path.startsWith('src/'))).toEqual([
      { path: 'src/b.js', staged: 'unmodified', unstaged: 'untracked' },
      { path: 'src/lib/a.js', staged: 'unmodified', unstaged: 'untracked' },
    ]);
    await expect(git.writeFile(target, '../escape.txt', 'x')).rejects.toThrow();
    await expect(git.writeFile(target, '.git/config', 'x')).rejects.toThrow();

    const detail = await git.commit(target, picture.commits[0]!.oid);
    expect(detail.message).toBe('More notes\n');
    expect(detail.files).toEqual([{ path: 'notes.txt', change: 'modified' }]);
    expect(detail.diff).toContain('@@ -1 +1,2 @@\n one\n+two');
  });

  it('opens the interactive rebase plan in the editor and runs it when saved', async () => {
    const git = service();
    git.createSandbox('rebase');
    const target = { sandbox: 'rebase' };
    for (const line of ['git init', 'echo a > f', 'git add f', 'git commit -m "Base"', 'echo b >> f', 'git commit -am "Add b"', 'echo c >> f', 'git commit -am "Add c"']) {
      await git.run(target, line);
    }
    const opened = await git.run(target, 'git rebase -i HEAD~2');
    expect(opened.editor?.kind).toBe('rebase-todo');
    const lines = opened.editor!.text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines.map((l) => l.replace(/ [0-9a-f]{7} /, ' <id> '))).toEqual(['pick <id> Add b', 'pick <id> Add c']);

    const plan = opened.editor!.text.replace(/^pick ([0-9a-f]{7}) Add b/m, 'reword $1 Add the letter b').replace(/^pick ([0-9a-f]{7}) Add c/m, 'pick $1 Add c');
    // Typing another command closes the plan unanswered, like quitting the editor.
    await git.run(target, 'git status');
    expect(text(await git.answerEditor(target, plan))).toContain('no rebase plan waiting');
    const reopened = await git.run(target, 'git rebase -i HEAD~2');
    expect(reopened.editor!.text).toBe(opened.editor!.text);
    const saved = await git.answerEditor(target, plan);
    expect(saved.exitCode, text(saved)).toBe(0);
    expect(saved.picture.commits.map((c) => c.subject)).toEqual(['Add c', 'Add the letter b', 'Base']);

    await git.run(target, 'git rebase -i HEAD~1');
    const cancelled = await git.cancelEditor(target);
    expect(cancelled.exitCode).toBe(1);
    expect(cancelled.picture.commits).toHaveLength(3);
  });
});

describe('resolveSandboxFolder', () => {
  it('gives the folder of an existing sandbox and nothing for names or links that lead elsewhere', () => {
    const git = service();
    git.createSandbox('mine');
    const root = fs.realpathSync(path.join(dataDir, 'sandboxes'));
    expect(resolveSandboxFolder(dataDir, 'mine')).toBe(path.join(root, 'mine'));
    expect(resolveSandboxFolder(dataDir, 'missing')).toBeUndefined();
    expect(resolveSandboxFolder(dataDir, '../levels')).toBeUndefined();
    expect(resolveSandboxFolder(dataDir, 42)).toBeUndefined();
    fs.symlinkSync(os.tmpdir(), path.join(dataDir, 'sandboxes', 'escape'));
    expect(resolveSandboxFolder(dataDir, 'escape')).toBeUndefined();
  });
});
