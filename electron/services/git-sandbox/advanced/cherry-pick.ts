/**
 * `git cherry-pick` and `git revert`: one commit or several (ranges too), stopping on a
 * conflict with CHERRY_PICK_HEAD / REVERT_HEAD and MERGE_MSG written like git, and
 * `--continue`, `--skip`, `--abort` driven by .git/sequencer as git keeps it.
 */
import { CommandError, fatal } from '../errors';
import { GITDIR, identity, type SandboxContext } from '../context';
import { switchTrees } from '../core/checkout';
import { abbrev, cleanMessage, conflictedPaths, loadIndex, messageSubject, updateRef, writeCommit, writeIndexTree } from '../core/repo-ops';
import { resolveCommit, unknownRevision } from '../core/revisions';
import { parseOptions } from '../options';
import { getGitCommand } from '../registry';
import { commitsToReplay } from './graph';
import { resetToHead } from './merge';
import { applyCommitChange, commitPicked, printCommitSummary } from './pick';
import { conflictsBlock, readState, removeState, stateOid, writeState } from './state-files';
import { treeSides } from './work-tree';

type Action = 'pick' | 'revert';

const SEQ = `${GITDIR}/sequencer`;

const UNMERGED_HINT = [
  'error: Committing is not possible because you have unmerged files.',
  "hint: Fix them up in the work tree, and then use 'git add/rm <file>'",
  'hint: as appropriate to mark resolution and make a commit.',
];

function name(action: Action): 'cherry-pick' | 'revert' {
  return action === 'pick' ? 'cherry-pick' : 'revert';
}

/**
 * git's revert message: `Revert "subject"` and the line naming the reverted commit (for a
 * merge, also the parent whose side is kept).
 */
export function revertMessage(ctx: SandboxContext, oid: string, mainline?: number): string {
  const commit = ctx.repo().objects.readCommit(oid);
  const subject = messageSubject(commit.message);
  const kept = commit.parents.length > 1 && mainline !== undefined ? `, reversing\nchanges made to ${commit.parents[mainline - 1]}` : '';
  return `Revert "${subject}"\n\nThis reverts commit ${oid}${kept}.\n`;
}

function expand(ctx: SandboxContext, specs: readonly string[], action: Action): string[] {
  const { objects } = ctx.repo();
  const out: string[] = [];
  for (const spec of specs) {
    const dots = spec.indexOf('..');
    if (dots !== -1 && !spec.includes('...')) {
      const from = resolveCommit(ctx, spec.slice(0, dots) || 'HEAD');
      const to = resolveCommit(ctx, spec.slice(dots + 2) || 'HEAD');
      if (!from) throw unknownRevision(spec.slice(0, dots));
      if (!to) throw unknownRevision(spec.slice(dots + 2));
      const range = commitsToReplay(objects, from, to);
      out.push(...(action === 'revert' ? range.reverse() : range));
      continue;
    }
    const oid = resolveCommit(ctx, spec);
    if (!oid) throw fatal(`bad revision '${spec}'`);
    out.push(oid);
  }
  if (out.length === 0) throw fatal('empty commit set passed');
  return out;
}

function writeTodo(ctx: SandboxContext, action: Action, oids: readonly string[]): void {
  const { objects } = ctx.repo();
  const lines = oids.map((oid) => `${action} ${abbrev(ctx, oid)} ${messageSubject(objects.readCommit(oid).message)}\n`);
  ctx.fs.writeFileAtomic(`${SEQ}/todo`, lines.join(''));
}

function readTodo(ctx: SandboxContext): { action: Action; oids: string[] } | undefined {
  const text = ctx.fs.tryReadText(`${SEQ}/todo`);
  if (text === undefined) return undefined;
  let action: Action = 'pick';
  const oids: string[] = [];
  for (const line of text.split('\n')) {
    const match = /^(pick|revert) (\S+)/.exec(line);
    if (!match) continue;
    action = match[1] as Action;
    const oid = resolveCommit(ctx, match[2]!);
    if (oid) oids.push(oid);
  }
  return { action, oids };
}

function clearSequencer(ctx: SandboxContext): void {
  if (ctx.fs.isDir(SEQ)) ctx.fs.removeTree(SEQ);
}

/** Picks (or reverts) each commit in turn; stops at the first conflict. */
interface PickOptions {
  /** -n: apply the changes to the index and work tree only. */
  readonly noCommit?: boolean;
  /** -x: note the picked commit in the message. */
  readonly recordOrigin?: boolean;
  /** -m <n>: for a merge, replay its change relative to parent n. */
  readonly mainline?: number;
}

/** The -m number kept in .git/sequencer/opts (as git keeps it) for --continue and --skip. */
function savedMainline(ctx: SandboxContext): number | undefined {
  const match = /^\s*mainline\s*=\s*(\d+)/m.exec(ctx.fs.tryReadText(`${SEQ}/opts`) ?? '');
  return match ? Number(match[1]) : undefined;
}

