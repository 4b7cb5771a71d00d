/** Scenarios for reset, reflog rescues, tags and restore. */
import type { Scenario } from '../harness';

const three = ['git init', 'echo 1 > n.txt', 'git add .', 'git commit -m one', 'echo 2 >> n.txt', 'git commit -am two', 'echo 3 >> n.txt', 'git commit -am three'];

export const scenarios: readonly Scenario[] = [
  { name: 'reset --soft keeps changes staged', compareOutput: true, commands: [...three, 'git reset --soft HEAD~1', 'git status --short', 'git commit -m "three again"'] },
  { name: 'reset --mixed unstages', compareOutput: true, commands: [...three, 'git reset HEAD~2', 'git status --short', 'git add . && git commit -m squashed'] },
  { name: 'reset --hard throws changes away; HEAD@{1} brings them back', compareOutput: true, commands: [...three, 'echo dirty >> n.txt', 'git reset --hard HEAD~2', 'git reflog', 'git reset --hard HEAD@{1}', 'git log --oneline'] },
  { name: 'rescue a commit lost by reset via the branch reflog', compareOutput: true, commands: [...three, 'git reset --hard HEAD^', 'git branch rescue main@{1}', 'git reset --hard rescue'] },
  { name: 'reset with paths unstages files', compareOutput: true, commands: [...three, 'echo 4 >> n.txt', 'echo new > new.txt', 'git add .', 'git reset n.txt', 'git reset -- new.txt', 'git status --short'] },
  { name: 'reset to a short hash and ORIG_HEAD', compareOutput: true, commands: [...three, 'git reset --hard ORIG_HEAD', 'git reset --hard HEAD~1', 'git reset --hard ORIG_HEAD'] },
  {
    name: 'lightweight and annotated tags, delete, force',
    compareOutput: true,
    commands: [...three, 'git tag v0.1 HEAD~2', 'git tag -a v1.0 -m "Release 1.0"', 'git tag', 'git tag v0.1', 'git tag -f v0.1 HEAD~1', 'git tag -d v0.1', 'git tag -m "implied annotate" v2', 'git show v1.0', 'git tag -l "v1*"'],
  },
  {
    name: 'restore discards work-tree changes; --staged unstages',
    compareOutput: true,
    commands: [...three, 'echo oops >> n.txt', 'git restore n.txt', 'echo staged >> n.txt', 'git add n.txt', 'git restore --staged n.txt', 'git status --short', 'git restore .'],
  },
  {
    name: 'restore --source brings back an old version',
    compareOutput: true,
    commands: [...three, 'git restore --source HEAD~2 n.txt', 'git status --short', 'git restore --source=HEAD~1 --staged --worktree n.txt', 'git commit -m "back to two"'],
  },
  {
    name: 'checkout -- file and checkout <rev> -- file',
    compareOutput: true,
    commands: [...three, 'echo junk > n.txt', 'git checkout -- n.txt', 'git checkout HEAD~2 -- n.txt', 'git status --short', 'git checkout HEAD n.txt'],
  },
  {
    name: 'restore a deleted file and unstage a new file in the first commit',
    compareOutput: true,
    commands: ['git init', 'echo a > a.txt', 'git add a.txt', 'git restore --staged a.txt', 'git rm --cached a.txt', 'git add a.txt', 'git commit -m a', 'rm a.txt', 'git restore a.txt', 'git status'],
  },
];
