/** Scenarios for cherry-pick, revert and stash. */
import type { Scenario } from '../harness';

const base = ['git init', 'echo base > f.txt', 'echo one > g.txt', 'git add .', 'git commit -m base'];
const diverged = [...base, 'git switch -c feature', 'echo feature > f.txt', 'git commit -am feat', 'echo more > h.txt', 'git add h.txt', 'git commit -m feat2', 'git switch main', 'echo main > g.txt', 'git commit -am mainc'];
const clashing = [...base, 'git switch -c feature', 'echo feature > f.txt', 'git commit -am feat', 'git switch main', 'echo main > f.txt', 'git commit -am mainc'];

export const scenarios: readonly Scenario[] = [
  {
    name: 'cherry-pick one commit keeps its author and message',
    compareOutput: true,
    commands: [...diverged, 'git cherry-pick feature~1'],
  },
  {
    name: 'cherry-pick several commits and a range',
    compareOutput: true,
    commands: [...diverged, 'git switch -c a main', 'git cherry-pick feature~1 feature', 'git switch -c b main', 'git cherry-pick main..feature'],
  },
  {
    name: 'cherry-pick -x notes the origin; cherry-pick -n stages two commits for one',
    compareOutput: true,
    commands: [...diverged, 'git cherry-pick -x feature~1', 'git log --format=%B -n 1', 'git reset --hard HEAD~1', 'git cherry-pick -n feature~1 feature', 'git status --short', 'git commit -m "Both feature commits"'],
  },
  {
    name: 'revert -n stages the undo without committing',
    compareOutput: true,
    commands: [...diverged, 'git revert -n HEAD', 'git status --short', 'git commit -m "Undo mainc"'],
  },
  {
    name: 'cherry-pick conflict, resolved with --continue',
    compareOutput: true,
    commands: [...clashing, 'git cherry-pick feature', 'git status', 'echo fixed > f.txt', 'git add f.txt', 'git cherry-pick --continue'],
  },
  {
    name: 'cherry-pick conflict, resolved with commit',
    compareOutput: true,
    commands: [...clashing, 'git cherry-pick feature', 'echo fixed > f.txt', 'git add f.txt', 'git commit --no-edit'],
  },
  {
    name: 'cherry-pick --abort',
    compareOutput: true,
    commands: [...clashing, 'git cherry-pick feature', 'git cherry-pick --abort'],
  },
  {
    name: 'revert the last commit and an older one',
    compareOutput: true,
    commands: [...diverged, 'git revert --no-edit HEAD', 'echo x > x.txt', 'git add x.txt', 'git commit -m x', 'git revert --no-edit HEAD~2', 'git log --oneline'],
  },
  {
    name: 'revert and cherry-pick of a change that is already there stop without an empty commit',
    compareOutput: true,
    commands: [...diverged, 'git revert --no-edit feature~1', 'git cherry-pick main', 'git status'],
  },
  {
    name: 'revert that conflicts, then --abort',
    compareOutput: true,
    commands: [...base, 'echo 1 > f.txt', 'git commit -am one', 'echo 2 > f.txt', 'git commit -am two', 'git revert --no-edit HEAD~1', 'git status', 'git revert --abort'],
  },
  {
    name: 'stash and stash pop',
    compareOutput: true,
    commands: [...base, 'echo wip >> f.txt', 'git stash', 'git status', 'git stash pop'],
  },
  {
    name: 'stash push -m with staged and unstaged changes; list; apply; drop',
    compareOutput: true,
    commands: [...base, 'echo wip >> f.txt', 'echo new > n.txt', 'git add n.txt', 'git stash push -m "my work"', 'echo two >> g.txt', 'git stash', 'git stash list', 'git stash show', 'git stash apply stash@{1}', 'git stash drop stash@{0}'],
  },
  {
    name: 'stash keeps staged and unstaged changes of two files',
    compareOutput: true,
    commands: [...base, 'echo wip >> f.txt', 'git add f.txt', 'echo w2 >> g.txt', 'git stash', 'git stash list'],
  },
  {
    name: 'stash clear, and stash with nothing to save',
    compareOutput: true,
    commands: [...base, 'git stash', 'echo wip >> f.txt', 'git stash', 'echo w2 >> g.txt', 'git stash', 'git stash clear'],
  },
  {
    name: 'stash -u saves untracked files too, and pop brings them back',
    compareOutput: true,
    commands: [...base, 'echo u > new.txt', 'mkdir d', 'echo x > d/y.txt', 'echo m >> f.txt', 'git stash -u', 'git status --short', 'cat f.txt', 'git stash pop', 'git status --short'],
  },
  {
    name: 'stash show -p, then stash branch after main moved on',
    compareOutput: true,
    commands: [...base, 'echo wip >> f.txt', 'git stash', 'git stash show -p', 'echo moved > f.txt', 'git commit -am moved', 'git stash branch rescue', 'git status --short', 'git stash list'],
  },
  {
    name: 'stash pop that conflicts keeps the entry',
    compareOutput: true,
    commands: [...base, 'echo wip > f.txt', 'git stash', 'echo other > f.txt', 'git commit -am other', 'git stash pop', 'git status'],
  },
];
