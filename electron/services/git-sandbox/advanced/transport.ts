/**
 * The in-process transport between two repositories of the sandbox (a work repository and
 * its bare remotes): copies every object reachable from some tips that the target lacks.
 * Like git's negotiation, a commit the target already has is taken to come with its whole
 * history, so a fetch of one new commit copies only that commit, its tree and new blobs.
 */
import type { ObjectStore } from '../core/objects';
import { parseCommit, parseTag, parseTree } from '../core/objects';

/** Copies the objects reachable from `tips` into `to`; returns how many were copied. */
export function copyReachable(from: ObjectStore, to: ObjectStore, tips: readonly string[]): number {
  const seen = new Set<string>();
  const stack = [...tips];
  let copied = 0;
  while (stack.length > 0) {
    const oid = stack.pop()!;
    if (seen.has(oid)) continue;
    seen.add(oid);
    if (to.has(oid)) continue;
    const object = from.read(oid);
    if (object.type === 'commit') {
      const commit = parseCommit(object.content);
      stack.push(commit.tree, ...commit.parents);
    } else if (object.type === 'tree') {
      // Submodule entries (mode 160000) point into another repository: nothing to copy.
      for (const entry of parseTree(object.content)) if (entry.mode !== '160000') stack.push(entry.oid);
    } else if (object.type === 'tag') {
      stack.push(parseTag(object.content).object);
    }
    to.write(object.type, object.content);
    copied++;
  }
  return copied;
}

/** Whether `ancestor` is reachable from `descendant` by following parents (or equal to it). */
export function isAncestor(store: ObjectStore, ancestor: string, descendant: string): boolean {
  if (ancestor === descendant) return true;
  const seen = new Set<string>();
  const stack = [descendant];
  while (stack.length > 0) {
    const oid = stack.pop()!;
    if (oid === ancestor) return true;
    if (seen.has(oid) || !store.has(oid)) continue;
    seen.add(oid);
    stack.push(...store.readCommit(oid).parents);
  }
  return false;
}
