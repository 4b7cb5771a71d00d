/** Creating branches (with upstream set-up from remote-tracking starts), shared by branch, switch and checkout. */
import type { SandboxContext } from '../context';
import { fatal } from '../errors';
import { updateRef } from '../core/repo-ops';
import { dwimRef } from '../core/revisions';
import { isValidRefName } from './common';

export function checkNewBranchName(ctx: SandboxContext, name: string, force: boolean): void {
  if (!isValidRefName(name) || name === 'HEAD') throw fatal(`'${name}' is not a valid branch name`);
  const { refs } = ctx.repo();
  if (refs.exists(`refs/heads/${name}`) && !force) throw fatal(`a branch named '${name}' already exists`);
  const head = refs.head();
  if (force && head.attached && head.branch === name && refs.exists(`refs/heads/${name}`)) {
    throw fatal(`cannot force update the branch '${name}' checked out at '${ctx.dir}'`);
  }
}

/** Records `branch.<name>.remote/merge` and prints git's "set up to track" line. */
export function setUpstream(ctx: SandboxContext, branch: string, upstreamRef: string, quiet = false): void {
  const { config } = ctx.repo();
  let remote = '.';
  let merge = upstreamRef;
  const match = /^refs\/remotes\/([^/]+)\/(.+)$/.exec(upstreamRef);
  if (match) {
    remote = match[1]!;
    merge = `refs/heads/${match[2]}`;
  }
  config.set(`branch.${branch}.remote`, remote);
  config.set(`branch.${branch}.merge`, merge);
  if (!quiet) {
    const shown = match ? `${match[1]}/${match[2]}` : upstreamRef.replace(/^refs\/heads\//, '');
    ctx.out(`branch '${branch}' set up to track '${shown}'.`);
  }
}

/**
 * Creates (or with force, resets) refs/heads/<name> at `oid`. `startName` is what the learner
 * typed, used in the reflog ("branch: Created from <startName>") and for tracking.
 */
export function createBranch(ctx: SandboxContext, name: string, oid: string, startName: string, options: { force?: boolean; track?: boolean; quietTrack?: boolean } = {}): void {
  const { refs } = ctx.repo();
  const exists = refs.exists(`refs/heads/${name}`);
  updateRef(ctx, `refs/heads/${name}`, oid, exists ? `branch: Reset to ${startName}` : `branch: Created from ${startName}`);
  if (options.track === false) return;
  const startRef = dwimRef(ctx, startName);
  if (startRef?.startsWith('refs/remotes/') && !startRef.endsWith('/HEAD')) setUpstream(ctx, name, startRef, options.quietTrack);
}
