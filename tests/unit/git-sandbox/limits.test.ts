import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandbox } from './helpers';

describe('sandbox limits', () => {
  it('caps the size of a file a command writes', async () => {
    const h = sandbox({ limits: { maxFileBytes: 100 } });
    const { err, code } = await h.run(`echo ${'x'.repeat(200)} > big.txt`);
    expect(code).not.toBe(0);
    expect(err).toMatch(/big\.txt' would be 201 bytes; files here are capped at 100 bytes/);
    expect(fs.existsSync(path.join(h.dir, 'big.txt'))).toBe(false);
  });

  it('caps appends as well', async () => {
    const h = sandbox({ limits: { maxFileBytes: 10 } });
    await h.run('echo 12345 > a.txt');
    const { err } = await h.run('echo 12345 >> a.txt');
    expect(err).toMatch(/capped at 10 bytes/);
    expect(fs.readFileSync(path.join(h.dir, 'a.txt'), 'utf8')).toBe('12345\n');
  });

  it('caps the number of files', async () => {
    const h = sandbox({ limits: { maxFiles: 3 } });
    const { err, code } = await h.run('touch a b c d');
    expect(code).not.toBe(0);
    expect(err).toMatch(/already holds 3 files, the most it allows/);
    expect(fs.readdirSync(h.dir).sort()).toEqual(['a', 'b', 'c']);
  });

  it('cuts long output with a note', async () => {
    const h = sandbox({ limits: { maxOutputBytes: 1000 } });
    await h.run(`printf "${'line of text\\n'.repeat(100)}" > long.txt`);
    const result = await h.session.run('cat long.txt');
    const text = result.output.map((c) => c.text).join('');
    expect(text.length).toBeLessThan(1200);
    expect(text).toMatch(/output cut here: a command may print at most 1000 bytes/);
  });

  it('refuses over-long command lines before running anything', async () => {
    const h = sandbox({ limits: { maxCommandLength: 50 } });
    const { err, code } = await h.run(`echo ${'y'.repeat(60)} > y.txt`);
    expect(code).toBe(2);
    expect(err).toMatch(/the most accepted is 50/);
    expect(fs.existsSync(path.join(h.dir, 'y.txt'))).toBe(false);
  });

  it('explains programs the sandbox does not have', async () => {
    const h = sandbox();
    expect((await h.run('ssh git@example.com')).err).toMatch(/`ssh` is not available in the sandbox; remotes here live inside the sandbox/);
    expect((await h.run('vim notes.txt')).err).toMatch(/edit files in the editor panel/);
    expect((await h.run('frobnicate')).err).toMatch(/frobnicate: command not found/);
    expect((await h.run('git frobnicate')).err).toMatch(/'frobnicate' is not a git command/);
    expect((await h.run('git comit -m x')).err).toMatch(/most similar command is\n\tcommit/);
  });
});

describe('the total size cap', () => {
  it('refuses a write that would take the work tree over the total', async () => {
    const h = sandbox({ limits: { maxTotalBytes: 30, maxFileBytes: 100 } });
    await h.run('echo 1234567890 > a.txt', 'echo 1234567890 > b.txt');
    const { err, code } = await h.run('echo 1234567890 > c.txt');
    expect(code).not.toBe(0);
    expect(err).toMatch(/would take 33 bytes, more than the 30 bytes the sandbox allows/);
    // Replacing a file counts only the difference.
    expect((await h.run('echo 123 > a.txt')).code).toBe(0);
    expect((await h.run('echo 12345678 > c.txt')).code).toBe(0);
  });
});
