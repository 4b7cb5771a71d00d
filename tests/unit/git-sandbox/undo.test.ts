import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandbox } from './helpers';

describe('undo', () => {
  it('takes back a commit, restoring branch, index and files', async () => {
    const h = sandbox();
    await h.run('git init', 'echo one > a.txt', 'git add a.txt', 'git commit -m one');
    const before = fs.readFileSync(path.join(h.dir, '.git/refs/heads/main'), 'utf8');
    await h.run('echo two > a.txt', 'git commit -am two');
    const { out } = await h.run('undo');
    expect(out).toBe('Undid: git commit -am two\n');
    expect(fs.readFileSync(path.join(h.dir, '.git/refs/heads/main'), 'utf8')).toBe(before);
    expect((await h.run('git status -s')).out).toBe(' M a.txt\n');
    expect(fs.readFileSync(path.join(h.dir, 'a.txt'), 'utf8')).toBe('two\n');
  });

  it('steps back over several commands, skipping ones that only read', async () => {
    const h = sandbox();
    await h.run('git init', 'echo a > a.txt', 'mkdir dir', 'echo b > dir/b.txt', 'git status', 'git log --oneline');
    await h.run('undo');
    expect(fs.existsSync(path.join(h.dir, 'dir/b.txt'))).toBe(false);
    expect(fs.existsSync(path.join(h.dir, 'dir'))).toBe(true);
    await h.run('undo');
    expect(fs.existsSync(path.join(h.dir, 'dir'))).toBe(false);
    await h.run('undo');
    expect(fs.existsSync(path.join(h.dir, 'a.txt'))).toBe(false);
    await h.run('undo');
    expect(fs.existsSync(path.join(h.dir, '.git'))).toBe(false);
    expect((await h.run('undo')).out).toBe('Nothing to undo.\n');
  });

  it('brings back a file deleted by reset --hard', async () => {
    const h = sandbox();
    await h.run('git init', 'echo keep > k.txt', 'git add .', 'git commit -m k', 'echo precious > new.txt', 'git add new.txt', 'git reset --hard');
    expect(fs.existsSync(path.join(h.dir, 'new.txt'))).toBe(false);
    await h.run('undo');
    expect(fs.readFileSync(path.join(h.dir, 'new.txt'), 'utf8')).toBe('precious\n');
    expect((await h.run('git status -s')).out).toBe('A  new.txt\n');
  });

  it('restores the current folder', async () => {
    const h = sandbox();
    await h.run('mkdir sub', 'cd sub', 'touch x');
    await h.run('undo');
    expect((await h.run('pwd')).out).toMatch(/\/sub\n$/);
  });

  it('undoes an editor save', async () => {
    const h = sandbox();
    await h.run('echo old > notes.md');
    h.session.writeFile('notes.md', 'new text');
    expect(h.session.readFile('notes.md')).toBe('new text');
    await h.run('undo');
    expect(h.session.readFile('notes.md')).toBe('old\n');
  });
});
