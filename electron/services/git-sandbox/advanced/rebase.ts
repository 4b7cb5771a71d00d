/**
 * `git rebase`: replays commits onto a new base (plain, `--onto`, and interactive with a
 * todo list the caller supplies), stops on conflicts and resumes with --continue / --skip /
 * --abort. It follows git's sequencer: picks whose parent is already HEAD are
 * fast-forwarded, so their ids stay the same as in real git.
 */
import { CommandError, fatal } from '../errors';
import type { SandboxContext } from '../context';
import { switchTrees } from '../core/checkout';
import type { ObjectStore, Signature } from '../core/objects';
import { abbrev, cleanMessage, conflictedPaths, loadIndex, messageSubject, setHead, updateRef, writeCommit, writeIndexTree, writeOrigHead } from '../core/repo-ops';
import { upstreamOf } from '../core/revisions';
import { commitsToReplay, isAncestorOf, mergeBases } from './graph';
import { resetToHead } from './merge';
import { withoutAppliedChanges } from './patch-id';
import { applyCommitChange, printCommitSummary, type PickOutcome } from './pick';
import { conflictsBlock, removeState, writeState } from './state-files';
import { readRebaseState, REBASE_DIR, removeRebaseState, writeRebaseState, type RebaseState, type TodoItem } from './rebase-state';
import { chainKeptMessage, chainOpensEditor, extendChain, firstLine, readChain, squashTemplate, writeChain } from './rebase-squash';
import { hasLocalChanges, treeSides } from './work-tree';

export interface RebaseRequest {
  /** Commits reachable from here are not replayed (defaults to `onto`). */
  readonly upstream: string;
  readonly onto: string;
  /** How the learner named the new base, for `rebase (start): checkout <name>`. */
  readonly ontoName: string;
  /** The branch to rebase when it is not the current one (`git rebase <upstream> <branch>`). */
  readonly branch?: string;
  /** The reflog's name for the operation: `rebase`, or `pull --rebase` when pull runs it. */
  readonly reflogAction?: string;
  /** The plan for an interactive rebase; omitted for a plain rebase (pick everything). */
  readonly todo?: readonly TodoItem[];
}

function refuseDirty(ctx: SandboxContext): void {
  const { refs, objects } = ctx.repo();
  const head = refs.head().oid;
  const changes = hasLocalChanges(ctx, treeSides(ctx, head ? objects.readCommit(head).tree : undefined));
  if (changes.unstaged) throw new CommandError(['error: cannot rebase: You have unstaged changes.', 'error: Please commit or stash them.'], 1);
  if (changes.staged) throw new CommandError(['error: cannot rebase: Your index contains uncommitted changes.', 'error: Please commit or stash them.'], 1);
}

/** The commits a rebase of HEAD onto `upstream` would replay, oldest first. */
export function rebasePlan(ctx: SandboxContext, upstream: string): string[] {
  const head = ctx.repo().refs.head().oid;
  if (!head) throw fatal('the current branch has no commits yet');
  return replayable(ctx.repo().objects, upstream, head);
}

/** Commits of `head` not in `upstream`, minus those whose change upstream already has. */
function replayable(objects: ObjectStore, upstream: string, head: string): string[] {
  return withoutAppliedChanges(objects, upstream, head, commitsToReplay(objects, upstream, head)).keep;
}

