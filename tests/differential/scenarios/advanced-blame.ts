/** Scenarios for git blame (read-only: the printed lines are what is compared). */
import type { Scenario } from '../harness';

const history = [
  'git init',
  'printf "a\\nb\\nc\\nd\\n" > f.txt',
  'git add f.txt',
  'git commit -m one',
  'git config user.name "Ada Lovelace"',
  'printf "a\\nB\\nc\\nd\\ne\\n" > f.txt',
  'git commit -am two',
  'git switch -c side',
  'printf "x\\na\\nB\\nc\\nd\\ne\\n" > f.txt',
  'git commit -am side',
  'git switch main',
  'printf "a\\nB\\nc\\nD\\ne\\n" > f.txt',
  'git commit -am three',
  'git merge side',
];

export const scenarios: readonly Scenario[] = [
  {
    name: 'blame through a merge, with a line range and an older revision',
    compareOutput: true,
    commands: [...history, 'git blame f.txt', 'git blame -L 2,3 HEAD~1 -- f.txt', 'git blame -L 4 side f.txt'],
  },
  {
    name: 'blame marks lines not committed yet',
    // git dates "Not Committed Yet" lines with the real clock, so that line is not compared.
    compareOutput: { except: [15] },
    commands: [...history, 'echo more >> f.txt', 'git blame f.txt'],
  },
];
