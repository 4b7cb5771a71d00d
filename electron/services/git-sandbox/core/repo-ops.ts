/**
 * Shared git operations every command builds on: moving refs with reflogs, writing commits,
 * cleaning messages, abbreviating ids, reading the index, and spotting an operation in
 * progress. Commands (ours and advanced/) call these instead of touching files directly.
 */
import { GITDIR, identity, type SandboxContext } from '../context';
import { readIndex, writeIndex, type IndexEntry, type IndexFile } from './index-file';
import { subjectOf, type Commit, type Signature } from './objects';

export interface UpdateRefOptions {
  /** Also log when git would not by default (refs/stash). */
  readonly forceReflog?: boolean;
  /** Skip the reflog entirely. */
  readonly noReflog?: boolean;
}

/**
 * Points `ref` at `oid` and writes reflog lines the way git does: the ref's own log, plus
 * HEAD's when HEAD is attached to that ref. `ref` may be 'HEAD' (moves the current branch,
 * or HEAD itself when detached).
 */
export function updateRef(ctx: SandboxContext, ref: string, oid: string, message: string, options: UpdateRefOptions = {}): void {
  const { refs } = ctx.repo();
  const head = refs.head();
  const target = ref === 'HEAD' && head.attached ? head.ref! : ref;
  const old = refs.resolve(target);
  if (target === 'HEAD') refs.writeRaw('HEAD', oid);
  else refs.writeRaw(target, oid);
  if (options.noReflog) return;
  const who = identity(ctx);
  if (target !== 'HEAD' && (options.forceReflog || refs.shouldLog(target))) refs.appendReflog(target, old, oid, who, message);
  if (target === 'HEAD' || (head.attached && head.ref === target)) refs.appendReflog('HEAD', old, oid, who, message);
}

/** Deletes a branch or tag ref (and its reflog). */
export function deleteRef(ctx: SandboxContext, ref: string): void {
  ctx.repo().refs.delete(ref);
}

/**
 * Moves HEAD: to a branch (attached) or to a commit (detached), logging in HEAD's reflog only,
 * as `git checkout`/`git switch` do.
 */
export function setHead(ctx: SandboxContext, target: { branch: string } | { detached: string }, message: string): void {
  const { refs } = ctx.repo();
  const old = refs.head().oid;
  let newOid: string | undefined;
  if ('branch' in target) {
    refs.writeSymbolic('HEAD', `refs/heads/${target.branch}`);
    newOid = refs.resolve(`refs/heads/${target.branch}`);
  } else {
    refs.writeRaw('HEAD', target.detached);
    newOid = target.detached;
  }
  if (newOid) refs.appendReflog('HEAD', old, newOid, identity(ctx), message);
}

/** The tree of the commit HEAD points at, or undefined on an unborn branch. */
export function headTree(ctx: SandboxContext): string | undefined {
  const { refs, objects } = ctx.repo();
  const oid = refs.head().oid;
  return oid ? objects.readCommit(oid).tree : undefined;
}

export function loadIndex(ctx: SandboxContext): IndexFile {
  return readIndex(ctx.fs, GITDIR);
}

export function saveIndex(ctx: SandboxContext, entries: readonly IndexEntry[]): void {
  writeIndex(ctx.fs, GITDIR, entries);
}

/** Writes the index as a tree and returns its id (refuses while conflicts remain). */
export function writeIndexTree(ctx: SandboxContext, entries: readonly IndexEntry[]): string {
  return ctx.repo().objects.writeTreeFromPaths(
    entries.filter((e) => e.stage === 0).map((e) => ({ path: e.path, mode: e.mode.toString(8), oid: e.oid })),
  );
}

export interface NewCommit {
  readonly tree: string;
  readonly parents: readonly string[];
  /** Already cleaned, ending in '\n'. */
  readonly message: string;
  /** Defaults to the current identity and time (amend passes the original author). */
  readonly author?: Signature;
}

/** Writes a commit object with the current committer identity and clock. */
export function writeCommit(ctx: SandboxContext, commit: NewCommit): string {
  const committer = identity(ctx);
  const full: Commit = { tree: commit.tree, parents: commit.parents, author: commit.author ?? committer, committer, message: commit.message };
  return ctx.repo().objects.writeCommit(full);
}

/**
 * Git's message clean-up. 'whitespace' (used with -m/-F): strip trailing spaces, collapse
 * runs of blank lines, drop leading and trailing blank lines. 'strip' also drops lines that
 * start with '#'. Returns '' for an empty message, else the text ending in one '\n'.
 */
export function cleanMessage(text: string, mode: 'whitespace' | 'strip' = 'whitespace'): string {
  const out: string[] = [];
  let pendingBlank = false;
  for (const raw of text.split('\n')) {
    if (mode === 'strip' && raw.startsWith('#')) continue;
    const line = raw.replace(/\s+$/, '');
    if (line === '') {
      pendingBlank = out.length > 0;
      continue;
    }
    if (pendingBlank) out.push('');
    pendingBlank = false;
    out.push(line);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** The reflog/oneline subject of a message. */
export function messageSubject(message: string): string {
  return subjectOf(message);
}

/** The shortest unique prefix of at least `min` digits, like git's default abbreviation. */
export function abbrev(ctx: SandboxContext, oid: string, min = 7): string {
  const { objects } = ctx.repo();
  for (let length = min; length < 40; length++) {
    const prefix = oid.slice(0, length);
    if (objects.findByPrefix(prefix).length <= 1) return prefix;
  }
  return oid;
}

export type OperationKind = 'merge' | 'rebase' | 'cherry-pick' | 'revert' | 'bisect';

/** Which multi-step operation is under way, judged by the files git leaves in .git. */
export function operationsInProgress(ctx: SandboxContext): OperationKind[] {
  const fs = ctx.fs;
  const found: OperationKind[] = [];
  if (fs.isDir(`${GITDIR}/rebase-merge`) || fs.isDir(`${GITDIR}/rebase-apply`)) found.push('rebase');
  if (fs.isFile(`${GITDIR}/MERGE_HEAD`)) found.push('merge');
  if (fs.isFile(`${GITDIR}/CHERRY_PICK_HEAD`)) found.push('cherry-pick');
  if (fs.isFile(`${GITDIR}/REVERT_HEAD`)) found.push('revert');
  if (fs.isFile(`${GITDIR}/BISECT_LOG`)) found.push('bisect');
  return found;
}

/** Paths with conflict stages (1–3) in the index, sorted. */
export function conflictedPaths(entries: readonly IndexEntry[]): string[] {
  return [...new Set(entries.filter((e) => e.stage > 0).map((e) => e.path))];
}

/** Git's `ORIG_HEAD`, written before reset, merge and rebase move HEAD. */
export function writeOrigHead(ctx: SandboxContext, oid: string): void {
  ctx.fs.writeFileAtomic(`${GITDIR}/ORIG_HEAD`, `${oid}\n`);
}

/** The branch name HEAD was on before the last N checkouts (`@{-N}`, `-`), from HEAD's reflog. */
export function previousBranch(ctx: SandboxContext, n = 1): string | undefined {
  let seen = 0;
  for (const entry of ctx.repo().refs.reflog('HEAD')) {
    const match = /^checkout: moving from (.+) to (.+)$/.exec(entry.message);
    if (!match) continue;
    seen++;
    if (seen === n) return match[1];
  }
  return undefined;
}
