/**
 * References: loose files under `.git/refs`, `.git/packed-refs`, the symbolic `HEAD`, and
 * their reflogs (`.git/logs/<ref>`), written in git's own format so `HEAD@{1}` works here
 * and in real git alike.
 */
import { compareBytes, type SandboxFs } from '../jail';
import { formatSignature, parseSignature, type Signature, ZERO_OID } from './objects';

export interface HeadState {
  /** True when HEAD names a branch (even one with no commits yet). */
  readonly attached: boolean;
  /** 'refs/heads/main' when attached. */
  readonly ref?: string;
  /** 'main' when attached. */
  readonly branch?: string;
  /** The commit HEAD points at; undefined on an unborn branch. */
  readonly oid?: string;
}

export interface RefEntry {
  readonly name: string;
  readonly oid: string;
}

export interface ReflogEntry {
  readonly old: string;
  readonly new: string;
  readonly who: Signature;
  readonly message: string;
}

const OID_RE = /^[0-9a-f]{40}$/;

/** git's copy_reflog_msg: runs of whitespace become one space, and the ends are trimmed. */
export function reflogMessage(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

export class Refs {
  constructor(
    private readonly fs: SandboxFs,
    private readonly gitdir: string,
  ) {}

  private packed(): Map<string, string> {
    const out = new Map<string, string>();
    const text = this.fs.tryReadText(`${this.gitdir}/packed-refs`);
    if (!text) return out;
    for (const line of text.split('\n')) {
      if (line.startsWith('#') || line.startsWith('^') || line.length < 42) continue;
      out.set(line.slice(41), line.slice(0, 40));
    }
    return out;
  }

  /** The raw content of a ref: an oid or a symbolic target, or undefined when missing. */
  readRaw(name: string): { oid?: string; target?: string } | undefined {
    const text = this.fs.tryReadText(`${this.gitdir}/${name}`);
    if (text !== undefined) {
      const value = text.trim();
      if (value.startsWith('ref: ')) return { target: value.slice(5) };
      if (OID_RE.test(value)) return { oid: value };
      return undefined;
    }
    const packed = name.startsWith('refs/') ? this.packed().get(name) : undefined;
    return packed ? { oid: packed } : undefined;
  }

  /** Follows symbolic refs to an oid. */
  resolve(name: string): string | undefined {
    let current = name;
    for (let depth = 0; depth < 5; depth++) {
      const raw = this.readRaw(current);
      if (!raw) return undefined;
      if (raw.oid) return raw.oid;
      current = raw.target!;
    }
    return undefined;
  }

  exists(name: string): boolean {
    return this.readRaw(name) !== undefined;
  }

  head(): HeadState {
    const raw = this.readRaw('HEAD');
    if (raw?.target) {
      const oid = this.resolve(raw.target);
      const branch = raw.target.startsWith('refs/heads/') ? raw.target.slice('refs/heads/'.length) : raw.target;
      return { attached: true, ref: raw.target, branch, ...(oid ? { oid } : {}) };
    }
    return { attached: false, ...(raw?.oid ? { oid: raw.oid } : {}) };
  }

  /** Every ref under `prefix`, loose and packed, sorted by name. */
  list(prefix = 'refs/'): RefEntry[] {
    const found = new Map<string, string>();
    for (const [name, oid] of this.packed()) if (name.startsWith(prefix)) found.set(name, oid);
    const walk = (dir: string): void => {
      const abs = `${this.gitdir}/${dir}`;
      if (!this.fs.isDir(abs)) return;
      for (const name of this.fs.readdir(abs)) {
        const rel = `${dir}/${name}`;
        if (this.fs.isDir(`${this.gitdir}/${rel}`)) walk(rel);
        else if (!name.endsWith('.lock')) {
          const oid = this.resolve(rel);
          if (oid) found.set(rel, oid);
        }
      }
    };
    const base = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix.slice(0, prefix.lastIndexOf('/'));
    walk(base);
    return [...found]
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, oid]) => ({ name, oid }))
      .sort((a, b) => compareBytes(a.name, b.name));
  }

  /** Writes a ref file directly (no reflog): use `updateRef` in context.ts for user-visible moves. */
  writeRaw(name: string, oid: string): void {
    this.fs.writeFileAtomic(`${this.gitdir}/${name}`, `${oid}\n`);
  }

  writeSymbolic(name: string, target: string): void {
    this.fs.writeFileAtomic(`${this.gitdir}/${name}`, `ref: ${target}\n`);
  }

  /** Deletes a ref, loose and packed, and its reflog. */
  delete(name: string): void {
    this.fs.removeFileIfPresent(`${this.gitdir}/${name}`);
    if (name.startsWith('refs/')) {
      this.removeEmptyRefDirs(name);
      const text = this.fs.tryReadText(`${this.gitdir}/packed-refs`);
      if (text && text.includes(` ${name}\n`)) {
        const lines = text.split('\n');
        const out: string[] = [];
        for (let i = 0; i < lines.length; i++) {
          if (lines[i]!.slice(41) === name) {
            if (lines[i + 1]?.startsWith('^')) i++;
            continue;
          }
          out.push(lines[i]!);
        }
        this.fs.writeFileAtomic(`${this.gitdir}/packed-refs`, out.join('\n'));
      }
    }
    this.deleteReflog(name);
  }

  /** After deleting refs/heads/a/b, removes refs/heads/a if empty, but never refs/heads itself. */
  private removeEmptyRefDirs(name: string): void {
    const parts = name.split('/');
    for (let depth = parts.length - 1; depth > 2; depth--) {
      const dir = `${this.gitdir}/${parts.slice(0, depth).join('/')}`;
      if (!this.fs.isDir(dir) || this.fs.readdir(dir).length > 0) return;
      this.fs.rmdir(dir);
    }
  }

  // --- reflogs ---

  private logPath(name: string): string {
    return `${this.gitdir}/logs/${name}`;
  }

  /** Whether git would keep a reflog for this ref with core.logAllRefUpdates = true. */
  shouldLog(name: string): boolean {
    return name === 'HEAD' || /^refs\/(heads|remotes|notes)\//.test(name) || this.fs.isFile(this.logPath(name));
  }

  appendReflog(name: string, oldOid: string | undefined, newOid: string, who: Signature, message: string): void {
    const line = `${oldOid ?? ZERO_OID} ${newOid} ${formatSignature(who)}\t${reflogMessage(message)}\n`;
    this.fs.mkdirp(this.logPath(name).replace(/\/[^/]+$/, ''));
    this.fs.appendFile(this.logPath(name), line);
  }

  /** Reflog entries, newest first (the order `git reflog` prints and `@{N}` counts). */
  reflog(name: string): ReflogEntry[] {
    const text = this.fs.tryReadText(this.logPath(name));
    if (!text) return [];
    const out: ReflogEntry[] = [];
    for (const line of text.split('\n')) {
      if (line.length < 82) continue;
      const tab = line.indexOf('\t');
      const head = tab === -1 ? line : line.slice(0, tab);
      out.push({ old: head.slice(0, 40), new: head.slice(41, 81), who: parseSignature(head.slice(82)), message: tab === -1 ? '' : line.slice(tab + 1) });
    }
    return out.reverse();
  }

  deleteReflog(name: string): void {
    this.fs.removeFileIfPresent(this.logPath(name));
  }

  renameReflog(from: string, to: string): void {
    const text = this.fs.tryReadText(this.logPath(from));
    if (text === undefined) return;
    this.fs.mkdirp(this.logPath(to).replace(/\/[^/]+$/, ''));
    this.fs.writeFileAtomic(this.logPath(to), text);
    this.deleteReflog(from);
  }

  /** Replaces a reflog wholesale (stash drop rewrites refs/stash's log this way). */
  writeReflog(name: string, entriesNewestFirst: readonly ReflogEntry[]): void {
    const lines = [...entriesNewestFirst].reverse().map((e) => `${e.old} ${e.new} ${formatSignature(e.who)}\t${e.message}\n`);
    if (lines.length === 0) this.deleteReflog(name);
    else this.fs.writeFileAtomic(this.logPath(name), lines.join(''));
  }
}
