/** Scenarios for git bisect. */
import type { Scenario } from '../harness';

/** Nine commits on a straight line, c0 … c8. */
const line = ['git init', ...Array.from({ length: 9 }, (_, i) => [`echo ${i} > f.txt`, 'git add f.txt', `git commit -m c${i}`]).flat()];

export const scenarios: readonly Scenario[] = [
  {
    name: 'bisect finds the first bad commit and reset returns to the branch',
    compareOutput: true,
    commands: [...line, 'git bisect start', 'git bisect bad', 'git bisect good main~8', 'git bisect good', 'git bisect bad', 'git bisect bad', 'git tag first-bad', 'git status', 'git bisect reset'],
  },
  {
    name: 'bisect start with bad and good given at once',
    compareOutput: true,
    commands: [...line, 'git bisect start main main~5', 'git bisect bad', 'git bisect good'],
  },
  {
    name: 'bisect marks good first, then bad, and reset mid-way',
    compareOutput: true,
    commands: [...line, 'git bisect start', 'git bisect good main~8', 'git bisect bad main', 'git bisect bad', 'git bisect reset'],
  },
];
