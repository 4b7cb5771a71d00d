/**
 * Three-way merge of whole trees, the way git's merge-ort decides each path: one side's
 * change wins when the other left the path alone, both-changed text files are merged line
 * by line, and what cannot be decided becomes a conflict with index stages 1/2/3 (base,
 * ours, theirs) so `git status` reports "both modified", "deleted by them" and so on.
 * Renames are followed when they are exact (the file moved without changing, as `git mv`
 * does): the other side's edits land on the new path. A moved file that was also edited
 * reads as a delete plus an add (git's similarity-based detection is not done).
 */
import { compareBytes } from '../jail';
import type { ObjectStore, TreeEntry } from '../core/objects';
import { mergeFile } from './merge-file';

export interface Side {
  readonly mode: string;
  readonly oid: string;
}

export type ConflictKind = 'content' | 'add/add' | 'modify/delete' | 'delete/modify' | 'binary';

export interface PathConflict {
  readonly path: string;
  readonly kind: ConflictKind;
  readonly base?: Side;
  readonly ours?: Side;
  readonly theirs?: Side;
}

export interface TreeMergeResult {
  /** Path → what the work tree holds after the merge (conflicted text files carry markers). */
  readonly files: ReadonlyMap<string, Side>;
  /** Paths with stages 1–3 instead of a stage-0 entry. */
  readonly conflicts: readonly PathConflict[];
  /** "Auto-merging …" and "CONFLICT (…)" lines in git's order (sorted by path). */
  readonly messages: readonly string[];
}

export interface TreeMergeLabels {
  /** Our side as markers and messages name it: `HEAD`. */
  readonly ours: string;
  /** Their side: the branch as typed, or `abc1234 (subject)` when picking a commit. */
  readonly theirs: string;
}

const BINARY_PROBE = 8000;

function isBinary(data: Buffer): boolean {
  return data.subarray(0, BINARY_PROBE).includes(0);
}

function same(a: Side | undefined, b: Side | undefined): boolean {
  if (!a || !b) return a === b;
  return a.mode === b.mode && a.oid === b.oid;
}

function toSides(entries: ReadonlyMap<string, TreeEntry>): Map<string, Side> {
  const out = new Map<string, Side>();
  for (const [path, entry] of entries) out.set(path, { mode: entry.mode, oid: entry.oid });
  return out;
}

function isRegular(side: Side): boolean {
  return side.mode === '100644' || side.mode === '100755';
}

/** Merges `theirs` into `ours` with `base` as the common ancestor (any may be undefined: empty). */
export function mergeTrees(
  store: ObjectStore,
  baseTree: string | undefined,
  oursTree: string | undefined,
  theirsTree: string | undefined,
  labels: TreeMergeLabels,
): TreeMergeResult {
  const base = toSides(store.flattenTree(baseTree));
  const ours = toSides(store.flattenTree(oursTree));
  const theirs = toSides(store.flattenTree(theirsTree));
  // Path → the path the other side still uses, for files one side moved.
  const renamed = new Map<string, { ours: string; theirs: string }>();
  followRenames(base, theirs, ours, (from, to) => renamed.set(to, { ours: from, theirs: to }));
  followRenames(base, ours, theirs, (from, to) => renamed.set(to, { ours: to, theirs: from }));
  const paths = [...new Set([...base.keys(), ...ours.keys(), ...theirs.keys()])].sort(compareBytes);
  const files = new Map<string, Side>();
  const conflicts: PathConflict[] = [];
  const messages: string[] = [];

  for (const path of paths) {
    const b = base.get(path);
    const o = ours.get(path);
    const t = theirs.get(path);
    let result: Side | undefined;
    if (same(o, t)) result = o;
    else if (same(b, o)) result = t;
    else if (same(b, t)) result = o;
    else if (o && t) {
      const moved = renamed.get(path);
      const pathLabels = moved ? { ours: `${labels.ours}:${moved.ours}`, theirs: `${labels.theirs}:${moved.theirs}` } : labels;
      const merged = mergeBothChanged(store, path, b, o, t, pathLabels, messages);
      result = merged.side;
      if (merged.conflict) conflicts.push(merged.conflict);
    } else if (o) {
      messages.push(`CONFLICT (modify/delete): ${path} deleted in ${labels.theirs} and modified in ${labels.ours}.  Version ${labels.ours} of ${path} left in tree.`);
      conflicts.push({ path, kind: 'modify/delete', ...(b ? { base: b } : {}), ours: o });
      result = o;
    } else if (t) {
      messages.push(`CONFLICT (modify/delete): ${path} deleted in ${labels.ours} and modified in ${labels.theirs}.  Version ${labels.theirs} of ${path} left in tree.`);
      conflicts.push({ path, kind: 'delete/modify', ...(b ? { base: b } : {}), theirs: t });
      result = t;
    }
    if (result) files.set(path, result);
  }
  return { files, conflicts, messages };
}

