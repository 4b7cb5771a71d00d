/** `git log --graph` shapes beyond a single merge. */
import type { Scenario } from '../harness';

const base = ['git init', 'echo base > base.txt', 'git add .', 'git commit -m base'];
const commit = (file: string, message: string) => `echo ${file} > ${file}.txt && git add . && git commit -q -m "${message}"`;

export const scenarios: readonly Scenario[] = [
  {
    name: 'two feature branches merged one after the other',
    compareOutput: true,
    commands: [
      ...base,
      'git switch -q -c a', commit('a1', 'a1'), commit('a2', 'a2'),
      'git switch -q main', 'git switch -q -c b', commit('b1', 'b1'),
      'git switch -q main', commit('m1', 'm1'),
      'git merge --no-edit a', 'git merge --no-edit b',
      'git log --graph --oneline',
      'git log --graph --oneline --all',
    ],
  },
  {
    name: 'a branch that merged main into itself before being merged back',
    compareOutput: true,
    commands: [
      ...base,
      'git switch -q -c topic', commit('t1', 't1'),
      'git switch -q main', commit('m1', 'm1'),
      'git switch -q topic', 'git merge --no-edit main', commit('t2', 't2'),
      'git switch -q main', commit('m2', 'm2'), 'git merge --no-edit topic',
      'git log --graph --oneline',
      'git log --graph --format="%s"',
    ],
  },
  {
    name: 'three unmerged branches, shown with --all',
    compareOutput: true,
    commands: [...base, 'git switch -q -c x', commit('x', 'x'), 'git switch -q main', 'git switch -q -c y', commit('y', 'y'), commit('y2', 'y2'), 'git switch -q main', 'git switch -q -c z', commit('z', 'z'), 'git switch -q main', commit('m', 'm'), 'git log --graph --oneline --all', 'git log --graph --all --format=%s -n 4'],
  },
];