function withSavedOptions(ctx: SandboxContext): PickOptions {
  const mainline = savedMainline(ctx);
  return mainline !== undefined ? { mainline } : {};
}

function runSequence(ctx: SandboxContext, action: Action, oids: readonly string[], options: PickOptions = {}): number {
  const { objects } = ctx.repo();
  for (let i = 0; i < oids.length; i++) {
    const oid = oids[i]!;
    const commit = objects.readCommit(oid);
    const revert = action === 'revert';
    const outcome = applyCommitChange(ctx, oid, { revert, operation: name(action), ...(options.noCommit ? { onIndex: true } : {}), ...(options.mainline !== undefined ? { mainline: options.mainline } : {}) });
    const message = revert ? revertMessage(ctx, oid, options.mainline) : options.recordOrigin ? `${commit.message}\n(cherry picked from commit ${oid})\n` : commit.message;
    if (outcome.conflicts.length > 0) {
      writeState(ctx, revert ? 'REVERT_HEAD' : 'CHERRY_PICK_HEAD', `${oid}\n`);
      writeState(ctx, 'MERGE_MSG', message + conflictsBlock(outcome.conflicts.map((c) => c.path)));
      const rest = oids.slice(i + 1);
      if (rest.length > 0) writeTodo(ctx, action, [oid, ...rest]);
      const short = `${abbrev(ctx, oid)}... ${messageSubject(commit.message)}`;
      ctx.err(
        [
          `error: could not ${revert ? 'revert' : 'apply'} ${short}`,
          'hint: After resolving the conflicts, mark them with',
          'hint: "git add/rm <pathspec>", then run',
          `hint: "git ${name(action)} --continue".`,
          `hint: You can instead skip this commit with "git ${name(action)} --skip".`,
          `hint: To abort and get back to the state before "git ${name(action)}",`,
          `hint: run "git ${name(action)} --abort".`,
        ].join('\n'),
      );
      return 1;
    }
    if (options.noCommit) {
      writeState(ctx, 'MERGE_MSG', message);
      if (revert) writeState(ctx, 'REVERT_HEAD', `${oid}\n`);
      continue;
    }
    const headTree = objects.readCommit(ctx.repo().refs.head().oid!).tree;
    const resultTree = objects.writeTreeFromPaths([...outcome.files].map(([path, side]) => ({ path, ...side })));
    if (resultTree === headTree) return stopEmpty(ctx, action, oid, message);
    const reflog = revert ? `revert: ${messageSubject(message)}` : `cherry-pick: ${messageSubject(message)}`;
    commitPicked(ctx, outcome, { message, ...(revert ? {} : { author: commit.author }), reflog });
  }
  clearSequencer(ctx);
  return 0;
}

/** The change is already there: git stops rather than make an empty commit. */
function stopEmpty(ctx: SandboxContext, action: Action, oid: string, message: string): number {
  writeState(ctx, 'MERGE_MSG', message);
  if (action === 'revert') {
    const head = ctx.repo().refs.head();
    ctx.out(head.attached ? `On branch ${head.branch}` : `HEAD detached at ${abbrev(ctx, head.oid!)}`);
    ctx.out('nothing to commit, working tree clean');
    return 1;
  }
  writeState(ctx, 'CHERRY_PICK_HEAD', `${oid}\n`);
  getGitCommand('status')?.run(ctx, []);
  ctx.err(
    [
      'The previous cherry-pick is now empty, possibly due to conflict resolution.',
      'If you wish to commit it anyway, use:',
      '',
      '    git commit --allow-empty',
      '',
      "Otherwise, please use 'git cherry-pick --skip'",
    ].join('\n'),
  );
  return 1;
}

function inProgress(ctx: SandboxContext, action: Action): string | undefined {
  return stateOid(ctx, action === 'pick' ? 'CHERRY_PICK_HEAD' : 'REVERT_HEAD');
}

function continueSequence(ctx: SandboxContext, action: Action): number {
  const { objects, refs } = ctx.repo();
  const current = inProgress(ctx, action);
  const todo = readTodo(ctx);
  if (!current && !todo) throw fatal('no cherry-pick or revert in progress');
  let remaining = todo?.oids ?? [];
  if (current) {
    const entries = loadIndex(ctx).entries;
    if (conflictedPaths(entries).length > 0) throw new CommandError([...UNMERGED_HINT, `fatal: ${name(action)} failed`], 128);
    const headOid = refs.head().oid!;
    const before = treeSides(ctx, objects.readCommit(headOid).tree);
    const tree = writeIndexTree(ctx, entries);
    const message = cleanMessage(readState(ctx, 'MERGE_MSG') ?? '', 'strip');
    const picked = objects.readCommit(current);
    const oid = writeCommit(ctx, { tree, parents: [headOid], message, ...(action === 'pick' ? { author: picked.author } : {}) });
    updateRef(ctx, 'HEAD', oid, `commit (${name(action)}): ${messageSubject(message)}`);
    printCommitSummary(ctx, oid, before, treeSides(ctx, tree));
    removeState(ctx, 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'MERGE_MSG', 'AUTO_MERGE');
    remaining = remaining.filter((oid) => oid !== current);
  }
  return runSequence(ctx, todo?.action ?? action, remaining, withSavedOptions(ctx));
}

