/**
 * Moving the work tree and index between trees: the two-way switch that `git switch` and
 * `git checkout <branch>` do (local changes carried over, refused when they would be lost),
 * the forced version behind `reset --hard`, and `reset --mixed`'s index-only reset.
 */
import { CommandError } from '../errors';
import type { SandboxContext } from '../context';
import { compareBytes } from '../jail';
import { entryFromStat, entryWithoutStat, type IndexEntry } from './index-file';
import type { TreeEntry } from './objects';
import { loadIndex, saveIndex } from './repo-ops';
import { compareWithWorkTree } from './worktree';

function sameEntry(a: { oid: string; mode: string } | undefined, b: { oid: string; mode: string } | undefined): boolean {
  if (!a || !b) return a === b;
  return a.oid === b.oid && a.mode === b.mode;
}

const asTree = (e: IndexEntry | undefined) => (e ? { oid: e.oid, mode: e.mode.toString(8) } : undefined);

/**
 * Refuses a path from a tree that could escape the work tree or reach into .git: empty, '.'
 * or '..' components, '.git' in any case, backslashes (git for Windows' separators) or NUL.
 * Real git refuses the same trees (fsck's "hasDotgit", "hasDotdot").
 */
export function assertSafeTreePath(path: string): void {
  const bad = path.includes('\\') || path.includes('\0') || path.split('/').some((part) => part === '' || part === '.' || part === '..' || part.toLowerCase() === '.git');
  if (bad) throw new CommandError([`error: invalid path '${path}' in the commit; the sandbox will not check it out`], 128);
}

/** Writes a blob to the work tree and returns the index entry with fresh stat data. */
export function writeWorkFile(ctx: SandboxContext, path: string, entry: { oid: string; mode: string }): IndexEntry {
  assertSafeTreePath(path);
  const mode = parseInt(entry.mode, 8);
  if (mode === 0o120000) {
    throw new CommandError([`error: '${path}' is a symbolic link in this commit; the sandbox does not create links, so it cannot check it out`], 1);
  }
  if (mode === 0o160000) return entryWithoutStat(path, entry.oid, mode);
  const content = ctx.repo().objects.readBlob(entry.oid);
  if (ctx.fs.isDir(path)) ctx.fs.removeTree(path);
  ctx.fs.writeFile(path, content);
  const st = ctx.fs.lstatBig(path)!;
  return entryFromStat(path, entry.oid, mode, st);
}

function removeWorkFile(ctx: SandboxContext, path: string): void {
  const st = ctx.fs.lstat(path);
  if (st && !st.isDirectory()) {
    ctx.fs.unlink(path);
    ctx.fs.removeEmptyParents(path);
  }
}

function assertNoLinks(target: ReadonlyMap<string, TreeEntry>): void {
  for (const [path, entry] of target) {
    assertSafeTreePath(path);
    if (entry.mode === '120000') {
      throw new CommandError([`error: '${path}' is a symbolic link in this commit; the sandbox does not create links, so it cannot check it out`], 1);
    }
  }
}

export interface SwitchOptions {
  /** Discard local changes (checkout -f, reset --hard). */
  readonly force?: boolean;
  /** 'checkout' or 'merge' etc., for the wording of the refusal. */
  readonly verb?: string;
}

/**
 * Moves index and work tree from `fromTree` to `toTree`. Without force, paths whose local
 * changes would be lost stop the whole operation with git's message; otherwise changes to
 * paths that do not differ between the trees are kept.
 */
