/**
 * `git fetch` and `git push` over the in-process transport: remote-tracking branches,
 * FETCH_HEAD, fast-forward checks and git's report lines (` * [new branch]`,
 * `   a..b`, ` + a...b (forced update)`, ` ! [rejected] … (fetch first)`).
 */
import { CommandError, fatal } from '../errors';
import type { SandboxContext } from '../context';
import { abbrev, updateRef } from '../core/repo-ops';
import { compareBytes } from '../jail';
import { parseOptions } from '../options';
import { isAncestorOf } from './graph';
import { displayUrl, openBareRepo, requireRemote, type BareRepo } from './remote-repo';
import { copyReachable } from './transport';

const SUMMARY_WIDTH = 17;

export interface FetchResult {
  readonly url: string;
  /** Remote branch name → oid, for every branch the remote has. */
  readonly branches: ReadonlyMap<string, string>;
}

function short(ctx: SandboxContext, oid: string): string {
  return abbrev(ctx, oid);
}

/** Fetches every branch (and tags) of `remote`; prints git's report unless nothing changed. */
export function fetchRemote(ctx: SandboxContext, remote: string, options: { reflogAction: string; mergeBranch?: string; prune?: boolean; named?: string }): FetchResult {
  const url = requireRemote(ctx, remote);
  const bare = openBareRepo(ctx, url);
  const { objects, refs } = ctx.repo();
  const branches = new Map<string, string>();
  for (const ref of bare.refs.list('refs/heads/')) branches.set(ref.name.slice('refs/heads/'.length), ref.oid);
  const lines: string[] = [];
  const width = Math.max(10, ...[...branches.keys()].map((b) => b.length));
  if (options.named !== undefined) {
    if (!branches.has(options.named)) throw fatal(`couldn't find remote ref ${options.named}`);
    // A branch named on the command line is reported as fetched into FETCH_HEAD first.
    lines.push(` * ${'branch'.padEnd(SUMMARY_WIDTH)} ${options.named.padEnd(width)} -> FETCH_HEAD`);
  }
  if (options.prune) {
    // Remote-tracking branches whose branch is gone from the remote (git prunes before fetching).
    for (const ref of refs.list(`refs/remotes/${remote}/`)) {
      const branch = ref.name.slice(`refs/remotes/${remote}/`.length);
      if (branch === 'HEAD' || branches.has(branch)) continue;
      refs.delete(ref.name);
      lines.push(` - ${'[deleted]'.padEnd(SUMMARY_WIDTH)} ${'(none)'.padEnd(width)} -> ${remote}/${branch}`);
    }
  }
  for (const [branch, oid] of [...branches].sort((a, b) => compareBytes(a[0], b[0]))) {
    copyReachable(bare.objects, objects, [oid]);
    const tracking = `refs/remotes/${remote}/${branch}`;
    const old = refs.resolve(tracking);
    if (old === oid) continue;
    const name = branch.padEnd(width);
    if (!old) {
      lines.push(` * ${'[new branch]'.padEnd(SUMMARY_WIDTH)} ${name} -> ${remote}/${branch}`);
      updateRef(ctx, tracking, oid, `${options.reflogAction}: storing head`);
    } else if (isAncestorOf(objects, old, oid)) {
      lines.push(`   ${`${short(ctx, old)}..${short(ctx, oid)}`.padEnd(SUMMARY_WIDTH)} ${name} -> ${remote}/${branch}`);
      updateRef(ctx, tracking, oid, `${options.reflogAction}: fast-forward`);
    } else {
      lines.push(` + ${`${short(ctx, old)}...${short(ctx, oid)}`.padEnd(SUMMARY_WIDTH)} ${name} -> ${remote}/${branch}  (forced update)`);
      updateRef(ctx, tracking, oid, `${options.reflogAction}: forced-update`);
    }
  }
  // Tags that point at commits we now have come along, as git's tag auto-following does.
  for (const tag of bare.refs.list('refs/tags/')) {
    if (refs.resolve(tag.name)) continue;
    copyReachable(bare.objects, objects, [tag.oid]);
    refs.writeRaw(tag.name, tag.oid);
    const name = tag.name.slice('refs/tags/'.length);
    lines.push(` * ${'[new tag]'.padEnd(SUMMARY_WIDTH)} ${name.padEnd(width)} -> ${name}`);
  }
  writeFetchHead(ctx, url, branches, options.mergeBranch);
  if (lines.length > 0) ctx.err([`From ${displayUrl(url)}`, ...lines].join('\n'));
  return { url, branches };
}

