/** Scenarios for git merge: fast-forward, --no-ff, three-way, --squash, --abort and conflicts. */
import type { Scenario } from '../harness';

// Printed output is compared command by command too: messages must read as git's.

const base = ['git init', 'echo base > f.txt', 'echo one > g.txt', 'git add .', 'git commit -m base'];
/** main and feature both moved on, touching different files. */
const diverged = [...base, 'git switch -c feature', 'echo feature > f.txt', 'git commit -am feat', 'echo more > h.txt', 'git add h.txt', 'git commit -m feat2', 'git switch main', 'echo main > g.txt', 'git commit -am mainc'];
/** main and feature both changed the same line of f.txt. */
const clashing = [...base, 'git switch -c feature', 'echo feature > f.txt', 'git commit -am feat', 'git switch main', 'echo main > f.txt', 'git commit -am mainc'];

export const scenarios: readonly Scenario[] = [
  {
    name: 'merge fast-forwards when main has not moved',
    compareOutput: true,
    commands: [...base, 'git switch -c feature', 'echo x >> f.txt', 'git commit -am x', 'git switch main', 'git merge feature', 'git merge feature'],
  },
  {
    name: 'merge --no-ff makes a merge commit even when it could fast-forward',
    compareOutput: true,
    commands: [...base, 'git switch -c feature', 'echo x >> f.txt', 'git commit -am x', 'git switch main', 'git merge --no-ff feature'],
  },
  {
    name: 'three-way merge without conflicts writes "Merge branch"',
    compareOutput: true,
    commands: [...diverged, 'git merge feature', 'git log --oneline --graph'],
  },
  {
    name: 'merging into another branch says "into <branch>"',
    compareOutput: true,
    commands: [...diverged, 'git switch -c dev', 'git merge feature'],
  },
  {
    name: 'merge --squash stages the changes for one ordinary commit',
    compareOutput: true,
    commands: [...diverged, 'git merge --squash feature', 'git status', 'git commit -m "Squashed feature"'],
  },
  {
    name: 'a conflicted merge leaves markers and MERGE_HEAD, then add + commit finishes it',
    compareOutput: true,
    commands: [...clashing, 'git merge feature', 'git status', 'cat f.txt', 'echo resolved > f.txt', 'git add f.txt', 'git commit --no-edit'],
  },
  {
    name: 'a conflicted merge finished with commit -m',
    compareOutput: true,
    commands: [...clashing, 'git merge feature', 'echo both > f.txt', 'git add f.txt', 'git commit -m "Merge feature, keeping both"'],
  },
  {
    name: 'merge --no-commit stops before the merge commit',
    compareOutput: true,
    commands: [...diverged, 'git merge --no-commit feature', 'git status --short', 'git commit -m "Merge feature after a look"'],
  },
  {
    name: 'merge --continue finishes a resolved merge',
    compareOutput: true,
    commands: [...clashing, 'git merge feature', 'echo resolved > f.txt', 'git add f.txt', 'git merge --continue', 'git log --format=%B -n 1'],
  },
  {
    name: 'merge --abort puts everything back',
    compareOutput: true,
    commands: [...clashing, 'git merge feature', 'git merge --abort', 'git status'],
  },
  {
    name: 'a merge still in progress is seen by native git',
    compareOutput: true,
    commands: [...clashing, 'git merge feature', 'git merge feature'],
  },
  {
    name: 'modify/delete and add/add conflicts',
    compareOutput: true,
    commands: [
      ...base,
      'git switch -c feature',
      'git rm g.txt',
      'echo theirs > new.txt',
      'git add new.txt',
      'git commit -m "delete g, add new"',
      'git switch main',
      'echo changed > g.txt',
      'echo ours > new.txt',
      'git add .',
      'git commit -m "change g, add new"',
      'git merge feature',
      'git status',
      'git rm g.txt',
      'echo merged > new.txt',
      'git add new.txt',
      'git commit --no-edit',
    ],
  },
  {
    name: 'a file moved on one branch takes the edits made on the other',
    compareOutput: true,
    commands: [...base, 'git switch -c moved', 'git mv f.txt notes.txt', 'git commit -m "Move f to notes"', 'git switch main', 'echo edited > f.txt', 'git commit -am "Edit f"', 'git merge moved', 'git switch moved', 'git merge main'],
  },
  {
    name: 'a small file moved and edited on one side, edited on the other: a modify/delete conflict',
    compareOutput: true,
    commands: [
      ...base,
      'printf "1\\n2\\n3\\n" > f.txt',
      'git commit -am "Three lines"',
      'git switch -c moved',
      'git mv f.txt notes.txt',
      'git commit -m "Move f to notes"',
      'printf "1\\n2\\nmoved\\n" > notes.txt',
      'git commit -am "Edit notes"',
      'git switch main',
      'printf "1\\n2\\nmain\\n" > f.txt',
      'git commit -am "Edit f"',
      'git merge moved',
    ],
  },
  {
    name: 'criss-cross history: the two best ancestors are merged first, as git does',
    compareOutput: true,
    commands: [
      'git init',
      'printf "1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n" > f.txt',
      'git add f.txt',
      'git commit -m base',
      'git switch -c b',
      'printf "1\\ntwo\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n" > f.txt',
      'echo side > side.txt',
      'git add side.txt',
      'git commit -am b1',
      'git switch main',
      'printf "1\\n2\\n3\\n4\\n5\\n6\\n7\\neight\\n9\\n" > f.txt',
      'git commit -am m1',
      'git switch b',
      'git merge --no-edit main',
      'git switch main',
      'git merge --no-edit b~1',
      'echo m > m.txt',
      'git add m.txt',
      'git commit -m m2',
      'git switch b',
      'git rm side.txt',
      'git commit -m "drop side"',
      'git switch main',
      'git merge b',
    ],
  },
  {
    name: 'merge refuses to overwrite local changes',
    compareOutput: true,
    commands: [...clashing, 'echo local > f.txt', 'git merge feature', 'git status'],
  },
];
