/**
 * Walks over the commit graph: merge bases, ancestry, and the list of commits a rebase or
 * cherry-pick range replays, in the order git replays them.
 */
import type { ObjectStore } from '../core/objects';

/** Every commit reachable from `tips` (including them). */
export function ancestors(store: ObjectStore, tips: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...tips];
  while (stack.length > 0) {
    const oid = stack.pop()!;
    if (seen.has(oid)) continue;
    seen.add(oid);
    stack.push(...store.readCommit(oid).parents);
  }
  return seen;
}

/** The best common ancestors of two commits (`git merge-base --all`), newest first. */
export function mergeBases(store: ObjectStore, a: string, b: string): string[] {
  const fromA = ancestors(store, [a]);
  const common = [...ancestors(store, [b])].filter((oid) => fromA.has(oid));
  const commonSet = new Set(common);
  // A common ancestor that is itself an ancestor of another common ancestor is not "best".
  const dominated = new Set<string>();
  for (const oid of common) {
    if (dominated.has(oid)) continue;
    for (const parent of ancestors(store, store.readCommit(oid).parents)) if (commonSet.has(parent)) dominated.add(parent);
  }
  return common
    .filter((oid) => !dominated.has(oid))
    .sort((x, y) => store.readCommit(y).committer.timestamp - store.readCommit(x).committer.timestamp);
}

/** Whether `ancestor` is `descendant` or one of its ancestors. */
export function isAncestorOf(store: ObjectStore, ancestor: string, descendant: string): boolean {
  return ancestors(store, [descendant]).has(ancestor);
}

/**
 * The commits reachable from `head` but not from `upstream`, oldest first, skipping merge
 * commits: what `git rebase upstream` replays (topological, parents before children).
 */
export function commitsToReplay(store: ObjectStore, upstream: string | undefined, head: string): string[] {
  const excluded = upstream ? ancestors(store, [upstream]) : new Set<string>();
  const order: string[] = [];
  const visited = new Set<string>();
  // Iterative post-order over first-then-other parents gives parents before children.
  const stack: { oid: string; expanded: boolean }[] = [{ oid: head, expanded: false }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (excluded.has(top.oid)) continue;
    if (top.expanded) {
      order.push(top.oid);
      continue;
    }
    if (visited.has(top.oid)) continue;
    visited.add(top.oid);
    stack.push({ oid: top.oid, expanded: true });
    const parents = store.readCommit(top.oid).parents;
    for (let i = parents.length - 1; i >= 0; i--) if (!visited.has(parents[i]!)) stack.push({ oid: parents[i]!, expanded: false });
  }
  return order.filter((oid) => store.readCommit(oid).parents.length <= 1);
}
