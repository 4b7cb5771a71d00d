/**
 * `git switch` and `git checkout`: change branch (carrying local changes over, refusing when
 * they would be lost), create one (-c/-b), go back (-), detach HEAD at a commit with git's
 * advice, and (checkout only) restore files from the index or a commit.
 */
import type { SandboxContext } from '../context';
import { CommandError, fatal } from '../errors';
import { switchTrees } from '../core/checkout';
import { ancestors } from '../core/graph';
import { abbrev, headTree, messageSubject, previousBranch, setHead } from '../core/repo-ops';
import { resolveCommit, resolveRevision, unknownRevision } from '../core/revisions';
import { computeStatus } from '../core/worktree';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { checkNewBranchName, createBranch } from './branch-util';
import { parsePathspecs } from './common';
import { restorePaths } from './restore';
import { trackingLines } from './status';

const SWITCH_USAGE = 'git switch [-c|-C <new-branch>] [--detach] [-f] (<branch> | <start-point> | -)';
const CHECKOUT_USAGE = 'git checkout [-b|-B <new-branch>] [--detach] [-f] (<branch> | <commit> | -) | [<tree-ish>] [--] <pathspec>...';

const DETACHED_ADVICE = [
  '',
  "You are in 'detached HEAD' state. You can look around, make experimental",
  'changes and commit them, and you can discard any commits you make in this',
  'state without impacting any branches by switching back to a branch.',
  '',
  'If you want to create a new branch to retain commits you create, you may',
  'do so (now or later) by using -c with the switch command. Example:',
  '',
  '  git switch -c <new-branch-name>',
  '',
  'Or undo this operation with:',
  '',
  '  git switch -',
  '',
  'Turn off this advice by setting config variable advice.detachedHead to false',
  '',
];

export type SwitchTarget =
  | { readonly kind: 'branch'; readonly name: string }
  | { readonly kind: 'detach'; readonly oid: string; readonly label: string; readonly forced: boolean };

/** Commits reachable only from `oid` (no branch, tag or remote branch leads to them). */
function orphanedCommits(ctx: SandboxContext, oid: string): string[] {
  const { refs } = ctx.repo();
  const kept = ancestors(ctx, refs.list('refs/').map((r) => resolveCommit(ctx, r.name)).filter((x): x is string => Boolean(x)));
  return [...ancestors(ctx, [oid])].filter((c) => !kept.has(c));
}

/** Moves HEAD (and the work tree) to a branch or a detached commit, printing what git prints. */
export function performSwitch(ctx: SandboxContext, target: SwitchTarget, options: { force?: boolean; created?: 'new' | 'reset'; quiet?: boolean; treeDone?: boolean } = {}): void {
  const { refs, objects } = ctx.repo();
  const old = refs.head();
  const newOid = target.kind === 'branch' ? refs.resolve(`refs/heads/${target.name}`) : target.oid;
  const newTree = newOid ? objects.readCommit(newOid).tree : undefined;
  if (!options.treeDone && (newOid || options.force)) switchTrees(ctx, headTree(ctx), newTree, { force: options.force ?? false });
  const oldDesc = old.attached ? old.branch! : (old.oid ?? '(invalid)');
  const label = target.kind === 'branch' ? target.name : target.label;
  const message = `checkout: moving from ${oldDesc} to ${label}`;
  if (target.kind === 'branch') setHead(ctx, { branch: target.name }, message);
  else setHead(ctx, { detached: target.oid }, message);
  if (options.quiet) return;
  const err: string[] = [];
  if (!old.attached && old.oid && old.oid !== newOid) {
    const lost = orphanedCommits(ctx, old.oid);
    if (lost.length) {
      const n = lost.length;
      const shown = lost.slice(0, 4).map((c) => `  ${abbrev(ctx, c)} ${messageSubject(objects.readCommit(c).message)}`);
      if (n > 4) shown.push(` ... and ${n - 4} more.`);
      err.push(
        `Warning: you are leaving ${n} commit${n === 1 ? '' : 's'} behind, not connected to`,
        'any of your branches:',
        '',
        ...shown,
        '',
        `If you want to keep ${n === 1 ? 'it' : 'them'} by creating a new branch, this may be a good time`,
        'to do so with:',
        '',
        ` git branch <new-branch-name> ${abbrev(ctx, old.oid)}`,
        '',
      );
    } else if (target.kind === 'branch' || old.oid !== newOid) {
      err.push(`Previous HEAD position was ${abbrev(ctx, old.oid)} ${messageSubject(objects.readCommit(old.oid).message)}`);
    }
  }
  if (target.kind === 'detach') {
    if (old.attached && !target.forced) err.push(`Note: switching to '${target.label}'.`, ...DETACHED_ADVICE);
    err.push(`HEAD is now at ${abbrev(ctx, target.oid)} ${messageSubject(objects.readCommit(target.oid).message)}`);
  } else if (options.created === 'new') err.push(`Switched to a new branch '${target.name}'`);
  else if (options.created === 'reset') err.push(`Switched to and reset branch '${target.name}'`);
  else if (old.attached && old.branch === target.name) err.push(`Already on '${target.name}'`);
  else err.push(`Switched to branch '${target.name}'`);
  // Creating a branch at HEAD skips git's tree merge, and with it the list of local changes.
  const sameCommitNewBranch = options.created !== undefined && old.oid === newOid;
  const status = computeStatus(ctx);
  const local = sameCommitNewBranch ? [] : status.tracked.map((t) => `${t.worktree === 'D' || t.index === 'D' ? 'D' : t.index === 'A' ? 'A' : 'M'}\t${t.path}`);
  if (local.length) ctx.out(local.join('\n'));
  ctx.err(err.join('\n'));
  if (target.kind === 'branch') {
    const tracking = trackingLines(ctx, target.name, newOid);
    if (tracking.length) ctx.out(tracking.join('\n'));
  }
}