function mergedMode(b: Side | undefined, o: Side, t: Side): string {
  if (o.mode === t.mode) return o.mode;
  if (b && b.mode === o.mode) return t.mode;
  return o.mode;
}

function mergeBothChanged(
  store: ObjectStore,
  path: string,
  b: Side | undefined,
  o: Side,
  t: Side,
  labels: TreeMergeLabels,
  messages: string[],
): { side: Side; conflict?: PathConflict } {
  const mode = mergedMode(b, o, t);
  const kind: ConflictKind = b ? 'content' : 'add/add';
  const stages = { ...(b ? { base: b } : {}), ours: o, theirs: t };
  if (o.oid === t.oid) return { side: { mode, oid: o.oid } };
  if (!isRegular(o) || !isRegular(t)) {
    messages.push(`CONFLICT (${kind}): Merge conflict in ${path}`);
    return { side: o, conflict: { path, kind, ...stages } };
  }
  const baseData = b && isRegular(b) ? store.readBlob(b.oid) : Buffer.alloc(0);
  const oursData = store.readBlob(o.oid);
  const theirsData = store.readBlob(t.oid);
  messages.push(`Auto-merging ${path}`);
  if (isBinary(baseData) || isBinary(oursData) || isBinary(theirsData)) {
    messages.push(`warning: Cannot merge binary files: ${path} (${labels.ours} vs. ${labels.theirs})`);
    messages.push(`CONFLICT (${kind}): Merge conflict in ${path}`);
    return { side: { mode, oid: o.oid }, conflict: { path, kind: 'binary', ...stages } };
  }
  const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');
  const merged = mergeFile({
    base: baseData.toString('latin1'),
    ours: oursData.toString('latin1'),
    theirs: theirsData.toString('latin1'),
    oursLabel: latin1(labels.ours),
    theirsLabel: latin1(labels.theirs),
  });
  const oid = store.writeBlob(Buffer.from(merged.text, 'latin1'));
  if (merged.conflicts === 0) return { side: { mode, oid } };
  messages.push(`CONFLICT (${kind}): Merge conflict in ${path}`);
  return { side: { mode, oid }, conflict: { path, kind, ...stages } };
}

/**
 * Finds files `mover` moved unchanged (deleted at one path, same blob added at another) while
 * `other` kept the old path, and re-files the base and `other` entries under the new path.
 */
function followRenames(base: Map<string, Side>, mover: Map<string, Side>, other: Map<string, Side>, record: (from: string, to: string) => void): void {
  const added = new Map<string, string[]>();
  for (const [path, side] of mover) if (!base.has(path)) added.set(side.oid, [...(added.get(side.oid) ?? []), path]);
  for (const [from, side] of [...base]) {
    if (mover.has(from) || !other.has(from)) continue;
    const candidates = (added.get(side.oid) ?? []).filter((to) => !other.has(to) && !base.has(to));
    if (candidates.length !== 1) continue;
    const to = candidates[0]!;
    added.set(side.oid, (added.get(side.oid) ?? []).filter((p) => p !== to));
    base.set(to, side);
    base.delete(from);
    other.set(to, other.get(from)!);
    other.delete(from);
    record(from, to);
  }
}
