/** The level loader: order from sequences.yaml, and one clear line per problem in a level file. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLevels } from '../../../electron/services/git-levels/level-loader';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

let dir: string;

const level = (id: string, extra = '') => `id: ${id}
title: Level ${id}
topics: [git-basics]
introduction: |
  A level used by the loader tests. It explains nothing in particular, but it is long enough
  to pass the minimum length for an introduction.
setup: |
  git init
goal:
  - { kind: ref-exists, ref: main }
hints: [first hint, second hint]
solution: |
  # comments and blank lines do not count

  echo "x" > x.txt
  git add x.txt
  git commit -m "X"
par: 3
${extra}`;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

beforeEach(() => {
  dir = makeTempDir('roadbook-level-loader-');
});
afterEach(() => removeDir(dir));

describe('loadLevels', () => {
  it('orders levels by their sequences and counts solution lines for par', () => {
    write('git-levels/sequences.yaml', 'sequences:\n  - { id: two, title: Second, summary: The second one., levels: [c] }\n  - { id: one, title: First, summary: The first one here., levels: [b, a] }\n');
    for (const id of ['a', 'b', 'c']) write(`git-levels/levels/${id}.yaml`, level(id));
    const catalog = loadLevels(dir);
    expect(catalog.problems).toEqual([]);
    expect(catalog.levels.map((l) => [l.id, l.sequence, l.position])).toEqual([
      ['c', 'two', 1],
      ['b', 'one', 1],
      ['a', 'one', 2],
    ]);
    expect(catalog.byId.get('a')!.solution).toEqual(['echo "x" > x.txt', 'git add x.txt', 'git commit -m "X"']);
  });

  it('reports each broken file and keeps the good ones', () => {
    write(
      'git-levels/sequences.yaml',
      'sequences:\n  - { id: s, title: Sequence, summary: All of them here., levels: [good, bad-par, wrong-id, ghost, good] }\n',
    );
    write('git-levels/levels/good.yaml', level('good'));
    write('git-levels/levels/bad-par.yaml', level('bad-par').replace('par: 3', 'par: 4'));
    write('git-levels/levels/wrong-id.yaml', level('other'));
    write('git-levels/levels/unlisted.yaml', level('unlisted'));
    write('git-levels/levels/bad-check.yaml', level('bad-check').replace('{ kind: ref-exists, ref: main }', '{ kind: teleport, ref: main }'));
    const catalog = loadLevels(dir);
    expect(catalog.levels.map((l) => l.id)).toEqual(['good']);
    expect(catalog.problems).toEqual(
      expect.arrayContaining([
        'git-levels/levels/bad-par.yaml par: par must equal the number of commands in the solution',
        'git-levels/levels/wrong-id.yaml: declares id "other" but the file is named "wrong-id.yaml"',
        'git-levels/sequences.yaml: lists "ghost" but there is no levels/ghost.yaml',
        'git-levels/sequences.yaml: the level "good" is listed twice',
        'git-levels/levels/unlisted.yaml: the level is not listed in any sequence of sequences.yaml',
      ]),
    );
    expect(catalog.problems.some((p) => p.startsWith('git-levels/levels/bad-check.yaml goal.0'))).toBe(true);
  });

  it('says so when the folder or the sequence list is missing or broken', () => {
    expect(loadLevels(dir).problems).toEqual(['git-levels: the folder is missing']);
    write('git-levels/sequences.yaml', 'sequences: [: broken');
    expect(loadLevels(dir).problems[0]).toMatch(/^git-levels\/sequences.yaml: not valid YAML/);
  });
});
