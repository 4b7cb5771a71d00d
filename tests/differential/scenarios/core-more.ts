/** More everyday situations: path-limited logs, formats, hunks with function context, ignore files in folders. */
import type { Scenario } from '../harness';

const base = ['git init', 'echo base > base.txt', 'git add .', 'git commit -m base'];

export const scenarios: readonly Scenario[] = [
  {
    name: 'log limited to a path, by author, with --format',
    compareOutput: true,
    commands: [
      ...base,
      'echo a > a.txt && git add . && git commit -m "add a"',
      'git config user.name "Grace Hopper" && git config user.email grace@example.com',
      'echo b > b.txt && git add . && git commit -m "add b"',
      'echo a2 >> a.txt && git commit -am "change a"',
      'git log --oneline -- a.txt',
      'git log --oneline a.txt',
      'git log --author=Grace --format="%h %an <%ae> %s"',
      'git log --format="%H%n%P%n%s%n%b" -n 1',
      'git log --reverse --oneline',
      'git log -2 --stat',
      'git log --oneline --no-merges -n 1 HEAD~1',
    ],
  },
  {
    name: 'multi-hunk diffs with function context and a missing newline',
    compareOutput: true,
    commands: [
      'git init',
      'printf "def alpha():\\n    one\\n    two\\n    three\\n    four\\n    five\\n\\ndef beta():\\n    six\\n    seven\\n    eight\\n    nine\\n    ten\\n    eleven\\n    twelve\\n" > code.py',
      'git add . && git commit -m code',
      'printf "def alpha():\\n    one\\n    TWO\\n    three\\n    four\\n    five\\n\\ndef beta():\\n    six\\n    seven\\n    eight\\n    nine\\n    ten\\n    eleven\\n    TWELVE" > code.py',
      'git diff',
      'git commit -am "shout" && git show --stat',
      'git diff HEAD~1 --stat',
    ],
  },
  {
    name: 'ignore files in folders, negation and anchored patterns',
    compareOutput: true,
    commands: [
      'git init',
      'mkdir -p web/dist web/src logs',
      'printf "/logs/\\n*.tmp\\n" > .gitignore',
      'printf "dist/\\n!keep.tmp\\n" > web/.gitignore',
      'echo x > logs/today.log && echo t > web/scratch.tmp && echo k > web/keep.tmp && echo d > web/dist/app.js && echo s > web/src/app.js && echo r > root.tmp',
      'git status --short',
      'git status',
      'git add -A && git commit -m tracked',
      'git status --short',
    ],
  },
  {
    name: 'soft reset then amend, and commit -a with a deletion',
    compareOutput: true,
    commands: [
      ...base,
      'echo one > one.txt && git add . && git commit -m one',
      'echo two > two.txt && git add . && git commit -m two',
      'git reset --soft HEAD~2',
      'git status',
      'git commit --amend -m "base, one and two"',
      'rm one.txt',
      'git commit -a -m "drop one"',
      'git log --oneline',
    ],
  },
  {
    name: 'checkout -b carries staged and unstaged changes to the new branch',
    compareOutput: true,
    commands: [...base, 'echo staged > s.txt && git add s.txt', 'echo more >> base.txt', 'git checkout -b work', 'git status --short', 'git commit -am "work in progress"', 'git switch main', 'git status'],
  },
  {
    name: 'rm of a staged-and-modified file, and restore of a staged rename',
    compareOutput: true,
    commands: [
      ...base,
      'echo v2 > base.txt && git add base.txt && echo v3 > base.txt',
      'git rm base.txt',
      'git rm --cached base.txt',
      'git add base.txt && git commit -m v3',
      'git mv base.txt renamed.txt',
      'git status',
      'git restore --staged renamed.txt base.txt',
      'git status --short',
    ],
  },
  {
    name: 'tags: list with -n, patterns, annotated on an older commit, lightweight on a tag',
    compareOutput: true,
    commands: [...base, 'echo 2 >> base.txt && git commit -am two', 'git tag -a v0.9 -m "beta" HEAD~1', 'git tag v1.0', 'git tag v1.0-copy v1.0', 'git tag -n', 'git tag -l "v1*"', 'git tag --list', 'git log --oneline --decorate', 'git show v0.9 --stat'],
  },
];
