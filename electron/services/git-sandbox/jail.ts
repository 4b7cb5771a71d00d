/**
 * The sandbox's file system: every path is resolved inside one root folder. Learner paths
 * (`cat ../x`, `echo > /etc/passwd`) are checked here, and git's own reads and writes go
 * through the same object, so nothing outside the root is ever touched. Symbolic links
 * are never followed or created: the sandbox has no `ln`, and a link found on disk (planted
 * from outside, or arriving in a tree) is refused where it is met.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sandboxError } from './errors';
import { formatBytes, type SandboxLimits } from './limits';

export type PathIntent = 'read' | 'write';

export class SandboxFs {
  readonly root: string;
  /** Folders already checked for symbolic links during the current command. */
  private verifiedDirs = new Set<string>();
  /** Files and bytes in the work tree, counted once per command on the first write. */
  private workTreeUsage: { files: number; bytes: number } | undefined;

  constructor(
    root: string,
    readonly limits: SandboxLimits,
  ) {
    fs.mkdirSync(root, { recursive: true });
    this.root = fs.realpathSync(root);
  }

  /** Forget per-command caches; the runner calls this before each command. */
  beginCommand(): void {
    this.verifiedDirs.clear();
    this.workTreeUsage = undefined;
  }

  /**
   * Turns a path typed by the learner, relative to `cwd` (repo-relative, '' for the root),
   * into a repo-relative POSIX path ('' for the root). Refuses escapes, absolute paths, NUL
   * bytes and names that are too long; with intent 'write', also anything inside `.git`.
   */
  resolveUserPath(cwd: string, input: string, intent: PathIntent): string {
    if (input.includes('\0')) throw sandboxError(`sandbox: refusing a path with a NUL byte in it`);
    if (input === '') throw sandboxError(`sandbox: empty path`);
    if (input.startsWith('/') || input.startsWith('\\') || /^[A-Za-z]:/.test(input) || input.startsWith('~')) {
      throw sandboxError(`sandbox: '${input}' is an absolute path; paths here are relative to the sandbox folder (try '${path.posix.basename(input) || '.'}')`);
    }
    const parts = cwd === '' ? [] : cwd.split('/');
    for (const part of input.replace(/\\/g, '/').split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (parts.length === 0) throw sandboxError(`sandbox: '${input}' points outside the sandbox folder`);
        parts.pop();
        continue;
      }
      parts.push(part);
    }
    const rel = parts.join('/');
    this.checkNames(rel, input);
    if (intent === 'write' && parts.some((p) => p.toLowerCase() === '.git')) {
      throw sandboxError(`sandbox: '${input}' is inside .git, which only git commands may change`);
    }
    // The simulated remotes are git repositories too (advanced/remote-repo.ts).
    if (intent === 'write' && parts[0]?.toLowerCase() === '.remotes') {
      throw sandboxError(`sandbox: '${input}' is inside .remotes, where the simulated remotes live; change them with git push or teammate`);
    }
    return rel;
  }

  /** Refuses NUL bytes and names longer than the limits allow. */
  checkNames(rel: string, shown = rel): void {
    if (rel.includes('\0')) throw sandboxError(`sandbox: refusing a path with a NUL byte in it`);
    if (Buffer.byteLength(rel) > this.limits.maxPathBytes) {
      throw sandboxError(`sandbox: the path '${shown.slice(0, 40)}…' is longer than ${this.limits.maxPathBytes} bytes`);
    }
    for (const part of rel.split('/')) {
      if (Buffer.byteLength(part) > this.limits.maxNameBytes) {
        throw sandboxError(`sandbox: the name '${part.slice(0, 40)}…' is longer than ${this.limits.maxNameBytes} bytes`);
      }
    }
  }

  /** The absolute path of a repo-relative path, after checking it stays inside the root. */
  abs(rel: string): string {
    if (rel.includes('\0')) throw sandboxError(`sandbox: refusing a path with a NUL byte in it`);
    const full = path.resolve(this.root, rel);
    if (full !== this.root && !full.startsWith(this.root + path.sep)) {
      throw sandboxError(`sandbox: '${rel}' points outside the sandbox folder`);
    }
    return full;
  }

  /** Throws when any existing component of `rel` (including the last) is a symbolic link. */
  private assertNoLinks(rel: string, includeLast: boolean): void {
    const parts = rel === '' ? [] : rel.split('/');
    const upto = includeLast ? parts.length : parts.length - 1;
    let current = '';
    for (let i = 0; i < upto; i++) {
      current = current === '' ? parts[i]! : `${current}/${parts[i]}`;
      if (this.verifiedDirs.has(current)) continue;
      let st: fs.Stats;
      try {
        st = fs.lstatSync(this.abs(current));
      } catch {
        return; // the rest does not exist yet
      }
      if (st.isSymbolicLink()) throw sandboxError(`sandbox: '${current}' is a symbolic link; the sandbox does not follow links`);
      if (st.isDirectory()) this.verifiedDirs.add(current);
    }
  }

  /** lstat of a repo-relative path, or undefined when it does not exist. */
  lstat(rel: string): fs.Stats | undefined {
    this.assertNoLinks(rel, false);
    try {
      return fs.lstatSync(this.abs(rel));
    } catch {
      return undefined;
    }
  }

  /** lstat with nanosecond times, for the index's stat cache. */
  lstatBig(rel: string): fs.BigIntStats | undefined {
    this.assertNoLinks(rel, false);
    try {
      return fs.lstatSync(this.abs(rel), { bigint: true });
    } catch {
      return undefined;
    }
  }

  exists(rel: string): boolean {
    return this.lstat(rel) !== undefined;
  }

  isDir(rel: string): boolean {
    return this.lstat(rel)?.isDirectory() ?? false;
  }

  isFile(rel: string): boolean {
    return this.lstat(rel)?.isFile() ?? false;
  }

  readFile(rel: string): Buffer {
    this.assertNoLinks(rel, true);
    const st = fs.lstatSync(this.abs(rel));
    if (!st.isFile()) throw sandboxError(`sandbox: '${rel}' is not a regular file`);
    return fs.readFileSync(this.abs(rel));
  }

  readText(rel: string): string {
    return this.readFile(rel).toString('utf8');
  }

  /** Reads a file, or returns undefined when it is missing. */
  tryReadText(rel: string): string | undefined {
    const st = this.lstat(rel);
    if (!st || !st.isFile()) return undefined;
    return fs.readFileSync(this.abs(rel), 'utf8');
  }

  tryReadFile(rel: string): Buffer | undefined {
    const st = this.lstat(rel);
    if (!st || !st.isFile()) return undefined;
    return fs.readFileSync(this.abs(rel));
  }

  private isWorkTreePath(rel: string): boolean {
    const first = rel.split('/')[0]!;
    return first !== '.git';
  }

  private checkWrite(rel: string, size: number): void {
    this.checkNames(rel);
    this.assertNoLinks(rel, true);
    if (this.isWorkTreePath(rel)) {
      if (size > this.limits.maxFileBytes) {
        throw sandboxError(`sandbox: '${rel}' would be ${formatBytes(size)}; files here are capped at ${formatBytes(this.limits.maxFileBytes)}`);
      }
      const existing = this.lstat(rel);
      if (existing?.isDirectory()) throw sandboxError(`sandbox: '${rel}' is a folder`);
      const usage = (this.workTreeUsage ??= this.measureWorkTree());
      if (!existing && usage.files >= this.limits.maxFiles) {
        throw sandboxError(`sandbox: the sandbox already holds ${usage.files} files, the most it allows; remove some first`);
      }
      const bytes = usage.bytes - (existing?.size ?? 0) + size;
      if (bytes > this.limits.maxTotalBytes) {
        throw sandboxError(`sandbox: the files here would take ${formatBytes(bytes)}, more than the ${formatBytes(this.limits.maxTotalBytes)} the sandbox allows; remove some first`);
      }
      this.workTreeUsage = { files: usage.files + (existing ? 0 : 1), bytes };
    }
  }

  private measureWorkTree(): { files: number; bytes: number } {
    let files = 0;
    let bytes = 0;
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (dir === this.root && entry.name === '.git') continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else {
          files++;
          if (entry.isFile()) bytes += fs.lstatSync(full).size;
        }
      }
    };
    walk(this.root);
    return { files, bytes };
  }

  /** Writes a file, creating its folders. Applies the size and count caps in the work tree. */
  writeFile(rel: string, data: string | Buffer): void {
    const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    this.checkWrite(rel, size);
    const dir = path.posix.dirname(rel);
    if (dir !== '.') this.mkdirp(dir);
    fs.writeFileSync(this.abs(rel), data);
  }

  appendFile(rel: string, data: string): void {
    const before = this.lstat(rel)?.size ?? 0;
    this.checkWrite(rel, before + Buffer.byteLength(data));
    const dir = path.posix.dirname(rel);
    if (dir !== '.') this.mkdirp(dir);
    fs.appendFileSync(this.abs(rel), data);
  }

  /** Writes through a temporary file and a rename, as git does with its lock files. */
  writeFileAtomic(rel: string, data: string | Buffer): void {
    this.checkNames(rel);
    this.assertNoLinks(rel, true);
    const dir = path.posix.dirname(rel);
    if (dir !== '.') this.mkdirp(dir);
    const tmp = `${rel}.lock`;
    fs.writeFileSync(this.abs(tmp), data);
    fs.renameSync(this.abs(tmp), this.abs(rel));
  }

  /** Creates an empty file, or updates the modification time of an existing one. */
  touch(rel: string): void {
    const st = this.lstat(rel);
    if (!st) {
      this.writeFile(rel, '');
      return;
    }
    this.assertNoLinks(rel, true);
    const now = new Date();
    fs.utimesSync(this.abs(rel), now, now);
  }

  copyFile(fromRel: string, toRel: string): void {
    const data = this.readFile(fromRel);
    this.writeFile(toRel, data);
  }

  mkdirp(rel: string): void {
    if (rel === '' || rel === '.') return;
    this.checkNames(rel);
    this.assertNoLinks(rel, true);
    const st = this.lstat(rel);
    if (st?.isDirectory()) return;
    if (st) throw sandboxError(`sandbox: cannot create folder '${rel}': a file has that name`);
    fs.mkdirSync(this.abs(rel), { recursive: true });
  }

  /** Names in a folder, sorted like git sorts them (byte order). */
  readdir(rel: string): string[] {
    this.assertNoLinks(rel, true);
    return fs.readdirSync(this.abs(rel)).sort(compareBytes);
  }

  readdirTyped(rel: string): fs.Dirent[] {
    this.assertNoLinks(rel, true);
    return fs.readdirSync(this.abs(rel), { withFileTypes: true });
  }

  unlink(rel: string): void {
    this.assertNoLinks(rel, false);
    const size = this.isWorkTreePath(rel) ? (fs.lstatSync(this.abs(rel)).size ?? 0) : 0;
    fs.unlinkSync(this.abs(rel));
    if (this.workTreeUsage && this.isWorkTreePath(rel)) this.workTreeUsage = { files: this.workTreeUsage.files - 1, bytes: this.workTreeUsage.bytes - size };
  }

  /** Removes a file if present; never fails when it is already gone. */
  removeFileIfPresent(rel: string): void {
    const st = this.lstat(rel);
    if (st && !st.isDirectory()) this.unlink(rel);
  }

  rmdir(rel: string): void {
    this.assertNoLinks(rel, false);
    fs.rmdirSync(this.abs(rel));
  }

  /** Removes a folder and everything in it (links inside are removed, not followed). */
  removeTree(rel: string): void {
    if (rel === '' || rel === '.') throw sandboxError('sandbox: refusing to remove the sandbox folder itself');
    this.assertNoLinks(rel, false);
    fs.rmSync(this.abs(rel), { recursive: true, force: true });
    this.workTreeUsage = undefined;
  }

  rename(fromRel: string, toRel: string): void {
    this.assertNoLinks(fromRel, false);
    this.checkNames(toRel);
    this.assertNoLinks(toRel, true);
    const dir = path.posix.dirname(toRel);
    if (dir !== '.') this.mkdirp(dir);
    fs.renameSync(this.abs(fromRel), this.abs(toRel));
  }

  /** Removes empty folders from `rel` upwards, stopping at the root (git does this after deleting files). */
  removeEmptyParents(rel: string): void {
    let dir = path.posix.dirname(rel);
    while (dir !== '.' && dir !== '') {
      try {
        if (fs.readdirSync(this.abs(dir)).length > 0) return;
        fs.rmdirSync(this.abs(dir));
      } catch {
        return;
      }
      dir = path.posix.dirname(dir);
    }
  }

  /**
   * A node:fs-shaped object for isomorphic-git, confined to the root: absolute paths must
   * lie inside it, links are refused, and symlink() always fails.
   */
  isoFs(): { promises: Record<string, (...args: never[]) => Promise<unknown>> } {
    const toRel = (p: string): string => {
      const full = path.resolve(String(p));
      if (full === this.root) return '';
      if (!full.startsWith(this.root + path.sep)) throw Object.assign(new Error(`outside the sandbox: ${p}`), { code: 'EACCES' });
      return path.relative(this.root, full).split(path.sep).join('/');
    };
    const guard = (p: string, last: boolean): string => {
      const rel = toRel(p);
      this.assertNoLinks(rel, last);
      return this.abs(rel);
    };
    const fsp = fs.promises;
    const refuse = async (what: string) => {
      throw Object.assign(new Error(`the sandbox does not ${what} symbolic links`), { code: 'EACCES' });
    };
    // async wrappers, so a refused path becomes a rejected promise as fs.promises callers expect.
    return {
      promises: {
        readFile: (async (p: string, opts?: unknown) => fsp.readFile(guard(p, true), opts as never)) as never,
        writeFile: (async (p: string, data: never, opts?: unknown) => fsp.writeFile(guard(p, true), data, opts as never)) as never,
        unlink: (async (p: string) => fsp.unlink(guard(p, false))) as never,
        readdir: (async (p: string) => fsp.readdir(guard(p, true))) as never,
        mkdir: (async (p: string) => fsp.mkdir(guard(p, true))) as never,
        rmdir: (async (p: string) => fsp.rmdir(guard(p, false))) as never,
        stat: (async (p: string) => fsp.lstat(guard(p, false))) as never,
        lstat: (async (p: string) => fsp.lstat(guard(p, false))) as never,
        readlink: (() => refuse('follow')) as never,
        symlink: (() => refuse('create')) as never,
        chmod: (async (p: string, mode: number) => fsp.chmod(guard(p, true), mode)) as never,
      },
    };
  }
}

/** Byte-order comparison of UTF-8 strings, the order git uses for paths and names. */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  // Fast path for ASCII, which is nearly every path a learner types.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(a) && /^[\x00-\x7f]*$/.test(b)) return a < b ? -1 : 1;
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