function writeFetchHead(ctx: SandboxContext, url: string, branches: ReadonlyMap<string, string>, mergeBranch: string | undefined): void {
  const shown = displayUrl(url);
  const sorted = [...branches].sort((a, b) => compareBytes(a[0], b[0]));
  const forMerge = sorted.filter(([b]) => b === mergeBranch).map(([b, oid]) => `${oid}\t\tbranch '${b}' of ${shown}\n`);
  const rest = sorted.filter(([b]) => b !== mergeBranch).map(([b, oid]) => `${oid}\tnot-for-merge\tbranch '${b}' of ${shown}\n`);
  ctx.fs.writeFileAtomic('.git/FETCH_HEAD', [...forMerge, ...rest].join(''));
}

/** The remote and branch the current branch pulls from (branch.<b>.remote / .merge). */
export function currentUpstream(ctx: SandboxContext): { remote: string; branch: string } | undefined {
  const head = ctx.repo().refs.head();
  if (!head.branch) return undefined;
  const { config } = ctx.repo();
  const remote = config.get(`branch.${head.branch}.remote`);
  const merge = config.get(`branch.${head.branch}.merge`);
  if (!remote || !merge?.startsWith('refs/heads/') || remote === '.') return undefined;
  return { remote, branch: merge.slice('refs/heads/'.length) };
}

function singleRemote(ctx: SandboxContext): string | undefined {
  const names = ctx.repo().config.subsections('remote');
  return names.includes('origin') ? 'origin' : names.length === 1 ? names[0] : undefined;
}

/** `git fetch [<remote>]`. */
export function runFetch(ctx: SandboxContext, args: readonly string[]): number {
  const opts = parseOptions(args, [{ name: 'all', long: ['all'] }, { name: 'prune', short: 'p', long: ['prune'] }], 'git fetch [--all] [--prune] [<remote> [<branch>]]');
  const upstream = currentUpstream(ctx);
  const remotes = opts.has('all') ? ctx.repo().config.subsections('remote') : [opts.positional[0] ?? upstream?.remote ?? singleRemote(ctx)];
  if (remotes.length === 0 || remotes[0] === undefined) {
    throw fatal('No remote repository specified.  Please, specify either a URL or a\nremote name from which new revisions should be fetched.');
  }
  const action = `fetch${args.length ? ` ${args.join(' ')}` : ''}`;
  const named = opts.has('all') ? undefined : opts.positional[1];
  for (const remote of remotes) {
    const mergeBranch = named ?? (upstream && upstream.remote === remote ? upstream.branch : undefined);
    fetchRemote(ctx, remote!, { reflogAction: action, prune: opts.has('prune'), ...(mergeBranch ? { mergeBranch } : {}), ...(named !== undefined ? { named } : {}) });
  }
  return 0;
}

interface PushSpec {
  readonly src?: string;
  readonly dst: string;
  readonly force: boolean;
}

function parseRefspec(ctx: SandboxContext, spec: string, force: boolean): PushSpec {
  let text = spec;
  let plus = force;
  if (text.startsWith('+')) {
    plus = true;
    text = text.slice(1);
  }
  const colon = text.indexOf(':');
  const head = ctx.repo().refs.head();
  const expandSrc = (s: string): string => (s === 'HEAD' ? (head.branch ?? 'HEAD') : s);
  if (colon === -1) {
    const src = expandSrc(text);
    return { src, dst: src, force: plus };
  }
  const src = text.slice(0, colon);
  const dst = text.slice(colon + 1);
  return { ...(src ? { src: expandSrc(src) } : {}), dst, force: plus };
}

