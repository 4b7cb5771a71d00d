import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../electron/services/git-sandbox/shell-parser';

const words = (line: string) => parseCommandLine(line).map((item) => item.command.words.map((w) => w.text));

describe('the sandbox shell parser', () => {
  it('splits words and keeps quoted spaces', () => {
    expect(words('git commit -m "two words"')).toEqual([['git', 'commit', '-m', 'two words']]);
    expect(words("echo 'single $HOME' plain")).toEqual([['echo', 'single $HOME', 'plain']]);
  });

  it('handles escapes inside and outside double quotes', () => {
    expect(words('echo "a \\"quoted\\" word" b\\ c')).toEqual([['echo', 'a "quoted" word', 'b c']]);
    expect(words('echo "back\\\\slash"')).toEqual([['echo', 'back\\slash']]);
  });

  it('joins adjacent quoted parts into one word', () => {
    expect(words(`echo "it's"' fine'`)).toEqual([['echo', "it's fine"]]);
  });

  it('drops comments that start a word, but not # inside a word', () => {
    expect(words('git status # show me')).toEqual([['git', 'status']]);
    expect(words('echo issue#4')).toEqual([['echo', 'issue#4']]);
    expect(parseCommandLine('# only a comment')).toEqual([]);
  });

  it('chains with &&, || and ;', () => {
    const items = parseCommandLine('git add . && git commit -m x || echo failed; git status');
    expect(items.map((i) => i.joiner)).toEqual([undefined, '&&', '||', ';']);
    expect(items.map((i) => i.command.words[0]!.text)).toEqual(['git', 'git', 'echo', 'git']);
  });

  it('reads > and >> redirections, with or without spaces', () => {
    expect(parseCommandLine('echo hi > a.txt')[0]!.command.redirect).toEqual({ append: false, target: 'a.txt' });
    expect(parseCommandLine('echo hi>>"my file.txt"')[0]!.command.redirect).toEqual({ append: true, target: 'my file.txt' });
  });

  it('marks unquoted globs only', () => {
    const [item] = parseCommandLine('git add *.txt "*.md"');
    expect(item!.command.words.map((w) => w.glob)).toEqual([false, false, true, false]);
  });

  it.each([
    ['git log | head', /pipes/],
    ['echo $HOME', /variables/],
    ['echo "$(whoami)"', /variables/],
    ['echo `whoami`', /command substitution/],
    ['cat < a.txt', /reading input/],
    ['git status &', /background/],
    ['git status 2> err.txt', /stream 2/],
    ['echo "unterminated', /unterminated quote/],
    ["echo 'unterminated", /unterminated quote/],
    ['echo hi >', /needs a file name/],
    ['&& git status', /syntax error/],
  ])('refuses %s with a clear message', (line, message) => {
    expect(() => parseCommandLine(line)).toThrow(message);
  });
});