/** Starts a rebase of the current branch; returns the exit code. */
export function startRebase(ctx: SandboxContext, request: RebaseRequest): number {
  const { refs, objects } = ctx.repo();
  if (rebaseInProgress(ctx)) throw alreadyRebasing();
  refuseDirty(ctx);
  const head = refs.head();
  if (!head.oid) throw fatal('the current branch has no commits yet');
  // `git rebase <upstream> <branch>` rebases <branch>, checking it out first.
  const other = request.branch !== undefined && request.branch !== head.branch ? request.branch : undefined;
  const namedCurrent = request.branch !== undefined && other === undefined;
  const otherOid = other !== undefined ? refs.resolve(`refs/heads/${other}`) : undefined;
  if (other !== undefined && !otherOid) throw fatal(`no such branch: ${other}`);
  const currentTree = objects.readCommit(head.oid).tree;
  const origHead = otherOid ?? head.oid;
  const headName = other !== undefined ? `refs/heads/${other}` : head.attached ? head.ref! : 'detached HEAD';
  const shortName = other ?? (head.attached ? head.branch! : 'HEAD');
  const replay = request.todo ? undefined : withoutAppliedChanges(objects, request.upstream, origHead, commitsToReplay(objects, request.upstream, origHead));
  const plan: readonly TodoItem[] = request.todo ?? replay!.keep.map((oid): TodoItem => ({ action: 'pick', oid }));
  if (replay && replay.skipped.length > 0) {
    ctx.err(
      [
        ...replay.skipped.map((oid) => `warning: skipped previously applied commit ${abbrev(ctx, oid)}`),
        'hint: use --reapply-cherry-picks to include skipped commits',
        'hint: Disable this message with "git config advice.skippedCherryPicks false"',
      ].join('\n'),
    );
  }

  if (!request.todo && request.upstream === request.onto && mergeBases(objects, request.onto, origHead)[0] === request.onto) {
    if (other !== undefined) {
      switchTrees(ctx, currentTree, objects.readCommit(origHead).tree, { verb: 'checkout' });
      setHead(ctx, { branch: other }, `rebase: checkout ${other}`);
    } else if (namedCurrent) {
      // Naming the current branch makes git check it out again; its reflog shows that twice.
      for (let i = 0; i < 2; i++) refs.appendReflog('HEAD', origHead, origHead, identityNow(ctx), `rebase: checkout ${request.branch}`);
    }
    ctx.out(`Current branch ${shortName} is up to date.`);
    return 0;
  }
  if (!request.todo && isAncestorOf(objects, origHead, request.onto) && plan.length === 0) {
    switchTrees(ctx, currentTree, objects.readCommit(request.onto).tree, { verb: 'checkout' });
    writeOrigHead(ctx, origHead);
    finish(ctx, { headName, onto: request.onto, origHead, todo: [], done: [], total: 0, interactive: false, messages: {} }, request.onto);
    return 0;
  }

  writeOrigHead(ctx, origHead);
  const start = skipUnnecessaryPicks(objects, request.onto, plan);
  switchTrees(ctx, currentTree, objects.readCommit(start.onto).tree, { verb: 'checkout' });
  refs.writeRaw('HEAD', start.onto);
  const action = request.reflogAction ?? 'rebase';
  refs.appendReflog('HEAD', head.oid, start.onto, identityNow(ctx), `${action} (start): checkout ${request.ontoName}`);
  const messages: Record<string, string> = {};
  for (const item of plan) if (item.message !== undefined) messages[item.oid] = item.message;
  const state: RebaseState = { headName, onto: request.onto, origHead, todo: start.rest, done: start.skipped, total: plan.length, interactive: request.todo !== undefined, messages };
  writeRebaseState(ctx, state);
  ctx.fs.writeFileAtomic(ACTION_FILE, action);
  return proceed(ctx, state);
}

const ACTION_FILE = `${REBASE_DIR}/sandbox-reflog-action`;

/** `rebase`, or `pull --rebase` when the rebase was started by pull (git names reflog entries so). */
function actionOf(ctx: SandboxContext): string {
  return ctx.fs.tryReadText(ACTION_FILE) ?? 'rebase';
}

function identityNow(ctx: SandboxContext): Signature {
  const { config } = ctx.repo();
  const { timestamp, tz } = ctx.clock.now();
  return { name: config.get('user.name') ?? 'Roadbook Learner', email: config.get('user.email') ?? 'learner@roadbook.local', timestamp, tz };
}

function rebaseInProgress(ctx: SandboxContext): boolean {
  return ctx.fs.isDir(REBASE_DIR);
}

function alreadyRebasing(): CommandError {
  return new CommandError(
    [
      'fatal: It seems that there is already a rebase-merge directory, and',
      'I wonder if you are in the middle of another rebase.  If that is the',
      'case, please try',
      '\tgit rebase (--continue | --abort | --skip)',
      'If that is not the case, please',
      `\trm -fr ".git/rebase-merge"`,
      'and run me again.  I am stopping in case you still have something',
      'valuable there.',
    ],
    128,
  );
}

function headOid(ctx: SandboxContext): string {
  return ctx.repo().refs.head().oid!;
}

function moveHead(ctx: SandboxContext, oid: string, reflog: string): void {
  updateRef(ctx, 'HEAD', oid, reflog);
}

/** `[detached HEAD abc1234] subject`, the date and the stat, as git prints after an edited commit. */
function printSummary(ctx: SandboxContext, oid: string, showDate = true): void {
  const { objects } = ctx.repo();
  const parent = objects.readCommit(oid).parents[0];
  printCommitSummary(ctx, oid, treeSides(ctx, parent ? objects.readCommit(parent).tree : undefined), treeSides(ctx, objects.readCommit(oid).tree), showDate);
}

