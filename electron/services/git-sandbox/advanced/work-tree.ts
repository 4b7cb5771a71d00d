/**
 * Puts the outcome of a merge (or a fast-forward, a pick, a stash apply) into the index and
 * the work tree, after checking that no local change or untracked file would be lost —
 * with git's own refusal messages when one would.
 */
import { CommandError } from '../errors';
import type { SandboxContext } from '../context';
import { entryFromStat, entryWithoutStat, modeFromString, type IndexEntry } from '../core/index-file';
import { hashObject } from '../core/objects';
import { loadIndex, saveIndex } from '../core/repo-ops';
import { compareBytes } from '../jail';
import type { PathConflict, Side } from './tree-merge';

export type Operation = 'merge' | 'checkout' | 'cherry-pick' | 'revert' | 'rebase' | 'stash' | 'reset';

/** The blob a work-tree file would hash to, or undefined when there is no file there. */
export function workTreeSide(ctx: SandboxContext, path: string): Side | undefined {
  const st = ctx.fs.lstat(path);
  if (!st || st.isDirectory()) return undefined;
  const data = ctx.fs.readFile(path);
  return { mode: st.mode & 0o111 ? '100755' : '100644', oid: hashObject('blob', data) };
}

function indexSide(entry: IndexEntry | undefined): Side | undefined {
  return entry ? { mode: entry.mode.toString(8), oid: entry.oid } : undefined;
}

function sameSide(a: Side | undefined, b: Side | undefined): boolean {
  if (!a || !b) return a === b;
  return a.oid === b.oid && a.mode === b.mode;
}

/** Whether a work-tree file still holds what the index entry says (stat first, then content). */
function workTreeMatchesIndex(ctx: SandboxContext, entry: IndexEntry): boolean {
  const st = ctx.fs.lstatBig(entry.path);
  if (!st || st.isDirectory()) return false;
  const mtimeS = Number(st.mtimeNs / 1_000_000_000n);
  const mtimeNs = Number(st.mtimeNs % 1_000_000_000n);
  if (entry.size === Number(st.size) && entry.mtimeS === mtimeS && entry.mtimeNs === mtimeNs && entry.ino === Number(st.ino & 0xffffffffn)) return true;
  return workTreeSide(ctx, entry.path)?.oid === entry.oid;
}

const HINT_BY_OPERATION: Record<Operation, string> = {
  merge: 'Please commit your changes or stash them before you merge.',
  checkout: 'Please commit your changes or stash them before you switch branches.',
  'cherry-pick': 'Please commit your changes or stash them before you merge.',
  revert: 'Please commit your changes or stash them before you merge.',
  rebase: 'Please commit your changes or stash them before you merge.',
  stash: 'Please commit your changes or stash them before you merge.',
  reset: 'Please commit your changes or stash them before you merge.',
};

/** The word git uses in "would be overwritten by <word>". */
function verb(operation: Operation): string {
  return operation === 'checkout' ? 'checkout' : 'merge';
}

/**
 * Refuses, as git's unpack-trees does, when writing `target` over `current` (path → side)
 * would lose a local change or an untracked file.
 */
export function checkOverwrites(ctx: SandboxContext, current: ReadonlyMap<string, Side>, target: ReadonlyMap<string, Side>, touched: Iterable<string>, operation: Operation): void {
  const index = new Map(loadIndex(ctx).entries.filter((e) => e.stage === 0).map((e) => [e.path, e]));
  const dirty: string[] = [];
  const untracked: string[] = [];
  for (const path of touched) {
    const want = target.get(path);
    const have = current.get(path);
    const entry = index.get(path);
    if (sameSide(want, have)) continue;
    if (entry) {
      if (!sameSide(indexSide(entry), have) && !sameSide(indexSide(entry), want)) dirty.push(path);
      else if (!workTreeMatchesIndex(ctx, entry) && !sameSide(workTreeSide(ctx, path), want)) dirty.push(path);
    } else if (have) {
      // Deleted from the index: git counts that as a local change only if the file came back.
      if (ctx.fs.exists(path) && !sameSide(workTreeSide(ctx, path), want)) dirty.push(path);
    } else {
      const onDisk = workTreeSide(ctx, path);
      if (onDisk && !sameSide(onDisk, want)) untracked.push(path);
    }
  }
  if (dirty.length > 0) {
    throw new CommandError(
      [
        `error: Your local changes to the following files would be overwritten by ${verb(operation)}:`,
        ...dirty.sort(compareBytes).map((p) => `\t${p}`),
        HINT_BY_OPERATION[operation],
        'Aborting',
      ],
      1,
    );
  }
  if (untracked.length > 0) {
    throw new CommandError(
      [
        `error: The following untracked working tree files would be overwritten by ${verb(operation)}:`,
        ...untracked.sort(compareBytes).map((p) => `\t${p}`),
        `Please move or remove them before you ${operation === 'checkout' ? 'switch branches' : 'merge'}.`,
        'Aborting',
      ],
      1,
    );
  }
}