function noUpstream(branch: string, remote: string): CommandError {
  return new CommandError(
    [
      `fatal: The current branch ${branch} has no upstream branch.`,
      'To push the current branch and set the remote as upstream, use',
      '',
      `    git push --set-upstream ${remote} ${branch}`,
      '',
      'To have this happen automatically for branches without a tracking',
      "upstream, see 'push.autoSetupRemote' in 'git help config'.",
      '',
    ],
    128,
  );
}

/** `git push [-u] [-f] [--delete] [<remote> [<refspec>...]]`. */
export function runPush(ctx: SandboxContext, args: readonly string[]): number {
  const opts = parseOptions(
    args,
    [
      { name: 'set-upstream', short: 'u', long: ['set-upstream'] },
      { name: 'force', short: 'f', long: ['force'] },
      { name: 'delete', short: 'd', long: ['delete'] },
      { name: 'tags', long: ['tags'] },
    ],
    'git push [-u] [-f] [--delete] [<remote> [<branch>...]]',
  );
  const { refs } = ctx.repo();
  const head = refs.head();
  const upstream = currentUpstream(ctx);
  const remote = opts.positional[0] ?? upstream?.remote ?? singleRemote(ctx);
  if (!remote) {
    throw new CommandError(
      [
        'fatal: No configured push destination.',
        'Either specify the URL from the command-line or configure a remote repository using',
        '',
        '    git remote add <name> <url>',
        '',
        'and then push using the remote name',
        '',
        '    git push <name>',
        '',
      ],
      128,
    );
  }
  const url = requireRemote(ctx, remote);
  const bare = openBareRepo(ctx, url);
  let specs: PushSpec[];
  const force = opts.has('force');
  if (opts.has('delete')) {
    specs = opts.positional.slice(1).map((b) => ({ dst: b, force }));
    if (specs.length === 0) throw fatal('--delete doesn\'t make sense without any refs');
  } else if (opts.positional.length > 1) {
    specs = opts.positional.slice(1).map((s) => parseRefspec(ctx, s, force));
  } else {
    if (!head.branch) throw fatal('You are not currently on a branch.\nTo push the history leading to the current (detached HEAD)\nstate now, use\n\n    git push ' + remote + ' HEAD:<name-of-remote-branch>\n');
    if (!upstream && !opts.has('set-upstream')) throw noUpstream(head.branch, remote);
    specs = [{ src: head.branch, dst: upstream?.branch ?? head.branch, force }];
  }
  if (opts.has('tags')) {
    for (const tag of refs.list('refs/tags/')) specs.push({ src: tag.name, dst: tag.name, force });
  }
  return pushSpecs(ctx, { remote, url, bare, specs, setUpstream: opts.has('set-upstream') });
}

