/** `git reset`: move the branch (--soft), also the index (--mixed, default), also the files (--hard); or unstage paths. */
import type { SandboxContext } from '../context';
import { GITDIR } from '../context';
import { fatal } from '../errors';
import { resetIndexTo, switchTrees } from '../core/checkout';
import { abbrev, headTree, messageSubject, operationsInProgress, updateRef, writeOrigHead } from '../core/repo-ops';
import { resolveCommit, resolveRevision, unknownRevision } from '../core/revisions';
import { computeStatus } from '../core/worktree';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { matchesAny, parsePathspecs, shownPath } from './common';

const USAGE = 'git reset [--soft | --mixed | --hard] [-q] [<commit>] | [<tree-ish>] [--] <pathspec>...';

function printUnstaged(ctx: SandboxContext): void {
  const status = computeStatus(ctx);
  const lines = status.tracked.filter((t) => t.worktree !== ' ').map((t) => `${t.worktree}\t${shownPath(ctx, t.path)}`);
  lines.push(...status.conflicts.map((c) => `U\t${shownPath(ctx, c.path)}`));
  if (lines.length) ctx.out(['Unstaged changes after reset:', ...lines].join('\n'));
}

/** Removes merge/cherry-pick/revert state, as any reset does. */
function clearBranchState(ctx: SandboxContext): void {
  for (const name of ['MERGE_HEAD', 'MERGE_MSG', 'MERGE_MODE', 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'SQUASH_MSG', 'AUTO_MERGE']) ctx.fs.removeFileIfPresent(`${GITDIR}/${name}`);
  ctx.fs.removeTree(`${GITDIR}/sequencer`);
}

registerGitCommand({
  name: 'reset',
  summary: 'move the current branch to a commit, and optionally reset the index and files',
  usage: USAGE,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'soft', long: ['soft'] },
      { name: 'mixed', long: ['mixed'] },
      { name: 'hard', long: ['hard'] },
      { name: 'merge', long: ['merge'] },
      { name: 'keep', long: ['keep'] },
      { name: 'quiet', short: 'q', long: ['quiet'] },
      { name: 'patch', short: 'p', long: ['patch'] },
    ], USAGE);
    if (opts.has('merge') || opts.has('keep')) throw fatal('reset --merge and --keep are not supported in the sandbox; use --soft, --mixed or --hard');
    if (opts.has('patch')) throw fatal('interactive reset (-p) needs a full terminal; reset whole files instead');
    const modes = ['soft', 'mixed', 'hard'].filter((m) => opts.has(m));
    if (modes.length > 1) throw fatal(`options '--${modes[0]}' and '--${modes[1]}' cannot be used together`);
    const { refs, objects } = ctx.repo();
    const head = refs.head();
    let words = opts.positional;
    let paths = opts.afterDashDash ?? [];
    let rev = 'HEAD';
    if (words.length) {
      const first = words[0]!;
      if (opts.afterDashDash !== undefined || resolveRevision(ctx, first)) {
        rev = first;
        words = words.slice(1);
      }
      if (words.length) {
        // Remaining words must be paths.
        for (const w of words) {
          if (!ctx.fs.exists(ctx.fs.resolveUserPath(ctx.cwd, w, 'read')) && !resolveRevision(ctx, w)) {
            const tracked = computeStatus(ctx).index.entries.some((e) => e.path === ctx.fs.resolveUserPath(ctx.cwd, w, 'read'));
            if (!tracked) throw unknownRevision(w);
          }
        }
        paths = [...words, ...paths];
      }
    }
    if (paths.length) {
      if (modes.length && !opts.has('mixed')) throw fatal(`Cannot do ${modes[0]} reset with paths.`);
      let tree: string | undefined;
      if (rev === 'HEAD' && !head.oid) tree = undefined;
      else {
        tree = resolveRevision(ctx, `${rev}^{tree}`);
        if (!tree) throw unknownRevision(rev);
      }
      const specs = parsePathspecs(ctx, paths);
      resetIndexTo(ctx, tree, (p) => matchesAny(p, specs));
      if (!opts.has('quiet')) printUnstaged(ctx);
      return 0;
    }
    const mode = (modes[0] ?? 'mixed') as 'soft' | 'mixed' | 'hard';
    let target: string | undefined;
    if (rev === 'HEAD' && !head.oid) target = undefined;
    else {
      target = resolveCommit(ctx, rev);
      if (!target) throw unknownRevision(rev);
    }
    if (mode === 'soft' && operationsInProgress(ctx).includes('merge')) throw fatal('Cannot do a soft reset in the middle of a merge.');
    const targetTree = target ? objects.readCommit(target).tree : undefined;
    if (mode === 'hard') switchTrees(ctx, headTree(ctx), targetTree, { force: true });
    else if (mode === 'mixed') resetIndexTo(ctx, targetTree);
    if (target) {
      if (head.oid) writeOrigHead(ctx, head.oid);
      updateRef(ctx, 'HEAD', target, `reset: moving to ${rev}`);
    }
    if (mode !== 'soft') clearBranchState(ctx);
    if (opts.has('quiet')) return 0;
    if (mode === 'hard') {
      if (target) ctx.out(`HEAD is now at ${abbrev(ctx, target)} ${messageSubject(objects.readCommit(target).message)}`);
    } else if (mode === 'mixed') printUnstaged(ctx);
    return 0;
  },
});
