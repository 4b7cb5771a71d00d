import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SandboxFs } from '../../../electron/services/git-sandbox/jail';
import { DEFAULT_LIMITS } from '../../../electron/services/git-sandbox/limits';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

function withJail(test: (jail: SandboxFs, dir: string) => void): void {
  const dir = makeTempDir('roadbook-jail-');
  try {
    test(new SandboxFs(dir, DEFAULT_LIMITS), dir);
  } finally {
    removeDir(dir);
  }
}

describe('the sandbox jail', () => {
  it('resolves paths relative to the current folder', () => {
    withJail((jail) => {
      expect(jail.resolveUserPath('', 'a/b.txt', 'read')).toBe('a/b.txt');
      expect(jail.resolveUserPath('src', '../README.md', 'read')).toBe('README.md');
      expect(jail.resolveUserPath('src/lib', './x/../y', 'read')).toBe('src/lib/y');
      expect(jail.resolveUserPath('src', '..', 'read')).toBe('');
    });
  });

  it('refuses to climb out of the root', () => {
    withJail((jail) => {
      expect(() => jail.resolveUserPath('', '../x', 'read')).toThrow(/outside the sandbox/);
      expect(() => jail.resolveUserPath('src', '../../x', 'write')).toThrow(/outside the sandbox/);
    });
  });

  it('refuses absolute and home paths', () => {
    withJail((jail) => {
      for (const p of ['/etc/passwd', '\\\\server\\share', 'C:\\Windows', '~/notes']) {
        expect(() => jail.resolveUserPath('', p, 'read')).toThrow(/absolute path/);
      }
    });
  });

  it('refuses NUL bytes and over-long names', () => {
    withJail((jail) => {
      expect(() => jail.resolveUserPath('', 'a\0b', 'read')).toThrow(/NUL/);
      expect(() => jail.resolveUserPath('', 'x'.repeat(300), 'write')).toThrow(/longer than 255 bytes/);
      expect(() => jail.resolveUserPath('', Array(300).fill('abcd').join('/'), 'write')).toThrow(/longer than 1024 bytes/);
    });
  });

  it('lets learners read .git but not write into it', () => {
    withJail((jail) => {
      expect(jail.resolveUserPath('', '.git/HEAD', 'read')).toBe('.git/HEAD');
      expect(() => jail.resolveUserPath('', '.git/HEAD', 'write')).toThrow(/inside \.git/);
      expect(() => jail.resolveUserPath('', 'sub/../.GIT/config', 'write')).toThrow(/inside \.git/);
    });
  });

  it('never follows a symbolic link, for reading or writing', () => {
    withJail((jail, dir) => {
      const outside = makeTempDir('roadbook-outside-');
      try {
        fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
        fs.symlinkSync(outside, path.join(dir, 'linkdir'));
        fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'));
        expect(() => jail.readFile('linkdir/secret.txt')).toThrow(/symbolic link/);
        expect(() => jail.readFile('link.txt')).toThrow(/symbolic link/);
        expect(() => jail.writeFile('linkdir/new.txt', 'x')).toThrow(/symbolic link/);
        expect(() => jail.writeFile('link.txt', 'x')).toThrow(/symbolic link/);
        expect(fs.readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe('secret');
        expect(fs.existsSync(path.join(outside, 'new.txt'))).toBe(false);
      } finally {
        removeDir(outside);
      }
    });
  });

  it('keeps the isomorphic-git adapter inside the root', async () => {
    const dir = makeTempDir('roadbook-jail-');
    try {
      const jail = new SandboxFs(dir, DEFAULT_LIMITS);
      const iso = jail.isoFs().promises;
      await expect((iso.readFile as (p: string) => Promise<unknown>)(path.join(dir, '..', 'x'))).rejects.toThrow(/outside the sandbox/);
      await expect((iso.symlink as (a: string, b: string) => Promise<unknown>)('x', path.join(dir, 'y'))).rejects.toThrow(/symbolic links/);
    } finally {
      removeDir(dir);
    }
  });
});

describe('the simulated remotes', () => {
  it('are read-only for learner file commands too', () => {
    withJail((jail) => {
      expect(jail.resolveUserPath('', '.remotes/origin.git/HEAD', 'read')).toBe('.remotes/origin.git/HEAD');
      expect(() => jail.resolveUserPath('', '.remotes/origin.git/HEAD', 'write')).toThrow(/simulated remotes/);
      expect(() => jail.resolveUserPath('sub', '../.remotes', 'write')).toThrow(/simulated remotes/);
    });
  });
});
