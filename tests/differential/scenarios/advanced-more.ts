/**
 * Scenarios added after the first round: squash/fixup chains after a reword, `;` in planned
 * messages, `stash push -- <paths>` and `cherry-pick -m` for merge commits.
 */
import { interactiveRebaseCommand } from '../../../electron/services/git-sandbox/advanced/rebase-state';
import type { Scenario } from '../harness';

const letters = ['git init', 'echo base > base.txt', 'git add .', 'git commit -m Base', 'echo b > b.txt', 'git add b.txt', 'git commit -m "Add b"', 'echo c > c.txt', 'git add c.txt', 'git commit -m "Add c"'];
const four = [...letters, 'echo d > d.txt', 'git add d.txt', 'git commit -m "Add d"'];
const stashBase = ['git init', 'echo a > a.txt', 'echo b > b.txt', 'mkdir dir', 'echo c > dir/c.txt', 'git add .', 'git commit -m base'];
const merged = [
  'git init',
  'echo base > f.txt',
  'git add .',
  'git commit -m base',
  'git switch -c topic',
  'echo t > t.txt',
  'git add t.txt',
  'git commit -m "Add t"',
  'git switch main',
  'echo m > m.txt',
  'git add m.txt',
  'git commit -m "Add m"',
  'git merge --no-ff topic -m "Merge topic"',
  'git switch -c other main~2',
];