function abortSequence(ctx: SandboxContext, action: Action): number {
  const current = inProgress(ctx, action);
  const startHead = ctx.fs.tryReadText(`${SEQ}/head`)?.trim();
  if (!current && !startHead) throw new CommandError([`error: no ${name(action)} in progress`, `fatal: ${name(action)} failed`], 128);
  const { refs, objects } = ctx.repo();
  const headOid = refs.head().oid;
  if (startHead && headOid && startHead !== headOid) {
    const headTree = objects.readCommit(headOid).tree;
    switchTrees(ctx, headTree, objects.readCommit(startHead).tree, { force: true });
    updateRef(ctx, 'HEAD', startHead, `${name(action)}: aborting`);
  } else {
    resetToHead(ctx);
    // git aborts with a `reset --merge` to the commit it started from, which HEAD's log records.
    if (headOid) refs.appendReflog('HEAD', headOid, headOid, identity(ctx), `reset: moving to ${headOid}`);
  }
  removeState(ctx, 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'MERGE_MSG', 'AUTO_MERGE');
  clearSequencer(ctx);
  return 0;
}

function skipCurrent(ctx: SandboxContext, action: Action): number {
  const current = inProgress(ctx, action);
  if (!current) throw new CommandError([`error: no ${name(action)} in progress`, `fatal: ${name(action)} failed`], 128);
  resetToHead(ctx);
  removeState(ctx, 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'MERGE_MSG', 'AUTO_MERGE');
  const todo = readTodo(ctx);
  return runSequence(ctx, action, (todo?.oids ?? []).filter((oid) => oid !== current), withSavedOptions(ctx));
}

/** The `git cherry-pick` / `git revert` command lines. */
export function runPickCommand(ctx: SandboxContext, action: Action, args: readonly string[]): number {
  const usage = `git ${name(action)} [--no-edit] [-n] [-m <parent-number>]${action === 'pick' ? ' [-x]' : ''} <commit>... | --continue | --skip | --abort`;
  const opts = parseOptions(
    args,
    [
      { name: 'continue', long: ['continue'] },
      { name: 'abort', long: ['abort'] },
      { name: 'skip', long: ['skip'] },
      { name: 'quit', long: ['quit'] },
      { name: 'no-edit', long: ['no-edit'] },
      { name: 'edit', short: 'e', long: ['edit'] },
      { name: 'no-commit', short: 'n', long: ['no-commit'] },
      { name: 'mainline', short: 'm', long: ['mainline'], value: true },
      ...(action === 'pick' ? [{ name: 'record-origin', short: 'x' }] : []),
    ],
    usage,
  );
  if (opts.has('continue')) return continueSequence(ctx, action);
  if (opts.has('abort')) return abortSequence(ctx, action);
  if (opts.has('skip')) return skipCurrent(ctx, action);
  if (opts.has('quit')) {
    removeState(ctx, 'CHERRY_PICK_HEAD', 'REVERT_HEAD');
    clearSequencer(ctx);
    return 0;
  }
  if (opts.positional.length === 0) throw new CommandError([`usage: ${usage}`], 129);
  if (inProgress(ctx, 'pick') || inProgress(ctx, 'revert')) {
    throw new CommandError(
      [
        `error: ${inProgress(ctx, 'pick') ? 'cherry-pick' : 'revert'} is already in progress`,
        `hint: try "git ${name(action)} (--continue | --abort | --quit)"`,
        `fatal: ${name(action)} failed`,
      ],
      128,
    );
  }
  const mainlineText = opts.value('mainline');
  if (mainlineText !== undefined && !/^[1-9]\d*$/.test(mainlineText)) {
    throw new CommandError([`error: option \`mainline' expects a number greater than zero`], 129);
  }
  const mainline = mainlineText !== undefined ? Number(mainlineText) : undefined;
  const headOid = ctx.repo().refs.head().oid;
  if (!headOid) throw fatal(`can't ${name(action)} into an empty head`);
  const oids = expand(ctx, opts.positional, action);
  if (oids.length > 1) {
    ctx.fs.mkdirp(SEQ);
    ctx.fs.writeFileAtomic(`${SEQ}/head`, `${headOid}\n`);
    ctx.fs.writeFileAtomic(`${SEQ}/abort-safety`, `${headOid}\n`);
    if (mainline !== undefined) ctx.fs.writeFileAtomic(`${SEQ}/opts`, `[options]\n\tmainline = ${mainline}\n`);
  }
  return runSequence(ctx, action, oids, { noCommit: opts.has('no-commit'), recordOrigin: opts.has('record-origin'), ...(mainline !== undefined ? { mainline } : {}) });
}
