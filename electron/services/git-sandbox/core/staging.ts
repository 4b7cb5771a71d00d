/** Staging work-tree files into the index: what `add`, `commit -a` and `rm` share. */
import type { SandboxContext } from '../context';
import { sandboxError } from '../errors';
import { formatBytes } from '../limits';
import { compareBytes } from '../jail';
import { entryFromStat, type IndexEntry } from './index-file';
import { loadIndex, saveIndex } from './repo-ops';
import { fileMode, statMatches } from './worktree';

/** A mutable view of the index: path → stage-0 entry, plus conflict stages by path. */
export class IndexEditor {
  readonly entries = new Map<string, IndexEntry>();
  readonly conflicts = new Map<string, IndexEntry[]>();
  readonly mtimeNs: bigint;
  changed = false;

  constructor(private readonly ctx: SandboxContext) {
    const index = loadIndex(ctx);
    this.mtimeNs = index.mtimeNs;
    for (const e of index.entries) {
      if (e.stage === 0) this.entries.set(e.path, e);
      else this.conflicts.set(e.path, [...(this.conflicts.get(e.path) ?? []), e]);
    }
  }

  /** Every path the index knows (any stage), sorted. */
  paths(): string[] {
    return [...new Set([...this.entries.keys(), ...this.conflicts.keys()])].sort(compareBytes);
  }

  has(path: string): boolean {
    return this.entries.has(path) || this.conflicts.has(path);
  }

  /**
   * Stages the file at `path` as it is in the work tree (or removes it when the file is gone).
   * Returns 'added' | 'updated' | 'removed' | 'unchanged'.
   */
  stageFromWorkTree(path: string): 'added' | 'updated' | 'removed' | 'unchanged' {
    const st = this.ctx.fs.lstatBig(path);
    const existing = this.entries.get(path);
    const wasConflicted = this.conflicts.delete(path);
    if (wasConflicted) this.changed = true;
    if (!st || st.isDirectory()) {
      if (existing || wasConflicted) {
        this.entries.delete(path);
        this.changed = true;
        return 'removed';
      }
      return 'unchanged';
    }
    if (st.isSymbolicLink()) throw sandboxError(`sandbox: '${path}' is a symbolic link; the sandbox does not store links`);
    if (existing && !wasConflicted && statMatches(existing, st, this.mtimeNs)) return 'unchanged';
    if (Number(st.size) > this.ctx.limits.maxFileBytes) {
      throw sandboxError(`sandbox: '${path}' is ${formatBytes(Number(st.size))}; files here are capped at ${formatBytes(this.ctx.limits.maxFileBytes)}`);
    }
    const content = this.ctx.fs.readFile(path);
    const oid = this.ctx.repo().objects.writeBlob(content);
    const entry = entryFromStat(path, oid, fileMode(st), st);
    this.entries.set(path, entry);
    if (existing && existing.oid === oid && existing.mode === entry.mode && !wasConflicted) {
      // Same content: only the stat data was refreshed.
      if (existing.mtimeNs !== entry.mtimeNs || existing.mtimeS !== entry.mtimeS || existing.size !== entry.size || existing.ino !== entry.ino) this.changed = true;
      return 'unchanged';
    }
    this.changed = true;
    return existing ? 'updated' : 'added';
  }

  set(entry: IndexEntry): void {
    this.conflicts.delete(entry.path);
    this.entries.set(entry.path, entry);
    this.changed = true;
  }

  remove(path: string): void {
    if (this.entries.delete(path) || this.conflicts.delete(path)) this.changed = true;
  }

  /** All entries, conflict stages included. */
  all(): IndexEntry[] {
    return [...this.entries.values(), ...[...this.conflicts.values()].flat()];
  }

  save(): void {
    if (this.changed) saveIndex(this.ctx, this.all());
    this.changed = false;
  }
}