/** Replaces HEAD by a commit with the same tree and parents and a new message (reword). */
function amendMessage(ctx: SandboxContext, message: string, label: string): void {
  const { objects } = ctx.repo();
  const previous = objects.readCommit(headOid(ctx));
  const oid = writeCommit(ctx, { tree: previous.tree, parents: previous.parents, message, author: previous.author });
  moveHead(ctx, oid, `${label}: ${firstLine(message)}`);
  printSummary(ctx, oid);
}

/** Commits a picked tree: a new commit for pick/reword/edit, a meld into HEAD for squash/fixup. */
function commitItem(ctx: SandboxContext, item: TodoItem, tree: string, nextMelds: boolean, label: string, printAlways = false): void {
  const { objects } = ctx.repo();
  const commit = objects.readCommit(item.oid);
  const current = headOid(ctx);
  if (item.action === 'squash' || item.action === 'fixup') {
    // A new chain begins with HEAD's message as it is now, as git's sequencer reads it: a
    // reworded or amended message, not the picked commit's original one.
    const before = readChain(ctx);
    const seed = before.length > 0 ? before : [{ message: objects.readCommit(current).message, fixup: false }];
    const chain = extendChain(seed, { message: commit.message, fixup: item.action === 'fixup', ...(item.flag ? { replace: item.flag } : {}) });
    // The chain is kept while more melds follow (a stop for a conflict resumes it), then closed.
    writeChain(ctx, nextMelds ? chain : []);
    let message: string;
    // The chain's last step opens git's editor when a squash or a `fixup -c` is in it (or a
    // message was given); otherwise the kept message is committed as it is.
    const edited = !nextMelds && (item.message !== undefined || chainOpensEditor(chain));
    if (nextMelds) message = squashTemplate(chain);
    else if (item.message !== undefined) message = cleanMessage(item.message);
    else if (edited) message = cleanMessage(squashTemplate(chain), 'strip');
    else message = chainKeptMessage(chain);
    const previous = objects.readCommit(current);
    const oid = writeCommit(ctx, { tree, parents: previous.parents, message, author: previous.author });
    moveHead(ctx, oid, `${label}: ${firstLine(message)}`);
    if (edited || printAlways) printSummary(ctx, oid, !printAlways);
    return;
  }
  writeChain(ctx, []);
  const oid = writeCommit(ctx, { tree, parents: [current], message: commit.message, author: commit.author });
  moveHead(ctx, oid, `${label}: ${firstLine(commit.message)}`);
  // `rebase --continue` commits through `git commit`, whose summary has no date line.
  if (printAlways && item.action !== 'reword') printSummary(ctx, oid, false);
  if (item.action === 'reword') amendMessage(ctx, item.message !== undefined ? cleanMessage(item.message) : commit.message, `${actionOf(ctx)} (reword)`);
}

function treeOf(outcome: PickOutcome, ctx: SandboxContext): string {
  return ctx.repo().objects.writeTreeFromPaths([...outcome.files].map(([path, side]) => ({ path, ...side })));
}

const MELDS = new Set(['squash', 'fixup']);

function stopForConflict(ctx: SandboxContext, state: RebaseState, item: TodoItem, outcome: PickOutcome, progress: string): number {
  const { objects } = ctx.repo();
  const commit = objects.readCommit(item.oid);
  writeRebaseState(ctx, state);
  writeState(ctx, 'MERGE_MSG', commit.message + conflictsBlock(outcome.conflicts.map((c) => c.path)));
  ctx.fs.writeFileAtomic('.git/REBASE_HEAD', `${item.oid}\n`);
  ctx.fs.writeFileAtomic(`${REBASE_DIR}/message`, commit.message);
  ctx.fs.writeFileAtomic(`${REBASE_DIR}/stopped-sha`, `${item.oid}\n`);
  const a = commit.author;
  ctx.fs.writeFileAtomic(`${REBASE_DIR}/author-script`, `GIT_AUTHOR_NAME='${a.name}'\nGIT_AUTHOR_EMAIL='${a.email}'\nGIT_AUTHOR_DATE='@${a.timestamp} ${a.tz}'\n`);
  const short = `${abbrev(ctx, item.oid)}... ${messageSubject(commit.message)}`;
  ctx.err(
    progress +
    [
      `error: could not apply ${short}`,
      'hint: Resolve all conflicts manually, mark them as resolved with',
      'hint: "git add/rm <conflicted_files>", then run "git rebase --continue".',
      'hint: You can instead skip this commit: run "git rebase --skip".',
      'hint: To abort and get back to the state before "git rebase", run "git rebase --abort".',
      `Could not apply ${short}`,
    ].join('\n'),
  );
  return 1;
}

