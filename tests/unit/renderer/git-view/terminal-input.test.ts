import { describe, expect, it } from 'vitest';
import type { GitRepoPicture, GitVocabulary } from '../../../../electron/shared/git-view';
import { complete } from '../../../../renderer/src/features/git-sandbox/completion';
import { LineEditor } from '../../../../renderer/src/features/git-sandbox/line-editor';

const vocabulary: GitVocabulary = {
  programs: ['cat', 'cd', 'echo', 'git', 'help', 'ls', 'teammate'],
  gitCommands: ['add', 'branch', 'checkout', 'cherry-pick', 'commit', 'merge', 'status', 'switch'],
  learnerActions: ['undo', 'hint', 'show goal', 'show solution', 'reset level'],
};

const picture: GitRepoPicture = {
  initialized: true,
  head: { attached: true, branch: 'main', oid: 'a'.repeat(40) },
  commits: [],
  branches: [{ name: 'main', oid: 'a'.repeat(40) }, { name: 'feature-login', oid: 'b'.repeat(40) }, { name: 'feature-logout', oid: 'b'.repeat(40) }],
  remoteBranches: [{ name: 'origin/main', oid: 'a'.repeat(40) }],
  tags: [{ name: 'v1.0', oid: 'a'.repeat(40), annotated: true }],
  stash: [],
  files: [
    { path: 'README.md', staged: 'unmodified', unstaged: 'modified' },
    { path: 'src/app.js', staged: 'unmodified', unstaged: 'unmodified' },
    { path: 'src/auth/login.js', staged: 'unmodified', unstaged: 'untracked' },
  ],
  operations: [],
  conflicted: [],
  cwd: '',
  truncated: false,
};

describe('complete', () => {
  it('completes git subcommands to their common prefix, then lists the choices', () => {
    expect(complete('git ch', vocabulary, picture)).toEqual({ line: 'git che', choices: [] });
    expect(complete('git che', vocabulary, picture)).toEqual({ line: 'git che', choices: ['checkout', 'cherry-pick'] });
    expect(complete('git chec', vocabulary, picture).line).toBe('git checkout ');
    expect(complete('git sw', vocabulary, picture).line).toBe('git switch ');
  });

  it('completes branch names after switch, stopping where two branches part', () => {
    expect(complete('git switch fea', vocabulary, picture).line).toBe('git switch feature-log');
    expect(complete('git switch feature-log', vocabulary, picture).choices).toEqual(['feature-login', 'feature-logout']);
    expect(complete('git merge origin/', vocabulary, picture).line).toBe('git merge origin/main ');
    expect(complete('git tag -d v', vocabulary, picture).line).toBe('git tag -d v1.0 ');
  });

  it('completes file and folder names after git add and cat, folder by folder', () => {
    expect(complete('git add RE', vocabulary, picture).line).toBe('git add README.md ');
    expect(complete('git add s', vocabulary, picture).line).toBe('git add src/');
    expect(complete('cat src/au', vocabulary, picture).line).toBe('cat src/auth/');
    expect(complete('cat src/auth/', vocabulary, picture).line).toBe('cat src/auth/login.js ');
  });

  it('completes relative to the current folder', () => {
    expect(complete('cat a', vocabulary, { ...picture, cwd: 'src' }).choices).toEqual(['app.js', 'auth/']);
  });

  it('completes programs and the learner actions as first words', () => {
    expect(complete('tea', vocabulary, picture).line).toBe('teammate ');
    expect(complete('show s', vocabulary, picture).line).toBe('show solution ');
    expect(complete('res', vocabulary, picture).line).toBe('reset ');
    expect(complete('zzz', vocabulary, picture)).toEqual({ line: 'zzz', choices: [] });
  });
});

describe('LineEditor', () => {
  it('edits in the middle of the line', () => {
    const editor = new LineEditor();
    editor.insert('git comit');
    editor.left();
    editor.left();
    editor.insert('m');
    expect(editor.text).toBe('git commit');
    editor.home();
    editor.deleteForward();
    expect(editor.text).toBe('it commit');
    editor.end();
    editor.killWord();
    expect(editor.text).toBe('it ');
  });

  it('walks the history with up and down and keeps the line being typed', () => {
    const editor = new LineEditor(['git status']);
    editor.insert('git add .');
    expect(editor.submit()).toBe('git add .');
    editor.insert('git com');
    editor.up();
    expect(editor.text).toBe('git add .');
    editor.up();
    expect(editor.text).toBe('git status');
    editor.up();
    expect(editor.text).toBe('git status');
    editor.down();
    editor.down();
    expect(editor.text).toBe('git com');
  });

  it('does not store blank lines or the same line twice in a row', () => {
    const editor = new LineEditor();
    for (const line of ['ls', 'ls', '   ', 'pwd']) {
      editor.insert(line);
      editor.submit();
    }
    expect(editor.entries).toEqual(['ls', 'pwd']);
  });

  it('turns pasted newlines into spaces and drops control characters', () => {
    const editor = new LineEditor();
    editor.insert('git commit\n-m "x"\u0007');
    expect(editor.text).toBe('git commit -m "x"');
  });
});