/** A remote-tracking branch `<remote>/<name>` to create a local branch from, when exactly one exists. */
function guessRemoteBranch(ctx: SandboxContext, name: string): string | undefined {
  const matches = ctx.repo().refs.list('refs/remotes/').filter((r) => r.name.endsWith(`/${name}`) && r.name.split('/').length === 4);
  return matches.length === 1 ? matches[0]!.name.slice('refs/remotes/'.length) : undefined;
}

function resolvePrevious(ctx: SandboxContext, word: string): string {
  if (word !== '-' && !/^@\{-\d+\}$/.test(word)) return word;
  const n = word === '-' ? 1 : Number(word.slice(3, -1));
  const prev = previousBranch(ctx, n);
  if (!prev) throw fatal(word === '-' ? 'no previous branch to switch back to' : `invalid reference: ${word}`);
  return prev;
}

function createAndSwitch(ctx: SandboxContext, name: string, start: string, reset: boolean, force: boolean, track: boolean, quiet = false): void {
  const { refs } = ctx.repo();
  checkNewBranchName(ctx, name, reset);
  const head = refs.head();
  const existed = refs.exists(`refs/heads/${name}`);
  if (!head.oid && start === 'HEAD') {
    // On an unborn branch a new branch is just a new name for HEAD.
    refs.writeSymbolic('HEAD', `refs/heads/${name}`);
    if (!quiet) ctx.err(`Switched to a new branch '${name}'`);
    return;
  }
  const oid = resolveCommit(ctx, start);
  if (!oid) throw fatal(`'${start}' is not a commit and a branch '${name}' cannot be created from it`);
  switchTrees(ctx, headTree(ctx), ctx.repo().objects.readCommit(oid).tree, { force });
  createBranch(ctx, name, oid, start, { force: reset, track, quietTrack: quiet });
  performSwitch(ctx, { kind: 'branch', name }, { created: existed ? 'reset' : 'new', treeDone: true, quiet });
}

registerGitCommand({
  name: 'switch',
  summary: 'switch branches (-c to create one, - for the previous one)',
  usage: SWITCH_USAGE,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'create', short: 'c', long: ['create'], value: true },
      { name: 'forceCreate', short: 'C', long: ['force-create'], value: true },
      { name: 'detach', short: 'd', long: ['detach'] },
      { name: 'force', short: 'f', long: ['force', 'discard-changes'] },
      { name: 'quiet', short: 'q', long: ['quiet'] },
      { name: 'track', short: 't', long: ['track'] },
      { name: 'noTrack', long: ['no-track'] },
      { name: 'guess', long: ['guess'] },
      { name: 'orphan', long: ['orphan'], value: true },
    ], SWITCH_USAGE);
    const words = opts.positional;
    const force = opts.has('force');
    if (opts.has('orphan')) throw fatal('orphan branches are not supported in the sandbox');
    const newName = opts.value('create') ?? opts.value('forceCreate');
    if (newName !== undefined) {
      if (words.length > 1) throw fatal('too many arguments');
      createAndSwitch(ctx, newName, resolvePrevious(ctx, words[0] ?? 'HEAD'), opts.has('forceCreate'), force, !opts.has('noTrack'), opts.has('quiet'));
      return 0;
    }
    if (words.length === 0) {
      if (opts.has('detach')) {
        const head = ctx.repo().refs.head().oid;
        if (!head) throw fatal('You are on a branch yet to be born');
        performSwitch(ctx, { kind: 'detach', oid: head, label: 'HEAD', forced: true }, { force, quiet: opts.has('quiet') });
        return 0;
      }
      throw fatal('missing branch or commit argument');
    }
    if (words.length > 1) throw fatal('only one reference expected');
    const word = resolvePrevious(ctx, words[0]!);
    const { refs } = ctx.repo();
    if (opts.has('detach')) {
      const oid = resolveCommit(ctx, word);
      if (!oid) throw fatal(`invalid reference: ${word}`);
      performSwitch(ctx, { kind: 'detach', oid, label: word, forced: true }, { force, quiet: opts.has('quiet') });
      return 0;
    }
    if (refs.exists(`refs/heads/${word}`)) {
      performSwitch(ctx, { kind: 'branch', name: word }, { force, quiet: opts.has('quiet') });
      return 0;
    }
    const remote = guessRemoteBranch(ctx, word);
    if (remote) {
      // git names the full ref in the reflog when it guesses the remote branch.
      createAndSwitch(ctx, word, `refs/remotes/${remote}`, false, force, true, opts.has('quiet'));
      return 0;
    }
    if (resolveCommit(ctx, word)) {
      throw new CommandError([`fatal: a branch is expected, got ${refs.exists(`refs/tags/${word}`) ? `tag '${word}'` : `commit '${word}'`}`, 'hint: If you want to detach HEAD at the commit, try again with the --detach option.'], 128);
    }
    throw fatal(`invalid reference: ${word}`);
  },
});

