/** Less common but legitimate uses: subfolder pathspecs, forced branch moves, odd file names. */
import type { Scenario } from '../harness';

const base = ['git init', 'echo base > base.txt', 'git add .', 'git commit -m base'];

export const scenarios: readonly Scenario[] = [
  {
    name: 'add . and restore --staged . inside a subfolder touch only that folder',
    compareOutput: true,
    commands: [...base, 'mkdir -p app lib && echo a > app/a.txt && echo l > lib/l.txt && echo t > top.txt', 'cd app && git add . && cd ..', 'git status --short', 'git add -A', 'cd lib && git restore --staged . && cd ..', 'git status --short'],
  },
  {
    name: 'reset a path to an older commit and take a file from another branch',
    compareOutput: true,
    commands: [
      ...base,
      'echo 2 >> base.txt && git commit -am two',
      'git reset -q HEAD~1 -- base.txt',
      'git status --short',
      'git switch -c other && echo o > o.txt && git add . && git commit -m o && git switch main',
      'git checkout other -- o.txt',
      'git status --short',
      'git commit -m "o from other"',
    ],
  },
  {
    name: 'forced branch creation and renames over existing names',
    compareOutput: true,
    commands: [...base, 'git branch topic', 'echo 2 >> base.txt && git commit -am two', 'git switch -C topic', 'git checkout -B fresh HEAD~1', 'git branch -M topic', 'git branch -v', 'git branch -m nosuch other'],
  },
  {
    name: 'amend on a detached HEAD and short status with branch line',
    compareOutput: true,
    commands: [...base, 'echo 2 >> base.txt && git commit -am two', 'git switch --detach HEAD~1', 'git status -sb', 'echo d > d.txt && git add . && git commit -m detached', 'git commit --amend -m "detached, amended"', 'git log --oneline --graph --all', 'git switch -c keep'],
  },
  {
    name: 'file names with spaces and non-ASCII letters',
    compareOutput: true,
    commands: ['git init', 'echo x > "my notes.txt" && echo y > café.txt && mkdir "sub dir" && echo z > "sub dir/ünï.md"', 'git status', 'git status --short', 'git add . && git commit -m "odd names"', 'git mv café.txt "cafe final.txt" && git status --short', 'git commit -m rename && git log --stat -n 1'],
  },
  {
    name: 'undo-free recovery: reflog after a branch was deleted',
    compareOutput: true,
    commands: [...base, 'git switch -c doomed && echo d > d.txt && git add . && git commit -m "doomed work" && git switch main', 'git branch -D doomed', 'git reflog -n 3', 'git branch restored HEAD@{1}', 'git log --oneline restored -n 1'],
  },
  {
    name: 'plumbing: rev-parse, cat-file and ls-files',
    compareOutput: true,
    commands: [
      ...base,
      'mkdir src && echo s > src/s.txt && git add . && git commit -m src && git tag -a v1 -m "tag one"',
      'git rev-parse HEAD',
      'git rev-parse --short HEAD~1',
      'git rev-parse --abbrev-ref HEAD',
      'git rev-parse v1 v1^{}',
      'git rev-parse --verify nosuch',
      'git cat-file -t HEAD',
      'git cat-file -p HEAD',
      'git cat-file -p HEAD^{tree}',
      'git cat-file -p v1',
      'git cat-file -s HEAD:base.txt',
      'git cat-file blob HEAD:src/s.txt',
      'echo changed > base.txt && echo new > new.txt && rm src/s.txt',
      'git ls-files',
      'git ls-files -s',
      'git ls-files -m',
      'git ls-files -o',
      'cd src && git ls-files && cd ..',
    ],
  },
  {
    name: 'clean: preview, files only, folders with -d, ignored files with -x',
    compareOutput: true,
    commands: [
      ...base,
      'printf "*.log\n" > .gitignore && git add .gitignore && git commit -m ignore',
      'mkdir -p build/out && echo o > build/out/app.js && echo u > untracked.txt && echo l > debug.log && mkdir logs && echo x > logs/x.log',
      'git clean',
      'git clean -n',
      'git clean -nd',
      'git clean -f',
      'git status --short',
      'git clean -fd',
      'git clean -nX',
      'git clean -fdx',
      'git status --short --ignored',
    ],
  },
];
