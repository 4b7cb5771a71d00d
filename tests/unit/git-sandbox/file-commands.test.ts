import { describe, expect, it } from 'vitest';
import { sandbox } from './helpers';

describe('sandbox file commands', () => {
  it('lists folders like ls, files first', async () => {
    const h = sandbox();
    await h.run('mkdir src', 'touch src/a.js b.txt .hidden');
    expect((await h.run('ls')).out).toBe('b.txt  src/\n');
    expect((await h.run('ls -a')).out).toBe('./  ../  .hidden  b.txt  src/\n');
    expect((await h.run('ls src b.txt')).out).toBe('b.txt\n\nsrc:\na.js\n');
    expect((await h.run('ls nope')).err).toBe("ls: cannot access 'nope': No such file or directory\n");
  });

  it('keeps a current folder for cd, pwd and relative paths', async () => {
    const h = sandbox();
    await h.run('mkdir -p app/lib', 'cd app/lib', 'echo deep > x.txt', 'cd ..');
    expect((await h.run('pwd')).out).toMatch(/\/app\n$/);
    expect((await h.run('cat lib/x.txt')).out).toBe('deep\n');
    expect((await h.run('cd lib/x.txt')).err).toBe('cd: lib/x.txt: Not a directory\n');
    expect((await h.run('cd', 'ls')).out).toBe('app/\n');
  });

  it('expands globs against the current folder and keeps unmatched patterns', async () => {
    const h = sandbox();
    await h.run('touch a.txt b.txt c.md');
    expect((await h.run('echo *.txt')).out).toBe('a.txt b.txt\n');
    expect((await h.run('echo "*.txt" *.none')).out).toBe('*.txt *.none\n');
  });

  it('reports missing operands and files the way coreutils does', async () => {
    const h = sandbox();
    expect((await h.run('rm missing.txt')).err).toBe("rm: cannot remove 'missing.txt': No such file or directory\n");
    expect((await h.run('mkdir d', 'rm d')).err).toBe("rm: cannot remove 'd': Is a directory\n");
    expect((await h.run('mkdir d')).err).toBe("mkdir: cannot create directory 'd': File exists\n");
    expect((await h.run('mv only')).err).toBe("mv: missing destination file operand after 'only'\n");
    expect((await h.run('cp -r d d/inner')).err).toMatch(/cannot copy a directory, 'd', into itself/);
    expect((await h.run('ls -z')).err).toMatch(/ls: invalid option -- 'z'/);
  });

  it('runs && and || chains, stopping where a shell would', async () => {
    const h = sandbox();
    const r = await h.run('cat nope && echo not-here || echo recovered; echo always');
    expect(r.out).toBe('recovered\nalways\n');
    expect(r.code).toBe(0);
  });

  it('explains help for a command', async () => {
    const h = sandbox();
    expect((await h.run('help cp')).out).toMatch(/^usage: cp \[-r\] <source>\.\.\. <destination>/);
    expect((await h.run('help git status')).out).toMatch(/^usage: git status/);
    expect((await h.run('help nothing')).err).toMatch(/no help for 'nothing'/);
  });

  it('reports clear for the terminal', async () => {
    const h = sandbox();
    expect((await h.session.run('clear')).cleared).toBe(true);
  });
});

describe('git global options and concurrency', () => {
  it('accepts --no-pager and -C <folder>', async () => {
    const h = sandbox();
    await h.run('git init', 'mkdir sub', 'echo x > sub/x.txt');
    expect((await h.run('git --no-pager status -s')).out).toBe('?? sub/\n');
    expect((await h.run('git -C sub status -s')).out).toBe('?? ./\n');
    expect((await h.run('pwd')).out).not.toMatch(/sub/);
    expect((await h.run('git -C nowhere status')).err).toMatch(/cannot change to 'nowhere'/);
  });

  it('runs lines one after another even when submitted together', async () => {
    const h = sandbox();
    await h.run('git init');
    const results = await Promise.all(['echo a > a.txt', 'git add a.txt', 'git commit -m one', 'git log --format=%s'].map((line) => h.session.run(line)));
    expect(results.map((r) => r.exitCode)).toEqual([0, 0, 0, 0]);
    expect(results[3]!.output.map((c) => c.text).join('')).toBe('one\n');
  });
});
