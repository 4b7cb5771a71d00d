/** `git branch`: list (-v, -vv, -a, -r), create, -d/-D, -m/-M, -f, -u, --show-current. */
import type { SandboxContext } from '../context';
import { CommandError, fatal, gitError } from '../errors';
import { isAncestor } from '../core/graph';
import { abbrev, messageSubject } from '../core/repo-ops';
import { identity } from '../context';
import { ZERO_OID } from '../core/objects';
import { resolveCommit, upstreamOf, dwimRef } from '../core/revisions';
import { aheadBehind } from '../core/graph';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { checkNewBranchName, createBranch, setUpstream } from './branch-util';
import { detachedLine } from './status';

const USAGE = 'git branch [-v] [-a] [-r] | <name> [<start-point>] | -d/-D <name>... | -m/-M [<old>] <new> | -f <name> <start> | -u <upstream> | --show-current';

function listBranches(ctx: SandboxContext, verbose: number, all: boolean, remotes: boolean): void {
  const { refs, objects } = ctx.repo();
  const head = refs.head();
  const rows: { mark: string; name: string; oid: string; branch?: string }[] = [];
  if (!head.attached && head.oid && !remotes) {
    const detached = detachedLine(ctx, head.oid).replace(/^HEAD detached/, 'HEAD detached');
    rows.push({ mark: '*', name: `(${detached})`, oid: head.oid });
  }
  if (!remotes) {
    for (const ref of refs.list('refs/heads/')) {
      const name = ref.name.slice('refs/heads/'.length);
      rows.push({ mark: head.attached && head.branch === name ? '*' : ' ', name, oid: ref.oid, branch: name });
    }
  }
  if (all || remotes) {
    for (const ref of refs.list('refs/remotes/')) {
      const short = ref.name.slice('refs/remotes/'.length);
      const raw = refs.readRaw(ref.name);
      const label = all ? `remotes/${short}` : short;
      if (raw?.target) rows.push({ mark: ' ', name: `${label} -> ${raw.target.replace(/^refs\/remotes\//, '')}`, oid: '' });
      else rows.push({ mark: ' ', name: label, oid: ref.oid });
    }
  }
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = rows.map((r) => {
    if (!verbose || r.oid === '') return `${r.mark} ${r.name}`;
    let track = '';
    if (r.branch) {
      const up = upstreamOf(ctx, r.branch);
      if (up) {
        const upOid = refs.resolve(up);
        const short = up.replace(/^refs\/remotes\//, '').replace(/^refs\/heads\//, '');
        const parts: string[] = [];
        if (!upOid) parts.push('gone');
        else {
          const { ahead, behind } = aheadBehind(ctx, r.oid, upOid);
          if (ahead) parts.push(`ahead ${ahead}`);
          if (behind) parts.push(`behind ${behind}`);
        }
        if (verbose > 1) track = `[${short}${parts.length ? `: ${parts.join(', ')}` : ''}] `;
        else if (parts.length) track = `[${parts.join(', ')}] `;
      }
    }
    return `${r.mark} ${r.name.padEnd(width)} ${abbrev(ctx, r.oid)} ${track}${messageSubject(objects.readCommit(r.oid).message)}`;
  });
  ctx.out(lines.join('\n'));
}

function deleteBranches(ctx: SandboxContext, names: readonly string[], force: boolean, remote: boolean): number {
  const { refs } = ctx.repo();
  const head = refs.head();
  let code = 0;
  if (names.length === 0) throw fatal('branch name required');
  for (const name of names) {
    const ref = remote ? `refs/remotes/${name}` : `refs/heads/${name}`;
    const oid = refs.resolve(ref);
    if (!oid) {
      ctx.err(remote ? `error: remote-tracking branch '${name}' not found.` : `error: branch '${name}' not found.`);
      code = 1;
      continue;
    }
    if (!remote && head.attached && head.branch === name) {
      ctx.err(`error: Cannot delete branch '${name}' checked out at '${ctx.dir}'`);
      code = 1;
      continue;
    }
    if (!remote && !force) {
      const up = upstreamOf(ctx, name);
      const upOid = up ? refs.resolve(up) : undefined;
      const against = upOid ?? head.oid;
      if (!against || !isAncestor(ctx, oid, against)) {
        ctx.err(`error: The branch '${name}' is not fully merged.\nIf you are sure you want to delete it, run 'git branch -D ${name}'.`);
        code = 1;
        continue;
      }
    }
    refs.delete(ref);
    if (!remote) ctx.repo().config.removeSection(`branch.${name}`);
    ctx.out(`Deleted ${remote ? 'remote-tracking branch' : 'branch'} ${name} (was ${abbrev(ctx, oid)}).`);
  }
  return code;
}

function renameBranch(ctx: SandboxContext, from: string, to: string, force: boolean): void {
  const { refs, config } = ctx.repo();
  const head = refs.head();
  const oldRef = `refs/heads/${from}`;
  const oid = refs.resolve(oldRef);
  const isCurrent = head.attached && head.branch === from;
  if (!oid && !(isCurrent && !head.oid)) throw fatal(`No branch named '${from}'.`);
  // Renaming the current branch to its own name is allowed (git still logs it).
  if (from !== to || !isCurrent) {
    if (!(from === to && force)) checkNewBranchName(ctx, to, force);
  }
  const newRef = `refs/heads/${to}`;
  if (oid) {
    if (from !== to) {
      refs.renameReflog(oldRef, newRef);
      refs.delete(oldRef);
    }
    refs.writeRaw(newRef, oid);
    const message = `Branch: renamed ${oldRef} to ${newRef}`;
    const who = identity(ctx);
    refs.appendReflog(newRef, oid, oid, who, message);
    if (isCurrent) {
      // git logs the rename on HEAD as a deletion followed by a creation.
      refs.writeSymbolic('HEAD', newRef);
      refs.appendReflog('HEAD', oid, ZERO_OID, who, message);
      refs.appendReflog('HEAD', from === to ? oid : ZERO_OID, oid, who, message);
    }
  } else if (isCurrent) refs.writeSymbolic('HEAD', newRef);
  config.renameSection(`branch.${from}`, `branch.${to}`);
}

registerGitCommand({
  name: 'branch',
  summary: 'list, create, rename or delete branches',
  usage: USAGE,
  readOnly: (args) => args.every((a) => /^(-v+|-a|-r|--all|--remotes|--list|--verbose|--show-current|-l)$/.test(a)),
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'delete', short: 'd', long: ['delete'] },
      { name: 'forceDelete', short: 'D' },
      { name: 'move', short: 'm', long: ['move'] },
      { name: 'forceMove', short: 'M' },
      { name: 'force', short: 'f', long: ['force'] },
      { name: 'verbose', short: 'v', long: ['verbose'], repeat: true, value: false },
      { name: 'all', short: 'a', long: ['all'] },
      { name: 'remotes', short: 'r', long: ['remotes'] },
      { name: 'list', short: 'l', long: ['list'] },
      { name: 'showCurrent', long: ['show-current'] },
      { name: 'upstream', short: 'u', long: ['set-upstream-to'], value: true },
      { name: 'unsetUpstream', long: ['unset-upstream'] },
      { name: 'copy', short: 'c', long: ['copy'] },
      { name: 'track', short: 't', long: ['track'] },
      { name: 'noTrack', long: ['no-track'] },
    ], USAGE);
    const verbose = args.filter((a) => a === '-v' || a === '--verbose').length + args.filter((a) => a === '-vv').length * 2;
    const { refs } = ctx.repo();
    const head = refs.head();
    const words = opts.positional;
    if (opts.has('showCurrent')) {
      if (head.attached) ctx.out(head.branch!);
      return 0;
    }
    if (opts.has('delete') || opts.has('forceDelete')) {
      return deleteBranches(ctx, words, opts.has('forceDelete') || (opts.has('delete') && opts.has('force')), opts.has('remotes'));
    }
    if (opts.has('move') || opts.has('forceMove')) {
      const force = opts.has('forceMove') || opts.has('force');
      if (words.length === 1) {
        if (!head.attached) throw fatal('cannot rename the current branch while not on any.');
        renameBranch(ctx, head.branch!, words[0]!, force);
      } else if (words.length === 2) renameBranch(ctx, words[0]!, words[1]!, force);
      else throw fatal(words.length ? 'too many arguments for a rename operation' : 'branch name required');
      return 0;
    }
    if (opts.has('copy')) throw fatal('copying branches (-c) is not supported in the sandbox; create one with `git branch <new> <old>`');
    if (opts.has('upstream')) {
      const upName = opts.value('upstream')!;
      const branch = words[0] ?? head.branch;
      if (!branch) throw fatal('could not set upstream of HEAD to ' + upName + ' when it does not point to any branch.');
      if (!refs.exists(`refs/heads/${branch}`)) throw fatal(`branch '${branch}' does not exist`);
      const upRef = dwimRef(ctx, upName);
      if (!upRef || !/^refs\/(remotes|heads)\//.test(upRef)) {
        throw new CommandError([`error: the requested upstream branch '${upName}' does not exist`, 'hint: ', "hint: If you are planning on basing your work on an upstream", "hint: branch that already exists at the remote, you may need to", 'hint: run "git fetch" to retrieve it.'].map((l) => l.replace(/^hint: $/, 'hint:')), 128);
      }
      setUpstream(ctx, branch, upRef);
      return 0;
    }
    if (opts.has('unsetUpstream')) {
      const branch = words[0] ?? head.branch;
      if (!branch) throw fatal('could not unset upstream of HEAD when it does not point to any branch.');
      if (!upstreamOf(ctx, branch)) throw fatal(`branch '${branch}' has no upstream information`);
      ctx.repo().config.unset(`branch.${branch}.remote`);
      ctx.repo().config.unset(`branch.${branch}.merge`);
      return 0;
    }
    if (words.length === 0 || opts.has('list')) {
      listBranches(ctx, verbose, opts.has('all'), opts.has('remotes'));
      return 0;
    }
    // With no start point git names the current branch in the reflog ("Created from main").
    const [name, start = head.attached && head.oid ? head.branch! : 'HEAD'] = words;
    if (words.length > 2) throw new CommandError([`fatal: too many arguments`], 128);
    const force = opts.has('force');
    checkNewBranchName(ctx, name!, force);
    const oid = resolveCommit(ctx, start);
    if (!oid) {
      if (start === 'HEAD' && !head.oid) throw fatal(`not a valid object name: '${head.branch ?? 'HEAD'}'`);
      throw fatal(`not a valid object name: '${start}'`);
    }
    if (force && refs.exists(`refs/heads/${name}`) && head.attached && head.branch === name) throw gitError(`cannot force update the current branch.`);
    createBranch(ctx, name!, oid, start, { force, track: !opts.has('noTrack') });
    return 0;
  },
});