export const scenarios: readonly Scenario[] = [
  {
    name: 'interactive rebase: reword then fixup keeps the new message',
    compareOutput: true,
    commands: [...letters, "git rebase -i HEAD~2 --todo 'reword HEAD~1 -- Add the letter b; fixup HEAD'", 'git log --format=%B'],
  },
  {
    name: 'interactive rebase: reword then squash offers the new message in the template',
    compareOutput: true,
    commands: [...letters, "git rebase -i HEAD~2 --todo 'reword HEAD~1 -- Add the letter b; squash HEAD'", 'git log --format=%B'],
  },
  {
    name: 'interactive rebase: reword, fixup, squash and a second chain',
    compareOutput: true,
    commands: [...four, "git rebase -i HEAD~3 --todo 'reword HEAD~2 -- B, said again; fixup HEAD~1; squash HEAD -- All three'", 'git log --format=%B'],
  },
  {
    name: 'interactive rebase: two fixup chains, the second after a reword',
    compareOutput: true,
    commands: [...four, "git rebase -i HEAD~3 --todo 'pick HEAD~2; fixup HEAD~1; reword HEAD -- D, renamed'", 'git log --format=%B'],
  },
  {
    name: 'interactive rebase: squash after an edit whose message was amended',
    compareOutput: true,
    commands: [...letters, "git rebase -i HEAD~2 --todo 'edit HEAD~1; fixup HEAD'", 'git commit --amend -m "B, amended"', 'git rebase --continue', 'git log --format=%B'],
  },
  {
    name: 'interactive rebase: fixup -C keeps the fixup commit’s message, even after a reword',
    compareOutput: true,
    commands: [...four, "git rebase -i HEAD~3 --todo 'reword HEAD~2 -- B, reworded; fixup -C HEAD~1; fixup HEAD'", 'git log --format=%B'],
  },
  {
    name: 'interactive rebase: fixup -C then squash shows the skipped messages in the template',
    compareOutput: true,
    commands: [...four, "git rebase -i HEAD~3 --todo 'pick HEAD~2; fixup -C HEAD~1; squash HEAD'", 'git log --format=%B'],
  },
  {
    name: 'interactive rebase: squash then fixup -C keeps every message; fixup -c with a new message',
    compareOutput: true,
    commands: [
      ...four,
      "git rebase -i HEAD~3 --todo 'pick HEAD~2; squash HEAD~1; fixup -C HEAD'",
      'git log --format=%B -n 1',
      "git rebase -i HEAD~2 --todo 'pick HEAD~1; fixup -c HEAD -- Both, said my way'",
      'git log --format=%B',
      'git reflog -n 4',
    ],
  },
  {
    name: 'interactive rebase: an escaped semicolon in a typed message',
    compareOutput: true,
    commands: [...letters, "git rebase -i HEAD~2 --todo 'reword HEAD~1 -- Add b\\; it matters; pick HEAD'", 'git log --format=%s'],
  },
  {
    name: 'interactive rebase: a planned squash message with a semicolon after a reword',
    compareOutput: true,
    commands: [
      ...four,
      interactiveRebaseCommand('HEAD~3', [
        { action: 'reword', commit: 'HEAD~2', message: 'One; two' },
        { action: 'fixup', commit: 'HEAD~1' },
        { action: 'squash', commit: 'HEAD', message: 'Three; four\n\nBody; with more' },
      ]),
      'git log --format=%B',
    ],
  },
  {
    name: 'stash push -- <path> stashes only that file',
    compareOutput: true,
    commands: [...stashBase, 'echo a2 >> a.txt', 'echo b2 >> b.txt', 'git stash push -- a.txt', 'git status --short', 'git stash show', 'git stash pop', 'git status --short'],
  },
  {
    name: 'stash push -m with paths: a folder, staged and unstaged changes, a new file',
    compareOutput: true,
    commands: [
      ...stashBase,
      'echo c2 >> dir/c.txt',
      'git add dir/c.txt',
      'echo c3 >> dir/c.txt',
      'echo new > dir/new.txt',
      'git add dir/new.txt',
      'echo b2 >> b.txt',
      'git add b.txt',
      'echo a2 >> a.txt',
      'git stash push -m "only dir" -- dir',
      'git status --short',
      'git stash list',
      'git stash show -p',
      'git stash apply',
      'git status --short',
    ],
  },
  {
    name: 'stash push -u with a path saves that untracked file only',
    compareOutput: true,
    commands: [...stashBase, 'echo x > x.txt', 'echo y > y.txt', 'echo a2 >> a.txt', 'git stash push -u -- x.txt a.txt', 'git status --short', 'git stash show --include-untracked', 'git stash pop', 'git status --short'],
  },
  {
    name: 'stash push of a path inside a folder, typed from that folder, and a glob',
    compareOutput: true,
    commands: [...stashBase, 'echo c2 >> dir/c.txt', 'echo a2 >> a.txt', 'echo b2 >> b.txt', 'cd dir && git stash push c.txt; cd ..', "git stash push -m globbed -- '*.txt'", 'git stash list', 'git status --short'],
  },
  {
    name: 'stash push with paths that have no changes, or match nothing',
    // git 2.39 prints the unmatched pathspec with its internal magic (':(,prefix:0)nothing.txt');
    // the sandbox names it as typed. Exit codes and everything else are compared.
    compareOutput: { except: [stashBase.length + 2] },
    commands: [...stashBase, 'echo a2 >> a.txt', 'git stash push b.txt', 'git stash push -- nothing.txt', 'git stash push a.txt', 'git stash list'],
  },
  {
    name: 'cherry-pick -m 1 replays what a merge brought in',
    compareOutput: true,
    commands: [...merged, 'git cherry-pick -m 1 main', 'git log --format=%s', 'git cherry-pick main'],
  },
  {
    name: 'cherry-pick -m 2 and revert -m 1 of a merge',
    compareOutput: true,
    commands: [...merged, 'git cherry-pick -m 2 main', 'git switch main', 'git revert -m 1 HEAD', 'git log --format=%B -n 1', 'git cherry-pick -m 1 HEAD~1'],
  },
  {
    name: 'cherry-pick -m 1 of two merges stops on a conflict and --continue keeps -m',
    compareOutput: true,
    commands: [
      ...merged,
      'git switch main',
      'git switch -c topic2 main~1',
      'echo t2 > f.txt',
      'git commit -am "Change f"',
      'git switch main',
      'git merge --no-ff topic2 -m "Merge topic2"',
      'git switch other',
      'echo other > f.txt',
      'git commit -am "Other f"',
      'git cherry-pick -m 1 main~1 main',
      'git status --short',
      'echo fixed > f.txt',
      'git add f.txt',
      'git cherry-pick --continue',
      'git log --format=%s',
    ],
  },
  {
    name: 'cherry-pick -m with a parent the merge does not have',
    compareOutput: true,
    commands: [...merged, 'git cherry-pick -m 3 main', 'git cherry-pick -m 2 main~1', 'git cherry-pick -m 0 main', 'git cherry-pick -m 1 main~1'],
  },
];