/** Paths whose side differs between two path → side maps. */
export function changedPaths(a: ReadonlyMap<string, Side>, b: ReadonlyMap<string, Side>): string[] {
  const out: string[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) if (!sameSide(a.get(path), b.get(path))) out.push(path);
  return out.sort(compareBytes);
}

export interface WorkTreeUpdate {
  /** What HEAD's tree (the "from" side) holds, path → side. */
  readonly current: ReadonlyMap<string, Side>;
  /** What the work tree should hold afterwards. */
  readonly target: ReadonlyMap<string, Side>;
  /** Paths to record as conflicts (stages 1–3) instead of stage 0. */
  readonly conflicts?: readonly PathConflict[];
  /** Extra paths whose index entries must be reset to `target` even if unchanged from HEAD. */
  readonly alsoPaths?: readonly string[];
}

/** Writes files and index entries so the work tree shows `target` (checked beforehand). */
export function applyToWorkTree(ctx: SandboxContext, update: WorkTreeUpdate): void {
  const { objects } = ctx.repo();
  const conflicts = new Map((update.conflicts ?? []).map((c) => [c.path, c]));
  const touched = new Set([...changedPaths(update.current, update.target), ...conflicts.keys(), ...(update.alsoPaths ?? [])]);
  const entries = loadIndex(ctx).entries.filter((e) => !touched.has(e.path));
  for (const path of [...touched].sort(compareBytes)) {
    const want = update.target.get(path);
    if (!want) {
      if (ctx.fs.lstat(path) && !ctx.fs.isDir(path)) {
        ctx.fs.unlink(path);
        ctx.fs.removeEmptyParents(path);
      }
    } else if (!sameSide(workTreeSide(ctx, path), want)) {
      if (ctx.fs.isDir(path)) ctx.fs.removeTree(path);
      ctx.fs.writeFile(path, objects.readBlob(want.oid));
    }
    const conflict = conflicts.get(path);
    if (conflict) {
      if (conflict.base) entries.push(entryWithoutStat(path, conflict.base.oid, modeFromString(conflict.base.mode), 1));
      if (conflict.ours) entries.push(entryWithoutStat(path, conflict.ours.oid, modeFromString(conflict.ours.mode), 2));
      if (conflict.theirs) entries.push(entryWithoutStat(path, conflict.theirs.oid, modeFromString(conflict.theirs.mode), 3));
    } else if (want) {
      const st = ctx.fs.lstatBig(path);
      entries.push(st ? entryFromStat(path, want.oid, modeFromString(want.mode), st) : entryWithoutStat(path, want.oid, modeFromString(want.mode)));
    }
  }
  saveIndex(ctx, entries);
}

/** A tree's files as path → side. */
export function treeSides(ctx: SandboxContext, tree: string | undefined): Map<string, Side> {
  const out = new Map<string, Side>();
  for (const [path, entry] of ctx.repo().objects.flattenTree(tree)) out.set(path, { mode: entry.mode, oid: entry.oid });
  return out;
}

/** The stage-0 index as path → side (conflicted paths are left out). */
export function indexSides(ctx: SandboxContext): Map<string, Side> {
  const out = new Map<string, Side>();
  for (const e of loadIndex(ctx).entries) if (e.stage === 0) out.set(e.path, { mode: e.mode.toString(8), oid: e.oid });
  return out;
}

/**
 * True when the index or work tree differs from HEAD's tree (tracked files only), looking only
 * at the paths `only` accepts when it is given (a pathspec).
 */
export function hasLocalChanges(ctx: SandboxContext, headFiles: ReadonlyMap<string, Side>, only?: (path: string) => boolean): { staged: boolean; unstaged: boolean } {
  const wanted = only ?? (() => true);
  const entries = loadIndex(ctx).entries.filter((e) => wanted(e.path));
  let staged = entries.some((e) => e.stage > 0);
  let unstaged = false;
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.stage > 0) continue;
    seen.add(e.path);
    if (!sameSide(indexSide(e), headFiles.get(e.path))) staged = true;
    if (!workTreeMatchesIndex(ctx, e)) unstaged = true;
  }
  for (const path of headFiles.keys()) if (!seen.has(path) && wanted(path)) staged = true;
  return { staged, unstaged };
}
