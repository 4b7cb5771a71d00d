/**
 * `git merge`: fast-forward, --no-ff, --ff-only, --squash, --abort, and the three-way merge
 * with conflicts left for the learner (MERGE_HEAD, MERGE_MSG, MERGE_MODE, stages 1–3).
 * `pull` reuses `mergeCommit` with FETCH_HEAD-style labels.
 */
import { CommandError, fatal } from '../errors';
import { identity, type SandboxContext } from '../context';
import { cleanMessage, abbrev, updateRef, writeCommit, writeOrigHead, loadIndex, conflictedPaths } from '../core/repo-ops';
import { dwimRef, resolveCommit, upstreamOf } from '../core/revisions';
import { parseOptions } from '../options';
import { getGitCommand } from '../registry';
import { diffstatLines } from './diffstat';
import { isAncestorOf, mergeBases } from './graph';
import { conflictsBlock, formatGitDate, hasState, removeState, stateOid, writeState } from './state-files';
import { mergeTrees } from './tree-merge';
import type { ObjectStore } from '../core/objects';
import { applyToWorkTree, changedPaths, checkOverwrites, treeSides } from './work-tree';

export const MERGE_USAGE = 'git merge [--no-ff | --ff-only] [--squash] [--no-commit] [-m <msg>] [<commit>...] | --abort | --continue';

export interface MergeRequest {
  /** The commit to merge in. */
  readonly theirs: string;
  /** How markers and messages name it (what the learner typed, e.g. `feature`). */
  readonly label: string;
  /** The default message, `Merge branch 'feature'` (without " into …", added here). */
  readonly title: string;
  readonly noFf?: boolean;
  readonly ffOnly?: boolean;
  readonly squash?: boolean;
  /** --no-commit: stop before the merge commit, with MERGE_HEAD written. */
  readonly noCommit?: boolean;
  readonly message?: string;
  /** The reflog action: `merge feature`, `pull`. */
  readonly reflogAction: string;
}

/** git's default title for merging `spec`: branch, remote-tracking branch, tag or commit. */
export function mergeTitle(ctx: SandboxContext, spec: string): string {
  // `branch~2` or `branch^`: git calls it the branch's "early part".
  const early = /^(.+?)(?:~\d*|\^)+$/.exec(spec);
  if (early && ctx.repo().refs.resolve(`refs/heads/${early[1]}`)) return `Merge branch '${early[1]}' (early part)`;
  const ref = dwimRef(ctx, spec);
  if (ref?.startsWith('refs/heads/')) return `Merge branch '${ref.slice(11)}'`;
  if (ref?.startsWith('refs/remotes/')) return `Merge remote-tracking branch '${ref.slice(13)}'`;
  if (ref?.startsWith('refs/tags/')) return `Merge tag '${ref.slice(10)}'`;
  return `Merge commit '${spec}'`;
}

/** Appends " into <branch>" unless the branch is main or master (git's merge.suppressDest default). */
export function withDestination(ctx: SandboxContext, title: string): string {
  const head = ctx.repo().refs.head();
  if (!head.attached || head.branch === 'main' || head.branch === 'master') return title;
  return `${title} into ${head.branch}`;
}

function refuseWhileMerging(ctx: SandboxContext): void {
  if (!hasState(ctx, 'MERGE_HEAD')) return;
  if (conflictedPaths(loadIndex(ctx).entries).length > 0) {
    throw new CommandError(
      [
        'error: Merging is not possible because you have unmerged files.',
        "hint: Fix them up in the work tree, and then use 'git add/rm <file>'",
        'hint: as appropriate to mark resolution and make a commit.',
        'fatal: Exiting because of an unresolved conflict.',
      ],
      128,
    );
  }
  throw new CommandError(['fatal: You have not concluded your merge (MERGE_HEAD exists).', 'Please, commit your changes before you merge.'], 128);
}

