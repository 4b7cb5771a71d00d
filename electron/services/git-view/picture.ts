/**
 * The repository as the view draws it: commits reachable from every ref, HEAD and the stash,
 * refs by kind, the stash stack, every file with its status, and any operation under way.
 * Built on the engine's snapshot (snapshot.ts) after each command.
 */
import type { FileState, GitCommitNode, GitFileStatus, GitRepoPicture, GitStashEntry } from '../../shared/git-view';
import type { SandboxContext } from '../git-sandbox/context';
import { subjectOf } from '../git-sandbox/core/objects';
import { conflictedPaths, loadIndex, operationsInProgress } from '../git-sandbox/core/repo-ops';
import { walkWorkTree } from '../git-sandbox/core/worktree';
import { repoSnapshot, SNAPSHOT_COMMIT_LIMIT, type SnapshotFile } from '../git-sandbox/snapshot';

/** Most commits sent to the view; older ones are cut (the picture says so). */
export const MAX_PICTURE_COMMITS = 400;
const MAX_FILES = 2_000;

const EMPTY: Omit<GitRepoPicture, 'cwd'> = {
  initialized: false,
  head: { attached: true },
  commits: [],
  branches: [],
  remoteBranches: [],
  tags: [],
  stash: [],
  files: [],
  operations: [],
  conflicted: [],
  truncated: false,
};

/** Reads the picture; a folder that is not a repository yet shows its plain files. */
export function repoPicture(ctx: SandboxContext): GitRepoPicture {
  if (!ctx.hasRepo()) {
    const files = walkWorkTree(ctx)
      .slice(0, MAX_FILES)
      .map((f): GitFileStatus => ({ path: f.path, staged: 'unmodified', unstaged: 'untracked' }));
    return { ...EMPTY, files, cwd: ctx.cwd };
  }
  // The engine's snapshot is the one reading of refs, commits, stash and status; the view adds
  // an order the graph can draw (parents below children) and every file of the work tree.
  const snapshot = repoSnapshot(ctx);
  const { objects } = ctx.repo();
  const stash: GitStashEntry[] = snapshot.stash.map((entry) => {
    const commit = objects.tryRead(entry.oid) ? objects.readCommit(entry.oid) : undefined;
    return { index: entry.index, oid: entry.oid, base: commit?.parents[0] ?? entry.oid, message: entry.message };
  });
  const ordered = topoNewestFirst(
    snapshot.commits.map((c) => ({ oid: c.oid, parents: c.parents, subject: subjectOf(c.message), author: c.author.name, time: c.author.timestamp, ctime: c.committedAt })),
  );
  const commits = ordered.slice(0, MAX_PICTURE_COMMITS).map(({ ctime: _ctime, ...node }): GitCommitNode => node);
  const conflicted = conflictedPaths(loadIndex(ctx).entries);
  return {
    initialized: true,
    head: { attached: !snapshot.head.detached, ...(snapshot.head.branch ? { branch: snapshot.head.branch } : {}), ...(snapshot.head.oid ? { oid: snapshot.head.oid } : {}) },
    commits,
    branches: snapshot.branches.map((b) => ({ name: b.name, oid: b.oid, ...(b.upstream ? { upstream: b.upstream } : {}) })),
    remoteBranches: snapshot.remotes.flatMap((r) => r.branches.map((b) => ({ name: `${r.name}/${b.name}`, oid: b.oid }))),
    tags: snapshot.tags.map((t) => ({ name: t.name, oid: t.oid, annotated: t.annotated })),
    stash,
    files: fileStatuses(ctx, snapshot.files, conflicted),
    operations: operationsInProgress(ctx),
    conflicted,
    cwd: ctx.cwd,
    truncated: ordered.length > MAX_PICTURE_COMMITS || snapshot.commits.length >= SNAPSHOT_COMMIT_LIMIT,
  };
}

/**
 * Children before parents, ties broken by newer committer time — git log's --topo-order idea,
 * so every parent sits below its children even when clocks disagree.
 */
export function topoNewestFirst<T extends { oid: string; parents: readonly string[]; ctime: number }>(nodes: readonly T[]): T[] {
  const byOid = new Map(nodes.map((n) => [n.oid, n]));
  const pendingChildren = new Map<string, number>();
  for (const n of nodes) for (const p of n.parents) if (byOid.has(p)) pendingChildren.set(p, (pendingChildren.get(p) ?? 0) + 1);
  const ready = nodes.filter((n) => !pendingChildren.get(n.oid));
  const out: T[] = [];
  const newer = (a: T, b: T) => b.ctime - a.ctime || (a.oid < b.oid ? -1 : 1);
  while (ready.length > 0) {
    ready.sort(newer);
    const next = ready.shift()!;
    out.push(next);
    for (const p of next.parents) {
      const left = (pendingChildren.get(p) ?? 0) - 1;
      pendingChildren.set(p, left);
      if (left === 0 && byOid.has(p)) ready.push(byOid.get(p)!);
    }
  }
  return out;
}

const INDEX_STATE: Record<string, FileState> = { ' ': 'unmodified', M: 'modified', A: 'added', D: 'deleted', R: 'renamed' };
const WORK_STATE: Record<string, FileState> = { ' ': 'unmodified', M: 'modified', D: 'deleted' };

/** Every file of the work tree (and staged deletions), each with what is staged and what is not. */
function fileStatuses(ctx: SandboxContext, changed: readonly SnapshotFile[], conflicted: readonly string[]): GitFileStatus[] {
  const byPath = new Map<string, GitFileStatus>();
  const untrackedDirs: string[] = [];
  const conflicts = new Set(conflicted);
  for (const file of changed) {
    if (conflicts.has(file.path)) byPath.set(file.path, { path: file.path, staged: 'conflicted', unstaged: 'conflicted' });
    else if (file.index === '?') {
      if (file.path.endsWith('/')) untrackedDirs.push(file.path);
      else byPath.set(file.path, { path: file.path, staged: 'unmodified', unstaged: 'untracked' });
    } else byPath.set(file.path, { path: file.path, staged: INDEX_STATE[file.index] ?? 'modified', unstaged: WORK_STATE[file.worktree] ?? 'modified' });
  }
  for (const file of walkWorkTree(ctx)) {
    if (byPath.size >= MAX_FILES) break;
    if (byPath.has(file.path)) continue;
    const untracked = untrackedDirs.some((dir) => file.path.startsWith(dir));
    byPath.set(file.path, { path: file.path, staged: 'unmodified', unstaged: untracked ? 'untracked' : 'unmodified' });
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
