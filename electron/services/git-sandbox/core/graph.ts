/**
 * Walking the commit graph: ancestry, merge bases, ahead/behind counts, and the commit
 * orders `git log` uses (newest first by committer date; topological with --graph).
 */
import type { SandboxContext } from '../context';

/** Every commit reachable from `starts` (including them). */
export function ancestors(ctx: SandboxContext, starts: Iterable<string>): Set<string> {
  const { objects } = ctx.repo();
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length) {
    const oid = stack.pop()!;
    if (seen.has(oid)) continue;
    seen.add(oid);
    for (const parent of objects.readCommit(oid).parents) if (!seen.has(parent)) stack.push(parent);
  }
  return seen;
}

export function isAncestor(ctx: SandboxContext, maybeAncestor: string, of: string): boolean {
  if (maybeAncestor === of) return true;
  return ancestors(ctx, [of]).has(maybeAncestor);
}

/** Best common ancestors of a and b (git merge-base --all). */
export function mergeBases(ctx: SandboxContext, a: string, b: string): string[] {
  const { objects } = ctx.repo();
  const fromA = ancestors(ctx, [a]);
  const fromB = ancestors(ctx, [b]);
  const common = [...fromA].filter((oid) => fromB.has(oid));
  const commonSet = new Set(common);
  // Drop any common ancestor that is an ancestor of another common ancestor.
  const dominated = new Set<string>();
  for (const oid of common) {
    for (const parent of objects.readCommit(oid).parents) {
      if (!commonSet.has(parent)) continue;
      for (const x of ancestors(ctx, [parent])) dominated.add(x);
    }
  }
  return common.filter((oid) => !dominated.has(oid));
}

/** Commits on `a` not on `b` (ahead) and on `b` not on `a` (behind). */
export function aheadBehind(ctx: SandboxContext, a: string, b: string): { ahead: number; behind: number } {
  const fromA = ancestors(ctx, [a]);
  const fromB = ancestors(ctx, [b]);
  let ahead = 0;
  let behind = 0;
  for (const oid of fromA) if (!fromB.has(oid)) ahead++;
  for (const oid of fromB) if (!fromA.has(oid)) behind++;
  return { ahead, behind };
}

/**
 * Commits reachable from `include` but not from `exclude`, newest first by committer date
 * (ties keep discovery order, as git's priority queue does).
 */
export function walkByDate(ctx: SandboxContext, include: readonly string[], exclude: readonly string[] = [], firstParent = false): string[] {
  const { objects } = ctx.repo();
  const hidden = exclude.length ? ancestors(ctx, exclude) : new Set<string>();
  const out: string[] = [];
  const queued = new Set<string>();
  let counter = 0;
  const queue: { oid: string; time: number; order: number }[] = [];
  const push = (oid: string) => {
    if (queued.has(oid) || hidden.has(oid)) return;
    queued.add(oid);
    queue.push({ oid, time: objects.readCommit(oid).committer.timestamp, order: counter++ });
  };
  for (const oid of include) push(oid);
  while (queue.length) {
    let best = 0;
    for (let i = 1; i < queue.length; i++) {
      const q = queue[i]!;
      const b = queue[best]!;
      if (q.time > b.time || (q.time === b.time && q.order < b.order)) best = i;
    }
    const { oid } = queue.splice(best, 1)[0]!;
    out.push(oid);
    const parents = objects.readCommit(oid).parents;
    for (const parent of firstParent ? parents.slice(0, 1) : parents) push(parent);
  }
  return out;
}

/**
 * Topological order as `git log --graph` shows it: no parent before its children, and one
 * line of history followed to its end before the next (the second parent of a merge first).
 */
export function walkTopo(ctx: SandboxContext, include: readonly string[], exclude: readonly string[] = []): string[] {
  const { objects } = ctx.repo();
  const byDate = walkByDate(ctx, include, exclude);
  const members = new Set(byDate);
  const indegree = new Map<string, number>();
  for (const oid of byDate) indegree.set(oid, 0);
  for (const oid of byDate) {
    for (const parent of objects.readCommit(oid).parents) {
      if (members.has(parent)) indegree.set(parent, indegree.get(parent)! + 1);
    }
  }
  const stack = byDate.filter((oid) => indegree.get(oid) === 0).reverse();
  const out: string[] = [];
  while (stack.length) {
    const oid = stack.pop()!;
    out.push(oid);
    for (const parent of objects.readCommit(oid).parents) {
      if (!members.has(parent)) continue;
      const left = indegree.get(parent)! - 1;
      indegree.set(parent, left);
      if (left === 0) stack.push(parent);
    }
  }
  return out;
}