function squashMessage(ctx: SandboxContext, head: string, theirs: string): string {
  const { objects } = ctx.repo();
  const base = new Set<string>();
  const stack = [head];
  while (stack.length) {
    const oid = stack.pop()!;
    if (base.has(oid)) continue;
    base.add(oid);
    stack.push(...objects.readCommit(oid).parents);
  }
  const lines = ['Squash commit -- not updating HEAD', ''];
  const walk = [theirs];
  const seen = new Set<string>();
  const commits: string[] = [];
  while (walk.length) {
    const oid = walk.shift()!;
    if (seen.has(oid) || base.has(oid)) continue;
    seen.add(oid);
    commits.push(oid);
    walk.push(...objects.readCommit(oid).parents);
  }
  commits.sort((a, b) => objects.readCommit(b).committer.timestamp - objects.readCommit(a).committer.timestamp);
  for (const oid of commits) {
    const c = objects.readCommit(oid);
    lines.push(`commit ${oid}`, `Author: ${c.author.name} <${c.author.email}>`, `Date:   ${formatGitDate(c.author)}`, '');
    for (const line of c.message.replace(/\n$/, '').split('\n')) lines.push(line === '' ? '' : `    ${line}`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

/** Merges `request.theirs` into HEAD; returns the exit code (1 when conflicts were left). */
export function mergeCommit(ctx: SandboxContext, request: MergeRequest): number {
  const { refs, objects } = ctx.repo();
  const head = refs.head();
  if (!head.oid) throw fatal('merging into an empty branch is not supported in the sandbox; make a first commit, then merge');
  const headOid = head.oid;
  const theirs = request.theirs;
  const headCommit = objects.readCommit(headOid);
  const current = treeSides(ctx, headCommit.tree);

  if (isAncestorOf(objects, theirs, headOid)) {
    ctx.out('Already up to date.');
    return 0;
  }
  const canFastForward = isAncestorOf(objects, headOid, theirs);
  if (request.ffOnly && !canFastForward) {
    throw new CommandError(
      [
        "hint: Diverging branches can't be fast-forwarded, you need to either:",
        'hint:',
        'hint: \tgit merge --no-ff',
        'hint:',
        'hint: or:',
        'hint:',
        'hint: \tgit rebase',
        'hint:',
        'hint: Disable this message with "git config advice.diverging false"',
        'fatal: Not possible to fast-forward, aborting.',
      ],
      128,
    );
  }
  if (canFastForward && !request.noFf) {
    const target = treeSides(ctx, objects.readCommit(theirs).tree);
    ctx.out(`Updating ${abbrev(ctx, headOid)}..${abbrev(ctx, theirs)}`);
    const touched = changedPaths(current, target);
    checkOverwrites(ctx, current, target, touched, 'merge');
    applyToWorkTree(ctx, { current, target });
    ctx.out('Fast-forward');
    if (request.squash) {
      ctx.out('Squash commit -- not updating HEAD');
      writeState(ctx, 'SQUASH_MSG', squashMessage(ctx, headOid, theirs));
    } else {
      writeOrigHead(ctx, headOid);
      updateRef(ctx, 'HEAD', theirs, `${request.reflogAction}: Fast-forward`);
    }
    for (const line of diffstatLines(ctx, current, target)) ctx.out(line);
    return 0;
  }

  const baseTree = commonAncestorTree(objects, mergeBases(objects, headOid, theirs));
  const result = mergeTrees(objects, baseTree, headCommit.tree, objects.readCommit(theirs).tree, { ours: 'HEAD', theirs: request.label });
  try {
    checkOverwrites(ctx, current, result.files, changedPaths(current, result.files), 'merge');
  } catch (error) {
    // After a refused three-way merge git adds which strategy gave up.
    if (error instanceof CommandError) throw new CommandError([...error.lines, "Merge with strategy ort failed."], 2);
    throw error;
  }
  for (const line of result.messages) (line.startsWith('warning:') ? ctx.err : ctx.out).call(ctx, line);
  applyToWorkTree(ctx, { current, target: result.files, conflicts: result.conflicts });
  writeOrigHead(ctx, headOid);
  const title = withDestination(ctx, request.title);
  const message = request.message !== undefined ? cleanMessage(request.message) : `${title}\n`;

  if (request.squash) {
    writeState(ctx, 'SQUASH_MSG', squashMessage(ctx, headOid, theirs));
    ctx.out('Squash commit -- not updating HEAD');
    if (result.conflicts.length > 0) {
      ctx.out('Automatic merge failed; fix conflicts and then commit the result.');
      return 1;
    }
    ctx.err('Automatic merge went well; stopped before committing as requested');
    return 0;
  }
  if (result.conflicts.length > 0 || request.noCommit) {
    writeState(ctx, 'MERGE_HEAD', `${theirs}\n`);
    writeState(ctx, 'MERGE_MODE', request.noFf ? 'no-ff' : '');
    writeState(ctx, 'MERGE_MSG', message + conflictsBlock(result.conflicts.map((c) => c.path)));
    if (result.conflicts.length === 0) {
      ctx.err('Automatic merge went well; stopped before committing as requested');
      return 0;
    }
    ctx.out('Automatic merge failed; fix conflicts and then commit the result.');
    return 1;
  }
  const tree = objects.writeTreeFromPaths([...result.files].map(([path, side]) => ({ path, ...side })));
  const commit = writeCommit(ctx, { tree, parents: [headOid, theirs], message });
  updateRef(ctx, 'HEAD', commit, `${request.reflogAction}: Merge made by the 'ort' strategy.`);
  ctx.out("Merge made by the 'ort' strategy.");
  for (const line of diffstatLines(ctx, current, result.files)) ctx.out(line);
  return 0;
}

/** `git merge --abort`: back to HEAD, forgetting the merge in progress. */
export function abortMerge(ctx: SandboxContext): number {
  if (!hasState(ctx, 'MERGE_HEAD')) throw fatal('There is no merge to abort (MERGE_HEAD missing).');
  resetToHead(ctx);
  removeState(ctx, 'MERGE_HEAD', 'MERGE_MSG', 'MERGE_MODE', 'AUTO_MERGE');
  // git aborts with `reset --merge HEAD`, which logs a move of HEAD onto itself.
  const head = ctx.repo().refs.head().oid;
  if (head) ctx.repo().refs.appendReflog('HEAD', head, head, identity(ctx), 'reset: moving to HEAD');
  return 0;
}

/** Resets index and work tree to HEAD for every path the index disagrees on (`reset --merge`). */
export function resetToHead(ctx: SandboxContext): void {
  const { refs, objects } = ctx.repo();
  const headOid = refs.head().oid;
  const target = treeSides(ctx, headOid ? objects.readCommit(headOid).tree : undefined);
  const entries = loadIndex(ctx).entries;
  const indexNow = new Map<string, { mode: string; oid: string }>();
  for (const e of entries) if (e.stage === 0) indexNow.set(e.path, { mode: e.mode.toString(8), oid: e.oid });
  const conflicted = conflictedPaths(entries);
  // Paths staged by the merge go back to HEAD; conflicted ones lose their markers.
  applyToWorkTree(ctx, { current: indexNow, target, alsoPaths: conflicted });
}

/** The `git merge` command line. */
export function runMerge(ctx: SandboxContext, args: readonly string[]): number | Promise<number> {
  const opts = parseOptions(
    args,
    [
      { name: 'no-ff', long: ['no-ff'] },
      { name: 'ff', long: ['ff'] },
      { name: 'ff-only', long: ['ff-only'] },
      { name: 'squash', long: ['squash'] },
      { name: 'abort', long: ['abort'] },
      { name: 'continue', long: ['continue'] },
      { name: 'message', short: 'm', long: ['message'], value: true, repeat: true },
      { name: 'no-edit', long: ['no-edit'] },
      { name: 'edit', short: 'e', long: ['edit'] },
      { name: 'commit', long: ['commit'] },
    ],
    MERGE_USAGE,
  );
  if (opts.has('abort')) return abortMerge(ctx);
  if (opts.has('continue')) {
    if (!hasState(ctx, 'MERGE_HEAD')) throw fatal('There is no merge in progress (MERGE_HEAD missing).');
    // `git merge --continue` is `git commit` with the prepared message.
    const commit = getGitCommand('commit');
    if (!commit) throw fatal('commit is not available');
    return commit.run(ctx, []);
  }
  refuseWhileMerging(ctx);
  if (opts.has('squash') && opts.has('no-ff')) throw fatal('options \'--squash\' and \'--no-ff.\' cannot be used together');
  let specs = opts.positional;
  if (specs.length === 0) {
    const head = ctx.repo().refs.head();
    const upstream = head.branch ? upstreamOf(ctx, head.branch) : undefined;
    if (!upstream) throw fatal('No remote for the current branch.');
    specs = [upstream.replace(/^refs\/remotes\//, '').replace(/^refs\/heads\//, '')];
  }
  if (specs.length > 1) throw fatal('merging several branches at once (an octopus merge) is not supported in the sandbox; merge them one at a time');
  const spec = specs[0]!;
  const theirs = resolveCommit(ctx, spec);
  if (!theirs) throw new CommandError([`merge: ${spec} - not something we can merge`], 1);
  const messages = opts.all('message');
  return mergeCommit(ctx, {
    theirs,
    label: spec,
    title: mergeTitle(ctx, spec),
    noFf: opts.has('no-ff'),
    ffOnly: opts.has('ff-only'),
    squash: opts.has('squash'),
    noCommit: opts.flags.get('commit') === false,
    ...(messages.length ? { message: messages.join('\n\n') } : {}),
    reflogAction: `merge ${spec}`,
  });
}

/** For `commit`: the extra parent and the message a merge in progress contributes. */
export function pendingMerge(ctx: SandboxContext): { parent: string; message: string } | undefined {
  const parent = stateOid(ctx, 'MERGE_HEAD');
  if (!parent) return undefined;
  return { parent, message: ctx.fs.tryReadText('.git/MERGE_MSG') ?? '' };
}

/**
 * The base tree for a merge. With several best common ancestors (a criss-cross history) git
 * first merges those ancestors into one "virtual" ancestor, oldest first, and uses its tree.
 */
export function commonAncestorTree(objects: ObjectStore, bases: readonly string[], depth = 0): string | undefined {
  if (bases.length === 0) return undefined;
  const oldestFirst = [...bases].reverse();
  let tree = objects.readCommit(oldestFirst[0]!).tree;
  let merged: string[] = [oldestFirst[0]!];
  for (const next of oldestFirst.slice(1)) {
    // The ancestors of this inner merge: what the merged bases and the next one share.
    const inner = [...new Set(merged.flatMap((m) => mergeBases(objects, m, next)))];
    const innerBase = depth < 5 ? commonAncestorTree(objects, inner, depth + 1) : inner[0] ? objects.readCommit(inner[0]).tree : undefined;
    const result = mergeTrees(objects, innerBase, tree, objects.readCommit(next).tree, { ours: 'Temporary merge branch 1', theirs: 'Temporary merge branch 2' });
    tree = objects.writeTreeFromPaths([...result.files].map(([path, side]) => ({ path, ...side })));
    merged = [...merged, next];
  }
  return tree;
}