function pushSpecs(ctx: SandboxContext, job: { remote: string; url: string; bare: BareRepo; specs: readonly PushSpec[]; setUpstream: boolean }): number {
  const { refs, objects } = ctx.repo();
  const report: string[] = [];
  const errors: string[] = [];
  let rejected: 'fetch first' | 'non-fast-forward' | undefined;
  const upstreamLines: string[] = [];
  for (const spec of job.specs) {
    const dstRef = spec.dst.startsWith('refs/') ? spec.dst : `refs/heads/${spec.dst}`;
    const shortDst = dstRef.replace(/^refs\/(heads|tags)\//, '');
    const remoteOld = job.bare.refs.resolve(dstRef);
    const tracking = dstRef.startsWith('refs/heads/') ? `refs/remotes/${job.remote}/${shortDst}` : undefined;
    if (!spec.src) {
      if (!remoteOld) {
        errors.push(`error: unable to delete '${shortDst}': remote ref does not exist`);
        continue;
      }
      job.bare.refs.delete(dstRef);
      if (tracking) refs.delete(tracking);
      report.push(` - ${'[deleted]'.padEnd(SUMMARY_WIDTH)} ${shortDst}`);
      continue;
    }
    const srcRef = spec.src.startsWith('refs/') ? spec.src : refs.resolve(`refs/heads/${spec.src}`) ? `refs/heads/${spec.src}` : refs.resolve(`refs/tags/${spec.src}`) ? `refs/tags/${spec.src}` : undefined;
    const oid = srcRef ? refs.resolve(srcRef) : undefined;
    if (!oid) {
      errors.push(`error: src refspec ${spec.src} does not match any`);
      continue;
    }
    const shortSrc = srcRef!.replace(/^refs\/(heads|tags)\//, '');
    const label = `${shortSrc} -> ${shortDst}`;
    if (remoteOld === oid) {
      if (job.setUpstream && srcRef!.startsWith('refs/heads/')) upstreamLines.push(setUpstream(ctx, shortSrc, job.remote, shortDst));
      continue;
    }
    const known = remoteOld ? objects.has(remoteOld) : true;
    const fastForward = !remoteOld || (known && isAncestorOf(objects, remoteOld, oid));
    if (!fastForward && !spec.force) {
      rejected = known ? 'non-fast-forward' : 'fetch first';
      report.push(` ! ${'[rejected]'.padEnd(SUMMARY_WIDTH)} ${label} (${rejected})`);
      continue;
    }
    copyReachable(objects, job.bare.objects, [oid]);
    job.bare.refs.writeRaw(dstRef, oid);
    if (tracking) updateRef(ctx, tracking, oid, 'update by push');
    if (!remoteOld) report.push(` * ${(dstRef.startsWith('refs/tags/') ? '[new tag]' : '[new branch]').padEnd(SUMMARY_WIDTH)} ${label}`);
    else if (fastForward) report.push(`   ${`${abbrev(ctx, remoteOld)}..${abbrev(ctx, oid)}`.padEnd(SUMMARY_WIDTH)} ${label}`);
    else report.push(` + ${`${abbrev(ctx, remoteOld)}...${abbrev(ctx, oid)}`.padEnd(SUMMARY_WIDTH)} ${label} (forced update)`);
    if (job.setUpstream && srcRef!.startsWith('refs/heads/')) upstreamLines.push(setUpstream(ctx, shortSrc, job.remote, shortDst));
  }
  if (report.length === 0 && errors.length === 0) ctx.err('Everything up-to-date');
  const lines: string[] = [];
  if (report.length > 0) lines.push(`To ${job.url}`, ...report);
  lines.push(...errors);
  if (rejected || errors.length > 0) lines.push(`error: failed to push some refs to '${job.url}'`);
  if (rejected === 'fetch first') {
    lines.push(
      'hint: Updates were rejected because the remote contains work that you do',
      'hint: not have locally. This is usually caused by another repository pushing',
      'hint: to the same ref. You may want to first integrate the remote changes',
      "hint: (e.g., 'git pull ...') before pushing again.",
      "hint: See the 'Note about fast-forwards' in 'git push --help' for details.",
    );
  } else if (rejected === 'non-fast-forward') {
    lines.push(
      'hint: Updates were rejected because the tip of your current branch is behind',
      'hint: its remote counterpart. Integrate the remote changes (e.g.',
      "hint: 'git pull ...') before pushing again.",
      "hint: See the 'Note about fast-forwards' in 'git push --help' for details.",
    );
  }
  if (lines.length > 0) ctx.err(lines.join('\n'));
  for (const line of upstreamLines) ctx.out(line);
  return rejected || errors.length > 0 ? 1 : 0;
}

function setUpstream(ctx: SandboxContext, branch: string, remote: string, remoteBranch: string): string {
  const { config } = ctx.repo();
  config.set(`branch.${branch}.remote`, remote);
  config.set(`branch.${branch}.merge`, `refs/heads/${remoteBranch}`);
  return `branch '${branch}' set up to track '${remote}/${remoteBranch}'.`;
}