registerGitCommand({
  name: 'checkout',
  summary: 'switch branches or restore files (git switch and git restore split these jobs)',
  usage: CHECKOUT_USAGE,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'branch', short: 'b', value: true },
      { name: 'forceBranch', short: 'B', value: true },
      { name: 'detach', long: ['detach'] },
      { name: 'force', short: 'f', long: ['force'] },
      { name: 'quiet', short: 'q', long: ['quiet'] },
      { name: 'track', short: 't', long: ['track'] },
      { name: 'noTrack', long: ['no-track'] },
      { name: 'orphan', long: ['orphan'], value: true },
      { name: 'patch', short: 'p', long: ['patch'] },
    ], CHECKOUT_USAGE);
    if (opts.has('orphan')) throw fatal('orphan branches are not supported in the sandbox');
    if (opts.has('patch')) throw fatal('interactive checkout (-p) needs a full terminal; restore whole files instead');
    const words = opts.positional;
    const force = opts.has('force');
    const quiet = opts.has('quiet');
    const { refs } = ctx.repo();
    const newName = opts.value('branch') ?? opts.value('forceBranch');
    if (newName !== undefined) {
      if (opts.afterDashDash?.length) throw fatal("'-b' cannot be used with updating paths");
      if (words.length > 1) throw fatal(`'${words[1]}' is not a commit and a branch '${newName}' cannot be created from it`);
      createAndSwitch(ctx, newName, resolvePrevious(ctx, words[0] ?? 'HEAD'), opts.has('forceBranch'), force, !opts.has('noTrack'), quiet);
      return 0;
    }
    // File mode: `checkout -- paths` or `checkout <tree-ish> -- paths`.
    if (opts.afterDashDash !== undefined) {
      if (words.length > 1) throw unknownRevision(words[1]!);
      return checkoutPaths(ctx, words[0], opts.afterDashDash, false);
    }
    if (words.length === 0) {
      if (opts.has('detach')) {
        const head = refs.head().oid;
        if (!head) throw fatal('You are on a branch yet to be born');
        performSwitch(ctx, { kind: 'detach', oid: head, label: 'HEAD', forced: true }, { force, quiet });
        return 0;
      }
      // git checkout with nothing: report the tracking state.
      const head = refs.head();
      if (head.attached && head.branch) {
        const lines = trackingLines(ctx, head.branch, head.oid);
        if (lines.length) ctx.out(lines.join('\n'));
      }
      return 0;
    }
    const first = resolvePrevious(ctx, words[0]!);
    if (words.length === 1) {
      if (!opts.has('detach') && refs.exists(`refs/heads/${first}`)) {
        performSwitch(ctx, { kind: 'branch', name: first }, { force, quiet });
        return 0;
      }
      const oid = resolveCommit(ctx, first);
      if (oid) {
        performSwitch(ctx, { kind: 'detach', oid, label: first, forced: opts.has('detach') }, { force, quiet });
        return 0;
      }
      if (opts.has('detach')) throw fatal(`invalid reference: ${first}`);
      const remote = guessRemoteBranch(ctx, first);
      if (remote) {
        createAndSwitch(ctx, first, `refs/remotes/${remote}`, false, force, true, quiet);
        return 0;
      }
      return checkoutPaths(ctx, undefined, [words[0]!], !quiet);
    }
    // checkout <tree-ish> <paths...> without --
    if (resolveRevision(ctx, first)) return checkoutPaths(ctx, first, words.slice(1), !quiet);
    return checkoutPaths(ctx, undefined, words, !quiet);
  },
});

function checkoutPaths(ctx: SandboxContext, source: string | undefined, typed: readonly string[], announce: boolean): number {
  if (typed.length === 0) throw fatal('you must specify path(s) to restore');
  let sourceTree: string | undefined;
  if (source !== undefined) {
    const tree = resolveRevision(ctx, `${source}^{tree}`);
    if (!tree) throw unknownRevision(source);
    sourceTree = tree;
  }
  const specs = parsePathspecs(ctx, typed);
  const count = restorePaths(ctx, { specs, ...(sourceTree ? { sourceTree } : {}), fromIndex: source === undefined, staged: source !== undefined, worktree: true, overlay: true });
  // git reports the count only when the paths were given without `--`.
  if (announce) ctx.err(`Updated ${count} path${count === 1 ? '' : 's'} from ${source === undefined ? 'the index' : abbrev(ctx, sourceTree!)}`);
  return 0;
}

