/** The sandbox's unified diff against `git diff --no-index` on realistic edits. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unifiedHunks } from '../../../electron/services/git-sandbox/core/diff';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

const dir = makeTempDir('roadbook-diff-');
afterAll(() => removeDir(dir));

function nativeHunks(before: string, after: string): string {
  fs.writeFileSync(path.join(dir, 'a'), before);
  fs.writeFileSync(path.join(dir, 'b'), after);
  const result = spawnSync('git', ['diff', '--no-index', '--no-color', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
  return result.stdout.split('\n').slice(4).join('\n').replace(/\n$/, '');
}

const fn = (name: string, body: string) => `function ${name}() {\n  ${body}\n}\n`;

const CASES: [string, string, string][] = [
  ['a line added at the end', 'one\ntwo\n', 'one\ntwo\nthree\n'],
  ['a function added between two others (blank-line ambiguity)', `${fn('a', 'return 1;')}\n${fn('c', 'return 3;')}`, `${fn('a', 'return 1;')}\n${fn('b', 'return 2;')}\n${fn('c', 'return 3;')}`],
  ['a block removed from the middle', `${fn('a', 'x();')}\n${fn('b', 'y();')}\n${fn('c', 'z();')}`, `${fn('a', 'x();')}\n${fn('c', 'z();')}`],
  ['an item added to a list of closing braces', 'if (a) {\n  if (b) {\n    go();\n  }\n}\n', 'if (a) {\n  if (b) {\n    go();\n  }\n  if (c) {\n    stop();\n  }\n}\n'],
  ['two changes far apart make two hunks with function context', Array.from({ length: 30 }, (_, i) => (i % 10 === 0 ? `section${i}:` : `  line ${i}`)).join('\n') + '\n', Array.from({ length: 30 }, (_, i) => (i % 10 === 0 ? `section${i}:` : i === 3 || i === 25 ? `  CHANGED ${i}` : `  line ${i}`)).join('\n') + '\n'],
  ['the last line loses its newline', 'a\nb\nc\n', 'a\nb\nc'],
  ['a file emptied', 'a\nb\n', ''],
  ['a repeated line inserted among repeats', 'x\n\nx\n\nx\n', 'x\n\nx\n\nx\n\nx\n'],
];

describe.skipIf(spawnSync('git', ['--version']).status !== 0)('unified diff', () => {
  it.each(CASES)('matches git for %s', (_, before, after) => {
    expect(unifiedHunks(before, after).text.join('\n')).toBe(nativeHunks(before, after));
  });
});

describe('unified diff on large, very different files', () => {
  it('falls back to replacing the differing middle instead of exhausting memory', () => {
    const before = Array.from({ length: 20_000 }, (_, i) => `old line ${i}`).join('\n') + '\n';
    const after = `same first line\n${Array.from({ length: 20_000 }, (_, i) => `new line ${i}`).join('\n')}\n`;
    const { counts } = unifiedHunks(`same first line\n${before}`, after);
    expect(counts).toEqual({ added: 20_000, removed: 20_000 });
  });
});
