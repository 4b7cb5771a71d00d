/** Scenarios for git rm, git mv and the sandbox's own file commands. */
import type { Scenario } from '../harness';

const base = ['git init', 'mkdir dir', 'echo a > a.txt', 'echo b > dir/b.txt', 'echo c > dir/c.txt', 'git add .', 'git commit -m base'];

export const scenarios: readonly Scenario[] = [
  { name: 'git rm a file and a folder', compareOutput: true, commands: [...base, 'git rm a.txt', 'git rm dir', 'git rm -r dir', 'git commit -m "remove all"'] },
  { name: 'git rm --cached keeps the file', compareOutput: true, commands: [...base, 'git rm --cached a.txt', 'git status --short', 'git commit -m "untrack a"'] },
  { name: 'git rm refuses local modifications unless -f', compareOutput: true, commands: [...base, 'echo more >> a.txt', 'git rm a.txt', 'git rm -f a.txt', 'git commit -m "forced"'] },
  { name: 'git mv renames and moves into folders', compareOutput: true, commands: [...base, 'git mv a.txt renamed.txt', 'git mv renamed.txt dir', 'git mv dir folder', 'git status --short', 'git commit -m moves', 'git mv missing.txt x.txt', 'git mv folder/b.txt folder/c.txt'] },
  {
    name: 'shell file commands: cp, mv, rm -r, touch, append',
    compareOutput: true,
    commands: [...base, 'cp a.txt copy.txt', 'cp -r dir dir2', 'mv dir2/b.txt dir2/bee.txt', 'touch empty.txt', 'echo line1 > log.txt && echo line2 >> log.txt', 'rm -r dir', 'git add -A', 'git commit -m "shuffle files"'],
  },
  {
    name: 'echo -n and printf write exact bytes',
    compareOutput: true,
    commands: ['git init', 'echo -n "no newline" > a.txt', 'printf "x\\ty\\n%s\\n" hello > b.txt', 'git add .', 'git commit -m bytes', 'echo tail >> a.txt', 'git diff', 'git commit -am "fix newline"'],
  },
];
