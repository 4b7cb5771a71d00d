import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffLines, splitLines } from '../../../electron/services/git-sandbox/advanced/line-diff';
import { mergeFile } from '../../../electron/services/git-sandbox/advanced/merge-file';

const labels = { oursLabel: 'HEAD', theirsLabel: 'feature' };

describe('line diff', () => {
  it('keeps each line with its newline, and a last line without one', () => {
    expect(splitLines('a\nb')).toEqual(['a\n', 'b']);
    expect(splitLines('')).toEqual([]);
  });

  it('slides an inserted duplicate line down, as git shows it', () => {
    // Inserting a second "x" after "x" is shown by git as an insertion after the existing one.
    expect(diffLines(['a\n', 'x\n', 'b\n'], ['a\n', 'x\n', 'x\n', 'b\n'])).toEqual([{ i1: 2, i2: 2, chg1: 0, chg2: 1 }]);
  });
});

describe('three-way file merge', () => {
  it('takes the side that changed when the other did not', () => {
    expect(mergeFile({ base: 'a\n', ours: 'a\n', theirs: 'b\n', ...labels })).toEqual({ text: 'b\n', conflicts: 0 });
    expect(mergeFile({ base: 'a\n', ours: 'c\n', theirs: 'a\n', ...labels })).toEqual({ text: 'c\n', conflicts: 0 });
  });

  it('merges changes to different lines without conflict', () => {
    const base = 'one\ntwo\nthree\nfour\nfive\n';
    const result = mergeFile({ base, ours: 'ONE\ntwo\nthree\nfour\nfive\n', theirs: 'one\ntwo\nthree\nfour\nFIVE\n', ...labels });
    expect(result).toEqual({ text: 'ONE\ntwo\nthree\nfour\nFIVE\n', conflicts: 0 });
  });

  it('writes git’s markers and adds the newline a conflicted last line lacks', () => {
    const result = mergeFile({
      base: 'one\ntwo\nthree\nfour\nfive\nsix\nseven\n',
      ours: 'one\n2\nthree\nfour\nfive\nsix\nseven\neight',
      theirs: 'one\nTWO\nthree\nfour\nfive\nsix\nSEVEN\n',
      ...labels,
    });
    expect(result.conflicts).toBe(2);
    expect(result.text).toBe(
      'one\n<<<<<<< HEAD\n2\n=======\nTWO\n>>>>>>> feature\nthree\nfour\nfive\nsix\n<<<<<<< HEAD\nseven\neight\n=======\nSEVEN\n>>>>>>> feature\n',
    );
  });

  it('joins conflicts separated by three lines or fewer into one', () => {
    const result = mergeFile({ base: 'a\nb\nc\nd\n', ours: 'A\nb\nc\nD\n', theirs: 'X\nb\nc\nY\n', ...labels });
    expect(result.conflicts).toBe(1);
    expect(result.text).toBe('<<<<<<< HEAD\nA\nb\nc\nD\n=======\nX\nb\nc\nY\n>>>>>>> feature\n');
  });

  it('does not mark identical changes on both sides as a conflict', () => {
    expect(mergeFile({ base: 'a\nb\n', ours: 'a\nB\nc\n', theirs: 'a\nB\nd\n', ...labels }).text).toBe('a\nB\n<<<<<<< HEAD\nc\n=======\nd\n>>>>>>> feature\n');
  });
});

function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!hasGit())('agreement with native git merge (merge-ort)', () => {
  // Each case runs a handful of git processes, so this test gets more time than the default.
  it('produces the same file as `git merge-tree` for 100 random three-way merges', { timeout: 120_000 }, () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-merge-'));
    const env = { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b', GIT_CONFIG_NOSYSTEM: '1', HOME: repo };
    const git = (args: string[], input?: string): string => {
      try {
        return execFileSync('git', args, { cwd: repo, input, encoding: 'latin1', env });
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    };
    git(['init', '-q']);
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ['a\n', 'b\n', 'c\n', 'd\n', '}\n', '\n', 'x\n'];
    const generate = (): string => Array.from({ length: rnd(14) }, () => alphabet[rnd(alphabet.length)]).join('') + (rnd(5) === 0 ? 'z' : '');
    const mutate = (text: string): string => {
      const lines = splitLines(text);
      for (let k = rnd(4) + 1; k > 0; k--) {
        const at = rnd(lines.length + 1);
        const op = rnd(3);
        if (op === 0) lines.splice(at, 0, alphabet[rnd(alphabet.length)]!);
        else if (op === 1) lines.splice(at, 1);
        else lines[at] = alphabet[rnd(alphabet.length)]!;
      }
      return lines.join('');
    };
    const commit = (text: string, parent?: string): string => {
      const blob = git(['hash-object', '-w', '--stdin'], text).trim();
      const tree = git(['mktree'], `100644 blob ${blob}\tf\n`).trim();
      return git(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', 'm']).trim();
    };
    const mismatches: unknown[] = [];
    for (let i = 0; i < 100; i++) {
      const base = generate();
      const ours = mutate(base);
      const theirs = mutate(base);
      const b = commit(base);
      git(['update-ref', 'refs/heads/ours', commit(ours, b)]);
      git(['update-ref', 'refs/heads/theirs', commit(theirs, b)]);
      const tree = git(['merge-tree', '--write-tree', 'ours', 'theirs']).split('\n')[0];
      const expected = git(['cat-file', 'blob', `${tree}:f`]);
      const got = mergeFile({ base, ours, theirs, oursLabel: 'ours', theirsLabel: 'theirs' }).text;
      if (got !== expected) mismatches.push({ base, ours, theirs, expected, got });
    }
    fs.rmSync(repo, { recursive: true, force: true });
    expect(mismatches).toEqual([]);
  });
});
