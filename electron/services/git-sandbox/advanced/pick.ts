/**
 * Replaying one commit onto HEAD, the step shared by cherry-pick, revert and rebase:
 * a three-way merge with the commit's parent as base (for revert, the commit itself as
 * base and its parent as "theirs"), labelled the way git labels it in conflict markers.
 */
import { CommandError } from '../errors';
import type { SandboxContext } from '../context';
import type { Signature } from '../core/objects';
import { abbrev, loadIndex, messageSubject, updateRef, writeCommit, writeIndexTree } from '../core/repo-ops';
import { diffstatLines } from './diffstat';
import { formatGitDate } from './state-files';
import { mergeTrees, type PathConflict, type Side } from './tree-merge';
import { applyToWorkTree, changedPaths, checkOverwrites, treeSides, type Operation } from './work-tree';

export interface PickOutcome {
  /** The work tree's files after the pick (conflicted files carry markers). */
  readonly files: ReadonlyMap<string, Side>;
  readonly conflicts: readonly PathConflict[];
  /** HEAD's files before the pick. */
  readonly before: ReadonlyMap<string, Side>;
}

/** `abc1234 (subject)`: how git names a picked commit in markers and errors. */
export function commitLabel(ctx: SandboxContext, oid: string): string {
  return `${abbrev(ctx, oid)} (${messageSubject(ctx.repo().objects.readCommit(oid).message)})`;
}

/** Merges the change `oid` introduced (or, with revert, its opposite) into the index and work tree. */
export function applyCommitChange(ctx: SandboxContext, oid: string, options: { revert?: boolean; operation: Operation; onIndex?: boolean; mainline?: number }): PickOutcome {
  const { objects, refs } = ctx.repo();
  const commit = objects.readCommit(oid);
  const parent = mainlineParent(oid, commit.parents, options.mainline, options.operation);
  const parentTree = parent ? objects.readCommit(parent).tree : undefined;
  const headOid = refs.head().oid;
  // With --no-commit the change lands on what is staged, so several picks add up.
  const headTree = options.onIndex ? writeIndexTree(ctx, loadIndex(ctx).entries) : headOid ? objects.readCommit(headOid).tree : undefined;
  const label = commitLabel(ctx, oid);
  const result = options.revert
    ? mergeTrees(objects, commit.tree, headTree, parentTree, { ours: 'HEAD', theirs: `parent of ${label}` })
    : mergeTrees(objects, parentTree, headTree, commit.tree, { ours: 'HEAD', theirs: label });
  const before = treeSides(ctx, headTree);
  checkOverwrites(ctx, before, result.files, changedPaths(before, result.files), options.operation);
  for (const line of result.messages) (line.startsWith('warning:') ? ctx.err : ctx.out).call(ctx, line);
  applyToWorkTree(ctx, { current: before, target: result.files, conflicts: result.conflicts });
  return { files: result.files, conflicts: result.conflicts, before };
}

/**
 * The parent whose diff to the commit is the change to replay: the only parent, or for a merge
 * the one `-m <n>` names (1 = the branch the merge was made on), refused as git refuses it.
 */
export function mainlineParent(oid: string, parents: readonly string[], mainline: number | undefined, operation: Operation): string | undefined {
  const failed = `fatal: ${operation} failed`;
  if (parents.length > 1) {
    if (mainline === undefined) throw new CommandError([`error: commit ${oid} is a merge but no -m option was given.`, failed], 128);
    if (mainline > parents.length) throw new CommandError([`error: commit ${oid} does not have parent ${mainline}`, failed], 128);
    return parents[mainline - 1];
  }
  if (mainline !== undefined && mainline > 1) throw new CommandError([`error: commit ${oid} does not have parent ${mainline}`, failed], 128);
  return parents[0];
}

/** Writes the tree of a clean pick as a commit on HEAD and prints git's one-line summary. */
export function commitPicked(
  ctx: SandboxContext,
  outcome: PickOutcome,
  details: { message: string; author?: Signature; reflog: string; quiet?: boolean },
): string {
  const { objects, refs } = ctx.repo();
  const headOid = refs.head().oid;
  const tree = objects.writeTreeFromPaths([...outcome.files].map(([path, side]) => ({ path, ...side })));
  const oid = writeCommit(ctx, { tree, parents: headOid ? [headOid] : [], message: details.message, ...(details.author ? { author: details.author } : {}) });
  updateRef(ctx, 'HEAD', oid, details.reflog);
  if (!details.quiet) printCommitSummary(ctx, oid, outcome.before, outcome.files);
  return oid;
}

/** `[main abc1234] subject` and the change summary, as `git commit` prints them. */
export function printCommitSummary(ctx: SandboxContext, oid: string, before: ReadonlyMap<string, Side>, after: ReadonlyMap<string, Side>, showDate = true): void {
  const head = ctx.repo().refs.head();
  const where = head.attached ? head.branch : 'detached HEAD';
  const commit = ctx.repo().objects.readCommit(oid);
  ctx.out(`[${where} ${abbrev(ctx, oid)}] ${messageSubject(commit.message)}`);
  // Commits made by git's sequencer (cherry-pick, revert, rebase) show the author date.
  if (showDate) ctx.out(` Date: ${formatGitDate(commit.author)}`);
  const stat = diffstatLines(ctx, before, after);
  const summaryAt = stat.findIndex((line) => /^ \d+ files? changed/.test(line));
  if (summaryAt >= 0) for (const line of stat.slice(summaryAt)) ctx.out(line);
}
