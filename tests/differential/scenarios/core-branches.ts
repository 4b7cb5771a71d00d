/** Scenarios for branch, switch and checkout. */
import type { Scenario } from '../harness';

const base = ['git init', 'echo base > base.txt', 'git add .', 'git commit -m base'];

export const scenarios: readonly Scenario[] = [
  {
    name: 'create, switch, commit on a branch and come back',
    compareOutput: true,
    commands: [...base, 'git branch feature', 'git switch feature', 'echo f > f.txt', 'git add f.txt', 'git commit -m "feature work"', 'git switch main', 'git branch -v', 'git switch -'],
  },
  {
    name: 'switch -c and checkout -b',
    compareOutput: true,
    commands: [...base, 'git switch -c one', 'echo 1 > one.txt', 'git add .', 'git commit -m one', 'git checkout -b two main', 'echo 2 > two.txt', 'git add .', 'git commit -m two', 'git checkout one'],
  },
  {
    name: 'branch -d refuses unmerged work, -D deletes it',
    compareOutput: true,
    commands: [...base, 'git switch -c topic', 'echo t > t.txt', 'git add .', 'git commit -m topic', 'git switch main', 'git branch -d topic', 'git branch -D topic', 'git branch -d nosuch'],
  },
  {
    name: 'branch -d deletes merged branches; cannot delete the current one',
    compareOutput: true,
    commands: [...base, 'git branch done', 'git branch -d done', 'git branch -d main'],
  },
  {
    name: 'branch -m renames the current branch and keeps its reflog',
    compareOutput: true,
    commands: [...base, 'git branch -m trunk', 'echo more >> base.txt', 'git commit -am more', 'git branch side', 'git branch -m side side2', 'git branch -M side2 trunk2'],
  },
  {
    name: 'branch -f moves a branch that is not checked out',
    compareOutput: true,
    commands: [...base, 'echo 2 >> base.txt', 'git commit -am two', 'git branch old HEAD~1', 'git branch -f old HEAD', 'git branch -f main HEAD~1', 'git branch existing', 'git branch existing'],
  },
  {
    name: 'detached HEAD: checkout a commit, commit there, save it with a branch',
    compareOutput: true,
    commands: [...base, 'echo 2 >> base.txt', 'git commit -am two', 'git checkout HEAD~1', 'git status', 'echo x > x.txt', 'git add x.txt', 'git commit -m "on detached head"', 'git switch -c rescued', 'git switch main'],
  },
  {
    name: 'leaving detached commits behind and switching back with -',
    compareOutput: true,
    commands: [...base, 'git checkout --detach', 'echo d > d.txt', 'git add .', 'git commit -m lost', 'git switch main', 'git checkout -', 'git switch main'],
  },
  {
    name: 'switch carries local changes and refuses to overwrite them',
    compareOutput: true,
    commands: [
      ...base,
      'git switch -c other',
      'echo other > base.txt',
      'git commit -am "other edits base"',
      'git switch main',
      'echo local > notes.txt',
      'git switch other',
      'git switch main',
      'echo mine > base.txt',
      'git switch other',
      'git status --short',
    ],
  },
  {
    name: 'switch refuses to overwrite an untracked file',
    compareOutput: true,
    commands: [...base, 'git switch -c add-file', 'echo tracked > new.txt', 'git add .', 'git commit -m "add new"', 'git switch main', 'echo untracked > new.txt', 'git switch add-file', 'rm new.txt', 'git switch add-file'],
  },
  {
    name: 'switch to a commit needs --detach; tags detach too',
    compareOutput: true,
    commands: [...base, 'git tag v1', 'echo 2 >> base.txt', 'git commit -am two', 'git switch HEAD~1', 'git switch --detach v1', 'git status', 'git checkout main'],
  },
];
