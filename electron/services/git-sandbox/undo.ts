/**
 * Snapshot-based undo. Before a command that may change something, the runner records every
 * file of the sandbox except object folders (objects are immutable and content-addressed, so
 * leaving new ones behind is harmless, as after `git reset`). Unchanged files share their
 * buffer with the previous snapshot, so a snapshot of an unchanged repo costs only stat calls.
 */
import type { SandboxFs } from './jail';

interface FileRecord {
  readonly content: Buffer;
  readonly mtimeNs: bigint;
  readonly size: bigint;
  readonly ino: bigint;
}

export interface Snapshot {
  readonly label: string;
  readonly cwd: string;
  readonly files: ReadonlyMap<string, FileRecord>;
  readonly dirs: ReadonlySet<string>;
}

/** Object folders (ours and the simulated remotes'): immutable, so never snapshotted. */
const isObjectDir = (rel: string) => rel === '.git/objects' || /^\.remotes\/[^/]+\/objects$/.test(rel);

export class UndoStack {
  private readonly stack: Snapshot[] = [];

  constructor(
    private readonly fs: SandboxFs,
    private readonly depth: number,
  ) {}

  get size(): number {
    return this.stack.length;
  }

  /** Records the sandbox as it is now, labelled with the command about to run. */
  record(label: string, cwd: string): void {
    const previous = this.stack.at(-1)?.files;
    const files = new Map<string, FileRecord>();
    const dirs = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of this.fs.readdirTyped(dir === '' ? '.' : dir)) {
        const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (isObjectDir(rel)) continue;
        if (entry.isDirectory()) {
          dirs.add(rel);
          walk(rel);
        } else if (entry.isFile()) {
          const st = this.fs.lstatBig(rel)!;
          const old = previous?.get(rel);
          if (old && old.mtimeNs === st.mtimeNs && old.size === st.size && old.ino === st.ino) files.set(rel, old);
          else files.set(rel, { content: this.fs.readFile(rel), mtimeNs: st.mtimeNs, size: st.size, ino: st.ino });
        }
      }
    };
    walk('');
    this.stack.push({ label, cwd, files, dirs });
    if (this.stack.length > this.depth) this.stack.shift();
  }

  /** Drops the newest snapshot (the command turned out to change nothing worth undoing). */
  discard(): void {
    this.stack.pop();
  }

  /** Puts the sandbox back as the newest snapshot recorded it; returns that snapshot. */
  restore(): Snapshot | undefined {
    const snap = this.stack.pop();
    if (!snap) return undefined;
    const present: string[] = [];
    const presentDirs: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of this.fs.readdirTyped(dir === '' ? '.' : dir)) {
        const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (isObjectDir(rel)) continue;
        if (entry.isDirectory()) {
          presentDirs.push(rel);
          walk(rel);
        } else present.push(rel);
      }
    };
    walk('');
    for (const rel of present) {
      const want = snap.files.get(rel);
      if (!want) {
        this.fs.unlink(rel);
        continue;
      }
      const st = this.fs.lstatBig(rel);
      if (st && st.isFile() && st.mtimeNs === want.mtimeNs && st.size === want.size && st.ino === want.ino) continue;
      this.fs.writeFile(rel, want.content);
    }
    for (const rel of presentDirs.sort().reverse()) {
      if (!snap.dirs.has(rel)) this.fs.removeTree(rel);
    }
    for (const rel of [...snap.dirs].sort()) this.fs.mkdirp(rel);
    for (const [rel, record] of snap.files) {
      if (!this.fs.exists(rel)) this.fs.writeFile(rel, record.content);
    }
    return snap;
  }
}
