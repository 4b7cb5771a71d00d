/**
 * A read-only picture of a sandbox repository for the UI and for level checks: commits,
 * branches, tags, HEAD, remotes, stash, per-file status and any operation in progress.
 * Commits are cached per object id and the commit list per ref state, so calling this
 * after every command costs little more than a `git status`.
 */
import type { SandboxContext } from './context';
import { aheadBehind, walkByDate } from './core/graph';
import { conflictedPaths, operationsInProgress, type OperationKind } from './core/repo-ops';
import { upstreamOf } from './core/revisions';
import { computeStatus } from './core/worktree';

export interface SnapshotCommit {
  readonly oid: string;
  readonly parents: readonly string[];
  readonly message: string;
  readonly author: { readonly name: string; readonly email: string; readonly timestamp: number; readonly tz: string };
  readonly committedAt: number;
}

export interface SnapshotBranch {
  readonly name: string;
  readonly oid: string;
  /** e.g. 'origin/main' */
  readonly upstream?: string;
  readonly ahead?: number;
  readonly behind?: number;
}

export interface SnapshotFile {
  readonly path: string;
  /** Index column of `git status -s` (' ', M, A, D, R, U). */
  readonly index: string;
  /** Work-tree column (' ', M, D, ?, U). */
  readonly worktree: string;
  readonly from?: string;
}

export interface RepoSnapshot {
  readonly initialized: boolean;
  readonly head: { readonly branch?: string; readonly oid?: string; readonly detached: boolean };
  readonly commits: readonly SnapshotCommit[];
  readonly branches: readonly SnapshotBranch[];
  readonly tags: readonly { readonly name: string; readonly oid: string; readonly annotated: boolean }[];
  readonly remotes: readonly { readonly name: string; readonly url: string; readonly branches: readonly { readonly name: string; readonly oid: string }[] }[];
  readonly stash: readonly { readonly index: number; readonly message: string; readonly oid: string }[];
  readonly files: readonly SnapshotFile[];
  readonly operation?: { readonly kind: OperationKind; readonly conflicted: readonly string[] };
  readonly cwd: string;
}

/** Most commits a snapshot lists (newest first). */
export const SNAPSHOT_COMMIT_LIMIT = 2000;

const commitListCache = new WeakMap<object, { key: string; commits: SnapshotCommit[] }>();

export function repoSnapshot(ctx: SandboxContext): RepoSnapshot {
  if (!ctx.hasRepo()) {
    return { initialized: false, head: { detached: false }, commits: [], branches: [], tags: [], remotes: [], stash: [], files: [], cwd: ctx.cwd };
  }
  const { refs, objects, config } = ctx.repo();
  const head = refs.head();
  const all = refs.list('refs/');
  const peel = (oid: string): string | undefined => {
    let current = oid;
    for (let i = 0; i < 5; i++) {
      const object = objects.tryRead(current);
      if (!object) return undefined;
      if (object.type === 'commit') return current;
      if (object.type !== 'tag') return undefined;
      current = objects.readTag(current).object;
    }
    return undefined;
  };
  const tips = all.filter((r) => r.name !== 'refs/stash').map((r) => peel(r.oid)).filter((x): x is string => Boolean(x));
  if (head.oid) tips.push(head.oid);
  const key = `${head.oid ?? ''}|${all.map((r) => `${r.name}=${r.oid}`).join(',')}`;
  let cached = commitListCache.get(objects);
  if (!cached || cached.key !== key) {
    const order = walkByDate(ctx, [...new Set(tips)]).slice(0, SNAPSHOT_COMMIT_LIMIT);
    const commits = order.map((oid) => {
      const c = objects.readCommit(oid);
      return { oid, parents: c.parents, message: c.message, author: { ...c.author }, committedAt: c.committer.timestamp };
    });
    cached = { key, commits };
    commitListCache.set(objects, cached);
  }
  const branches: SnapshotBranch[] = all
    .filter((r) => r.name.startsWith('refs/heads/'))
    .map((r) => {
      const name = r.name.slice('refs/heads/'.length);
      const up = upstreamOf(ctx, name);
      const upOid = up ? refs.resolve(up) : undefined;
      const counts = upOid ? aheadBehind(ctx, r.oid, upOid) : undefined;
      return { name, oid: r.oid, ...(up ? { upstream: up.replace(/^refs\/(remotes|heads)\//, '') } : {}), ...(counts ?? {}) };
    });
  const tags = all
    .filter((r) => r.name.startsWith('refs/tags/'))
    .map((r) => ({ name: r.name.slice('refs/tags/'.length), oid: peel(r.oid) ?? r.oid, annotated: objects.tryRead(r.oid)?.type === 'tag' }));
  const remoteNames = new Set(config.subsections('remote'));
  for (const r of all) if (r.name.startsWith('refs/remotes/')) remoteNames.add(r.name.split('/')[2]!);
  const remotes = [...remoteNames].sort().map((name) => ({
    name,
    url: config.get(`remote.${name}.url`) ?? '',
    branches: all
      .filter((r) => r.name.startsWith(`refs/remotes/${name}/`) && !r.name.endsWith('/HEAD'))
      .map((r) => ({ name: r.name.slice(`refs/remotes/${name}/`.length), oid: r.oid })),
  }));
  const stash = refs.reflog('refs/stash').map((e, index) => ({ index, message: e.message, oid: e.new }));
  const status = computeStatus(ctx);
  const files: SnapshotFile[] = [
    ...status.tracked.map((t) => ({ path: t.path, index: t.index, worktree: t.worktree, ...(t.from ? { from: t.from } : {}) })),
    ...status.conflicts.map((c) => ({ path: c.path, index: c.code[0]!, worktree: c.code[1]! })),
    ...status.untracked.map((u) => ({ path: u, index: '?', worktree: '?' })),
  ];
  const ops = operationsInProgress(ctx);
  const kind = ops.find((o) => o !== 'bisect') ?? ops[0];
  return {
    initialized: true,
    head: { ...(head.branch ? { branch: head.branch } : {}), ...(head.oid ? { oid: head.oid } : {}), detached: !head.attached },
    commits: cached.commits,
    branches,
    tags,
    remotes,
    stash,
    files,
    ...(kind ? { operation: { kind, conflicted: conflictedPaths(status.index.entries) } } : {}),
    cwd: ctx.cwd,
  };
}