/** Runs the remaining todo items; stops at a conflict or an `edit`. */
function proceed(ctx: SandboxContext, initial: RebaseState): number {
  const { objects } = ctx.repo();
  const todo = [...initial.todo];
  const done = [...initial.done];
  const snapshot = (): RebaseState => ({ ...initial, todo: [...todo], done: [...done] });
  // git's progress line, rewritten in place with a carriage return after each step.
  let progress = '';
  while (todo.length > 0) {
    const item = todo.shift()!;
    done.push(item);
    progress += `Rebasing (${done.length}/${initial.total})\r`;
    if (item.action === 'drop') continue;
    const commit = objects.readCommit(item.oid);
    const current = headOid(ctx);
    const meld = MELDS.has(item.action);
    const nextMelds = todo.length > 0 && MELDS.has(todo[0]!.action);
    if (!meld && commit.parents.length === 1 && commit.parents[0] === current) {
      // git's sequencer fast-forwards a pick whose parent is already HEAD.
      switchTrees(ctx, objects.readCommit(current).tree, commit.tree, { verb: 'checkout' });
      moveHead(ctx, item.oid, `${actionOf(ctx)}: fast-forward`);
      writeChain(ctx, []);
      if (item.action === 'reword') amendMessage(ctx, item.message !== undefined ? cleanMessage(item.message) : commit.message, `${actionOf(ctx)} (reword)`);
    } else {
      const outcome = applyCommitChange(ctx, item.oid, { operation: 'rebase' });
      if (outcome.conflicts.length > 0) return stopForConflict(ctx, snapshot(), item, outcome, progress);
      const tree = treeOf(outcome, ctx);
      // A pick whose change is already upstream becomes empty and is dropped, as git does.
      const wasEmpty = commit.parents[0] !== undefined && objects.readCommit(commit.parents[0]).tree === commit.tree;
      if (!meld && tree === objects.readCommit(current).tree && !wasEmpty) continue;
      commitItem(ctx, item, tree, nextMelds, `${actionOf(ctx)} (${item.action})`);
    }
    if (item.action === 'edit') {
      const state = snapshot();
      writeRebaseState(ctx, state);
      ctx.fs.writeFileAtomic(`${REBASE_DIR}/amend`, `${headOid(ctx)}\n`);
      ctx.fs.writeFileAtomic(`${REBASE_DIR}/stopped-sha`, `${item.oid}\n`);
      ctx.err(
        progress +
        CLEAR_LINE +
        [
          `Stopped at ${abbrev(ctx, item.oid)}...  ${messageSubject(commit.message)}`,
          'You can amend the commit now, with',
          '',
          '  git commit --amend ',
          '',
          'Once you are satisfied with your changes, run',
          '',
          '  git rebase --continue',
        ].join('\n'),
      );
      return 0;
    }
  }
  finish(ctx, snapshot(), headOid(ctx), progress);
  return 0;
}

/** What git prints to wipe the progress line (an 80-column terminal). */
const CLEAR_LINE = `\r${' '.repeat(80)}\r`;

/**
 * git's skip_unnecessary_picks: leading picks that already sit on the new base are not
 * replayed; the rebase starts from the last of them.
 */
function skipUnnecessaryPicks(objects: ReturnType<SandboxContext['repo']>['objects'], onto: string, plan: readonly TodoItem[]): { onto: string; skipped: TodoItem[]; rest: TodoItem[] } {
  let base = onto;
  let i = 0;
  while (i < plan.length && plan[i]!.action === 'pick' && objects.readCommit(plan[i]!.oid).parents.length === 1 && objects.readCommit(plan[i]!.oid).parents[0] === base) {
    base = plan[i]!.oid;
    i++;
  }
  return { onto: base, skipped: plan.slice(0, i), rest: plan.slice(i) };
}