export function switchTrees(ctx: SandboxContext, fromTree: string | undefined, toTree: string | undefined, options: SwitchOptions = {}): void {
  const { objects } = ctx.repo();
  const from = objects.flattenTree(fromTree);
  const to = objects.flattenTree(toTree);
  assertNoLinks(to);
  const index = loadIndex(ctx);
  const current = new Map<string, IndexEntry>();
  const conflicted = new Set<string>();
  for (const e of index.entries) {
    if (e.stage === 0) current.set(e.path, e);
    else conflicted.add(e.path);
  }
  const paths = [...new Set([...from.keys(), ...to.keys(), ...(options.force ? current.keys() : [])])].sort(compareBytes);
  const overwritten: string[] = [];
  const untrackedOverwritten: string[] = [];
  const changes: { path: string; target?: TreeEntry }[] = [];
  for (const path of paths) {
    const h = from.get(path);
    const t = to.get(path);
    const i = current.get(path);
    if (options.force) {
      if (sameEntry(asTree(i), t) && i && compareWithWorkTree(ctx, i, index.mtimeNs).state === 'clean' && !conflicted.has(path)) continue;
      changes.push({ path, ...(t ? { target: t } : {}) });
      continue;
    }
    if (sameEntry(h, t)) continue;
    if (sameEntry(asTree(i), t) && !conflicted.has(path)) continue; // already what the target wants
    const indexClean = sameEntry(asTree(i), h) && !conflicted.has(path);
    const workClean = !i || compareWithWorkTree(ctx, i, index.mtimeNs).state === 'clean';
    if (!indexClean || !workClean) {
      overwritten.push(path);
      continue;
    }
    if (!i && !h && t && ctx.fs.exists(path)) {
      untrackedOverwritten.push(path);
      continue;
    }
    changes.push({ path, ...(t ? { target: t } : {}) });
  }
  const verb = options.verb ?? 'checkout';
  if (overwritten.length || untrackedOverwritten.length) {
    const lines: string[] = [];
    if (overwritten.length) {
      lines.push(`error: Your local changes to the following files would be overwritten by ${verb}:`, ...overwritten.map((p) => `\t${p}`));
      lines.push(verb === 'checkout' ? 'Please commit your changes or stash them before you switch branches.' : `Please commit your changes or stash them before you ${verb}.`);
    }
    if (untrackedOverwritten.length) {
      lines.push(`error: The following untracked working tree files would be overwritten by ${verb}:`, ...untrackedOverwritten.map((p) => `\t${p}`));
      lines.push(verb === 'checkout' ? 'Please move or remove them before you switch branches.' : `Please move or remove them before you ${verb}.`);
    }
    lines.push('Aborting');
    throw new CommandError(lines, 1);
  }
  const next = new Map(current);
  if (options.force) for (const path of conflicted) if (!to.has(path)) removeWorkFile(ctx, path);
  for (const change of changes) {
    if (!change.target) {
      next.delete(change.path);
      removeWorkFile(ctx, change.path);
    }
  }
  for (const change of changes) {
    if (change.target) next.set(change.path, writeWorkFile(ctx, change.path, change.target));
  }
  const entries = [...next.values()];
  if (!options.force) for (const e of index.entries) if (e.stage > 0) entries.push(e);
  saveIndex(ctx, entries);
}

/**
 * Sets the index to a tree without touching the work tree (`reset --mixed`). Entries whose
 * content did not change keep their stat data, so status stays fast.
 */
export function resetIndexTo(ctx: SandboxContext, tree: string | undefined, onlyPaths?: (path: string) => boolean): void {
  const target = ctx.repo().objects.flattenTree(tree);
  const index = loadIndex(ctx);
  const old = new Map(index.entries.filter((e) => e.stage === 0).map((e) => [e.path, e]));
  const entries: IndexEntry[] = [];
  if (onlyPaths) {
    for (const e of index.entries) if (!onlyPaths(e.path)) entries.push(e);
    for (const [path, t] of target) {
      if (!onlyPaths(path)) continue;
      const prev = old.get(path);
      entries.push(prev && prev.oid === t.oid && prev.mode.toString(8) === t.mode ? prev : entryWithoutStat(path, t.oid, parseInt(t.mode, 8)));
    }
  } else {
    for (const [path, t] of target) {
      const prev = old.get(path);
      entries.push(prev && prev.oid === t.oid && prev.mode.toString(8) === t.mode ? prev : entryWithoutStat(path, t.oid, parseInt(t.mode, 8)));
    }
  }
  saveIndex(ctx, entries);
}
