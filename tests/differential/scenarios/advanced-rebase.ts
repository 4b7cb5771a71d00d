/** Scenarios for git rebase: plain, --onto, conflicts (--continue/--skip/--abort) and -i plans. */
import { interactiveRebaseCommand } from '../../../electron/services/git-sandbox/advanced/rebase-state';
import type { Scenario } from '../harness';

const base = ['git init', 'echo base > f.txt', 'echo one > g.txt', 'git add .', 'git commit -m base'];
const diverged = [...base, 'git switch -c feature', 'echo feature > f.txt', 'git commit -am feat', 'echo more > h.txt', 'git add h.txt', 'git commit -m feat2', 'git switch main', 'echo main > g.txt', 'git commit -am mainc'];
const clashing = [...base, 'git switch -c feature', 'echo feature > f.txt', 'git commit -am feat', 'git switch main', 'echo main > f.txt', 'git commit -am mainc'];
const threeCommits = [...base, 'echo 1 >> f.txt', 'git commit -am one', 'echo 2 >> f.txt', 'git commit -am two', 'echo 3 >> f.txt', 'git commit -am three'];

export const scenarios: readonly Scenario[] = [
  {
    name: 'rebase replays a branch on top of main',
    compareOutput: true,
    commands: [...diverged, 'git switch feature', 'git rebase main', 'git log --oneline'],
  },
  {
    name: 'rebase <upstream> <branch> checks the branch out first',
    compareOutput: true,
    commands: [...diverged, 'git rebase main feature', 'git rebase main feature', 'git switch main', 'git rebase main feature', 'git status'],
  },
  {
    name: 'rebase when already up to date',
    compareOutput: true,
    commands: [...diverged, 'git rebase feature~2'],
  },
  {
    name: 'rebase --onto moves only the topic commits',
    compareOutput: true,
    commands: [...diverged, 'git switch feature', 'git switch -c topic', 'echo t > t.txt', 'git add t.txt', 'git commit -m topic', 'git rebase --onto main feature'],
  },
  {
    name: 'rebase stops on a conflict; status shows it; --continue finishes',
    compareOutput: true,
    commands: [...clashing, 'git switch feature', 'git rebase main', 'git status', 'echo fixed > f.txt', 'git add f.txt', 'git rebase --continue'],
  },
  {
    name: 'rebase --abort after a conflict',
    compareOutput: true,
    commands: [...clashing, 'git switch feature', 'git rebase main', 'git rebase --abort', 'git status'],
  },
  {
    name: 'rebase --skip drops the conflicting commit and keeps the rest',
    compareOutput: true,
    commands: [...clashing, 'git switch feature', 'echo z > z.txt', 'git add z.txt', 'git commit -m z', 'git rebase main', 'git rebase --skip'],
  },
  {
    name: 'rebase leaves out a commit whose change main already has (cherry-picked)',
    compareOutput: true,
    commands: [...base, 'git switch -c feature', 'echo b > b.txt', 'git add b.txt', 'git commit -m "add b"', 'echo 2 >> f.txt', 'git commit -am "f two"', 'git switch main', 'echo 0 > z.txt', 'git add z.txt', 'git commit -m z', 'git cherry-pick feature', 'git switch feature', 'git rebase main', 'git log --oneline'],
  },
  {
    name: 'interactive rebase: squash and fixup',
    compareOutput: true,
    commands: [...threeCommits, 'git rebase -i HEAD~3 --todo "pick main~2; squash main~1; fixup main"'],
  },
  {
    name: 'interactive rebase: squash with a new message',
    compareOutput: true,
    commands: [...threeCommits, 'git rebase -i HEAD~2 --todo "pick main~1; squash main -- Two and three"'],
  },
  {
    name: 'interactive rebase: reword with a new message, and reword keeping it',
    compareOutput: true,
    commands: [...threeCommits, 'git rebase -i HEAD~3 --todo "reword main~2; pick main~1; reword main -- Third, better said"'],
  },
  {
    name: 'interactive rebase: reorder and drop',
    compareOutput: true,
    commands: [...base, 'echo 1 > a.txt', 'git add a.txt', 'git commit -m a', 'echo 2 > b.txt', 'git add b.txt', 'git commit -m b', 'echo 3 > c.txt', 'git add c.txt', 'git commit -m c', 'git rebase -i HEAD~3 --todo "pick main; pick main~2; drop main~1"'],
  },
  {
    name: 'interactive rebase: edit stops for an amend, then continues',
    compareOutput: true,
    commands: [...threeCommits, 'git rebase -i HEAD~2 --todo "edit main~1; pick main"', 'git status', 'echo extra > e.txt', 'git add e.txt', 'git commit --amend --no-edit', 'git rebase --continue'],
  },
  {
    name: 'interactive rebase planned by the UI: a reworded message with a body and a semicolon',
    compareOutput: true,
    commands: [
      ...threeCommits,
      interactiveRebaseCommand('HEAD~2', [
        { action: 'reword', commit: 'main~1', message: "Two: it's done; really\n\nA body line." },
        { action: 'squash', commit: 'main', message: 'Two and three together' },
      ]),
      'git log --format=%B -n 1',
    ],
  },
  {
    name: 'interactive rebase onto another branch',
    compareOutput: true,
    commands: [...diverged, 'git switch feature', 'git rebase -i main --todo "pick feature; pick feature~1"'],
  },
];