function finish(ctx: SandboxContext, state: RebaseState, result: string, progress?: string): void {
  const { refs } = ctx.repo();
  if (state.headName.startsWith('refs/')) {
    const old = refs.resolve(state.headName);
    refs.writeRaw(state.headName, result);
    const who = identityNow(ctx);
    const action = actionOf(ctx);
    refs.appendReflog(state.headName, old, result, who, `${action} (finish): ${state.headName} onto ${state.onto}`);
    const before = refs.head().oid;
    refs.writeSymbolic('HEAD', state.headName);
    refs.appendReflog('HEAD', before, result, who, `${action} (finish): returning to ${state.headName}`);
  } else {
    refs.writeRaw('HEAD', result);
  }
  removeRebaseState(ctx);
  removeState(ctx, 'MERGE_MSG', 'AUTO_MERGE');
  ctx.err(`${progress ?? ''}${progress !== undefined ? CLEAR_LINE : ''}Successfully rebased and updated ${state.headName}.`);
}

function requireState(ctx: SandboxContext): RebaseState {
  const state = readRebaseState(ctx);
  if (!state) throw fatal('No rebase in progress?');
  return state;
}

/** `git rebase --continue`. */
export function continueRebase(ctx: SandboxContext): number {
  const state = requireState(ctx);
  const { objects } = ctx.repo();
  const entries = loadIndex(ctx).entries;
  if (conflictedPaths(entries).length > 0) {
    throw new CommandError(['error: you must edit all merge conflicts and then', 'mark them as resolved using git add'], 1);
  }
  const current = headOid(ctx);
  const tree = writeIndexTree(ctx, entries);
  const changed = tree !== objects.readCommit(current).tree;
  const stopped = ctx.fs.tryReadText('.git/REBASE_HEAD')?.trim();
  const last = state.done[state.done.length - 1];
  if (stopped && last && changed) {
    commitItem(ctx, last, tree, state.todo.length > 0 && MELDS.has(state.todo[0]!.action), `${actionOf(ctx)} (continue)`, true);
  } else if (ctx.fs.isFile(`${REBASE_DIR}/amend`) && changed) {
    const previous = objects.readCommit(current);
    const oid = writeCommit(ctx, { tree, parents: previous.parents, message: previous.message, author: previous.author });
    moveHead(ctx, oid, `${actionOf(ctx)} (continue): ${firstLine(previous.message)}`);
  } else if (changed) {
    const oid = writeCommit(ctx, { tree, parents: [current], message: objects.readCommit(current).message });
    moveHead(ctx, oid, `${actionOf(ctx)} (continue)`);
  }
  clearStop(ctx);
  return proceed(ctx, state);
}

function clearStop(ctx: SandboxContext): void {
  for (const name of ['message', 'stopped-sha', 'author-script', 'amend']) ctx.fs.removeFileIfPresent(`${REBASE_DIR}/${name}`);
  ctx.fs.removeFileIfPresent('.git/REBASE_HEAD');
  removeState(ctx, 'MERGE_MSG', 'AUTO_MERGE');
}

/** `git rebase --skip`: drop the commit that stopped and carry on. */
export function skipRebase(ctx: SandboxContext): number {
  const state = requireState(ctx);
  resetToHead(ctx);
  clearStop(ctx);
  return proceed(ctx, state);
}

/** `git rebase --abort`: back to the branch as it was before the rebase. */
export function abortRebase(ctx: SandboxContext): number {
  const state = requireState(ctx);
  const { refs, objects } = ctx.repo();
  const current = headOid(ctx);
  switchTrees(ctx, objects.readCommit(current).tree, objects.readCommit(state.origHead).tree, { force: true });
  if (state.headName.startsWith('refs/')) {
    refs.writeSymbolic('HEAD', state.headName);
    refs.appendReflog('HEAD', current, state.origHead, identityNow(ctx), `${actionOf(ctx)} (abort): returning to ${state.headName}`);
  } else {
    refs.writeRaw('HEAD', state.origHead);
  }
  removeRebaseState(ctx);
  removeState(ctx, 'MERGE_MSG', 'AUTO_MERGE');
  return 0;
}

/** The upstream used by `git rebase` with no argument. */
export function defaultUpstream(ctx: SandboxContext): string {
  const head = ctx.repo().refs.head();
  const upstream = head.branch ? upstreamOf(ctx, head.branch) : undefined;
  if (!upstream) {
    throw new CommandError(
      [
        'There is no tracking information for the current branch.',
        'Please specify which branch you want to rebase against.',
        'See git-rebase(1) for details.',
        '',
        '    git rebase \'<branch>\'',
        '',
        'If you wish to set tracking information for this branch you can do so with:',
        '',
        `    git branch --set-upstream-to=<remote>/<branch> ${head.branch ?? '<branch>'}`,
        '',
      ],
      1,
    );
  }
  return upstream.replace(/^refs\/remotes\//, '').replace(/^refs\/heads\//, '');
}
