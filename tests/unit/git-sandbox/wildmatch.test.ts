import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../../electron/services/git-sandbox/core/wildmatch';

describe('glob matching', () => {
  it('matches shell globs within one name', () => {
    const g = compileGlob('*.t?t');
    expect(g.test('notes.txt')).toBe(true);
    expect(g.test('notes.tnt')).toBe(true);
    expect(g.test('dir/notes.txt')).toBe(false);
    expect(compileGlob('file[0-9].md').test('file7.md')).toBe(true);
    expect(compileGlob('file[!0-9].md').test('file7.md')).toBe(false);
    expect(compileGlob('[abc]').test('b')).toBe(true);
  });

  it('lets * cross folders in git pathspecs', () => {
    const g = compileGlob('src/*.js', { starCrossesSlash: true });
    expect(g.test('src/lib/a.js')).toBe(true);
    expect(g.test('lib/a.js')).toBe(false);
  });

  it("understands gitignore's **", () => {
    const opts = { doubleStar: true, escapes: true };
    expect(compileGlob('**/logs', opts).test('logs')).toBe(true);
    expect(compileGlob('**/logs', opts).test('a/b/logs')).toBe(true);
    expect(compileGlob('build/**', opts).test('build/x/y.js')).toBe(true);
    expect(compileGlob('build/**', opts).test('build')).toBe(false);
    expect(compileGlob('a/**/b', opts).test('a/b')).toBe(true);
    expect(compileGlob('a/**/b', opts).test('a/x/y/b')).toBe(true);
    expect(compileGlob('a/**/b', opts).test('a/x/c')).toBe(false);
    expect(compileGlob('\\*literal', opts).test('*literal')).toBe(true);
    expect(compileGlob('\\*literal', opts).test('xliteral')).toBe(false);
  });

  // A backtracking regex for this pattern would not finish before the test timeout.
  it('answers patterns that make backtracking regexes explode', () => {
    const pattern = `${'*a'.repeat(40)}*b`;
    const text = 'a'.repeat(1000);
    expect(compileGlob(pattern, { starCrossesSlash: true }).test(text)).toBe(false);
    expect(compileGlob(pattern, { doubleStar: true }).test(text)).toBe(false);
    expect(compileGlob(pattern, { starCrossesSlash: true }).test(`${text}b`)).toBe(true);
  });
});
