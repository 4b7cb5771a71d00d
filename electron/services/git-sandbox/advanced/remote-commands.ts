/**
 * `git remote`, `git clone` and `git pull` (merge or --rebase), on top of fetch/push and the
 * sandbox's bare repositories under `.remotes/`.
 */
import { CommandError, fatal } from '../errors';
import { identity, type SandboxContext } from '../context';
import { switchTrees } from '../core/checkout';
import { INITIAL_CONFIG } from '../core/config';
import { updateRef } from '../core/repo-ops';
import { parseOptions } from '../options';
import { currentUpstream, fetchRemote } from './fetch-push';
import { isAncestorOf } from './graph';
import { mergeCommit } from './merge';
import { startRebase } from './rebase';
import { displayUrl, ensureExcluded, openBareRepo, remoteUrl } from './remote-repo';
import { copyReachable } from './transport';

/** `git remote [-v] | add <name> <url> | remove <name> | get-url <name>`. */
export function runRemote(ctx: SandboxContext, args: readonly string[]): number {
  const { config, refs } = ctx.repo();
  const sub = args[0];
  if (sub === undefined || sub === '-v' || sub === '--verbose') {
    for (const name of config.subsections('remote')) {
      if (sub === undefined) ctx.out(name);
      else {
        const url = remoteUrl(ctx, name) ?? '';
        ctx.out(`${name}\t${url} (fetch)`);
        ctx.out(`${name}\t${url} (push)`);
      }
    }
    return 0;
  }
  if (sub === 'add') {
    const [name, url] = args.slice(1);
    if (!name || !url) throw new CommandError(['usage: git remote add <name> <url>'], 129);
    if (!/^[A-Za-z0-9._-]+$/.test(name)) throw fatal(`'${name}' is not a valid remote name`);
    if (remoteUrl(ctx, name) !== undefined) throw new CommandError([`error: remote ${name} already exists.`], 3);
    config.set(`remote.${name}.url`, url);
    config.set(`remote.${name}.fetch`, `+refs/heads/*:refs/remotes/${name}/*`);
    ensureExcluded(ctx);
    return 0;
  }
  if (sub === 'remove' || sub === 'rm') {
    const name = args[1];
    if (!name) throw new CommandError(['usage: git remote remove <name>'], 129);
    if (remoteUrl(ctx, name) === undefined) throw new CommandError([`error: No such remote: '${name}'`], 2);
    config.removeSection(`remote.${name}`);
    for (const ref of refs.list(`refs/remotes/${name}/`)) refs.delete(ref.name);
    refs.delete(`refs/remotes/${name}/HEAD`);
    for (const branch of config.subsections('branch')) {
      if (config.get(`branch.${branch}.remote`) === name) {
        config.unset(`branch.${branch}.remote`);
        config.unset(`branch.${branch}.merge`);
      }
    }
    return 0;
  }
  if (sub === 'rename') {
    const [from, to] = args.slice(1);
    if (!from || !to) throw new CommandError(['usage: git remote rename <old> <new>'], 129);
    if (remoteUrl(ctx, from) === undefined) throw new CommandError([`error: No such remote: '${from}'`], 2);
    if (remoteUrl(ctx, to) !== undefined) throw new CommandError([`error: remote ${to} already exists.`], 3);
    if (!/^[A-Za-z0-9._-]+$/.test(to)) throw fatal(`'${to}' is not a valid remote name`);
    config.renameSection(`remote.${from}`, `remote.${to}`);
    config.set(`remote.${to}.fetch`, `+refs/heads/*:refs/remotes/${to}/*`);
    for (const branch of config.subsections('branch')) {
      if (config.get(`branch.${branch}.remote`) === from) config.set(`branch.${branch}.remote`, to);
    }
    for (const ref of refs.list(`refs/remotes/${from}/`)) {
      const rest = ref.name.slice(`refs/remotes/${from}/`.length);
      const raw = refs.readRaw(ref.name);
      if (raw?.target) refs.writeSymbolic(`refs/remotes/${to}/${rest}`, raw.target.replace(`refs/remotes/${from}/`, `refs/remotes/${to}/`));
      else refs.writeRaw(`refs/remotes/${to}/${rest}`, ref.oid);
      refs.renameReflog(ref.name, `refs/remotes/${to}/${rest}`);
      refs.delete(ref.name);
      if (!raw?.target) refs.appendReflog(`refs/remotes/${to}/${rest}`, ref.oid, ref.oid, identity(ctx), `remote: renamed ${ref.name} to refs/remotes/${to}/${rest}`);
    }
    return 0;
  }
  if (sub === 'get-url') {
    const url = args[1] ? remoteUrl(ctx, args[1]) : undefined;
    if (url === undefined) throw new CommandError([`error: No such remote '${args[1] ?? ''}'`], 2);
    ctx.out(url);
    return 0;
  }
  throw new CommandError([`error: unknown subcommand: \`${sub}'`, 'usage: git remote [-v] | add <name> <url> | remove <name> | rename <old> <new> | get-url <name>'], 129);
}

/** `git clone <url> [.]`: the sandbox holds one repository, so it is cloned into the sandbox folder. */
export function runClone(ctx: SandboxContext, args: readonly string[]): number {
  const opts = parseOptions(args, [{ name: 'origin', short: 'o', long: ['origin'], value: true }], 'git clone <repository> [.]');
  const [url, dir] = opts.positional;
  if (!url) throw new CommandError(['fatal: You must specify a repository to clone.'], 129);
  if (dir !== undefined && dir !== '.') {
    throw fatal(`the sandbox keeps one repository, in its top folder; clone into it with 'git clone ${url} .'`);
  }
  if (ctx.hasRepo()) throw fatal("destination path '.' already exists and is not an empty directory.");
  const bare = openBareRepo(ctx, url);
  const remote = opts.value('origin') ?? 'origin';
  ctx.err("Cloning into '.'...");
  ctx.fs.mkdirp('.git/objects');
  ctx.fs.mkdirp('.git/refs/heads');
  ctx.fs.mkdirp('.git/refs/tags');
  ctx.fs.writeFileAtomic('.git/HEAD', 'ref: refs/heads/main\n');
  ctx.fs.writeFileAtomic('.git/config', INITIAL_CONFIG);
  ctx.resetRepo();
  ensureExcluded(ctx);
  const { config, refs, objects } = ctx.repo();
  config.set(`remote.${remote}.url`, url);
  config.set(`remote.${remote}.fetch`, `+refs/heads/*:refs/remotes/${remote}/*`);
  const remoteHead = bare.refs.readRaw('HEAD')?.target?.replace(/^refs\/heads\//, '') ?? 'main';
  const who = () => {
    const { timestamp, tz } = ctx.clock.now();
    return { name: config.get('user.name') ?? 'Roadbook Learner', email: config.get('user.email') ?? 'learner@roadbook.local', timestamp, tz };
  };
  const branches = bare.refs.list('refs/heads/');
  for (const ref of branches) {
    copyReachable(bare.objects, objects, [ref.oid]);
    const name = `refs/remotes/${remote}/${ref.name.slice('refs/heads/'.length)}`;
    refs.writeRaw(name, ref.oid);
  }
  for (const tag of bare.refs.list('refs/tags/')) {
    copyReachable(bare.objects, objects, [tag.oid]);
    refs.writeRaw(tag.name, tag.oid);
  }
  const headOid = bare.refs.resolve(`refs/heads/${remoteHead}`);
  if (!headOid) {
    ctx.err('warning: You appear to have cloned an empty repository.');
    return 0;
  }
  refs.writeSymbolic(`refs/remotes/${remote}/HEAD`, `refs/remotes/${remote}/${remoteHead}`);
  refs.appendReflog(`refs/remotes/${remote}/HEAD`, undefined, headOid, who(), `clone: from ${url}`);
  refs.writeRaw(`refs/heads/${remoteHead}`, headOid);
  refs.appendReflog(`refs/heads/${remoteHead}`, undefined, headOid, who(), `clone: from ${url}`);
  refs.writeSymbolic('HEAD', `refs/heads/${remoteHead}`);
  refs.appendReflog('HEAD', undefined, headOid, who(), `clone: from ${url}`);
  config.set(`branch.${remoteHead}.remote`, remote);
  config.set(`branch.${remoteHead}.merge`, `refs/heads/${remoteHead}`);
  switchTrees(ctx, undefined, objects.readCommit(headOid).tree, { force: true });
  ctx.err('done.');
  return 0;
}

const DIVERGENT_HINT = [
  'hint: You have divergent branches and need to specify how to reconcile them.',
  'hint: You can do so by running one of the following commands sometime before',
  'hint: your next pull:',
  'hint: ',
  'hint:   git config pull.rebase false  # merge',
  'hint:   git config pull.rebase true   # rebase',
  'hint:   git config pull.ff only       # fast-forward only',
  'hint: ',
  'hint: You can replace "git config" with "git config --global" to set a default',
  'hint: preference for all repositories. You can also pass --rebase, --no-rebase,',
  'hint: or --ff-only on the command line to override the configured default per',
  'hint: invocation.',
  'fatal: Need to specify how to reconcile divergent branches.',
];

/** `git pull [--rebase | --no-rebase | --ff-only] [<remote> [<branch>]]`. */
export function runPull(ctx: SandboxContext, args: readonly string[]): number {
  const opts = parseOptions(
    args,
    [
      { name: 'rebase', short: 'r', long: ['rebase'] },
      { name: 'no-rebase', long: ['no-rebase'] },
      { name: 'ff-only', long: ['ff-only'] },
      { name: 'no-ff', long: ['no-ff'] },
    ],
    'git pull [--rebase | --no-rebase | --ff-only] [<remote> [<branch>]]',
  );
  const { refs, objects, config } = ctx.repo();
  const head = refs.head();
  const upstream = currentUpstream(ctx);
  const remote = opts.positional[0] ?? upstream?.remote;
  const branch = opts.positional[1] ?? (remote === upstream?.remote ? upstream?.branch : undefined);
  if (!remote || !branch) {
    throw new CommandError(
      [
        'There is no tracking information for the current branch.',
        'Please specify which branch you want to merge with.',
        'See git-pull(1) for details.',
        '',
        '    git pull <remote> <branch>',
        '',
        'If you wish to set tracking information for this branch you can do so with:',
        '',
        `    git branch --set-upstream-to=${remote ?? 'origin'}/<branch> ${head.branch ?? '<branch>'}`,
        '',
      ],
      1,
    );
  }
  const action = `pull${args.length ? ` ${args.join(' ')}` : ''}`;
  const fetched = fetchRemote(ctx, remote, { reflogAction: action, mergeBranch: branch, ...(opts.positional[1] !== undefined ? { named: branch } : {}) });
  const theirs = fetched.branches.get(branch);
  if (!theirs) throw fatal(`couldn't find remote ref ${branch}`);
  const headOid = head.oid;
  if (!headOid) {
    // A branch with no commits yet simply takes the fetched history ("initial pull").
    switchTrees(ctx, undefined, objects.readCommit(theirs).tree, { verb: 'merge' });
    updateRef(ctx, 'HEAD', theirs, 'initial pull');
    return 0;
  }
  if (isAncestorOf(objects, theirs, headOid)) {
    ctx.out('Already up to date.');
    return 0;
  }
  const rebaseConfig = config.get('pull.rebase');
  const wantRebase = opts.has('rebase') || (!opts.has('no-rebase') && rebaseConfig === 'true');
  const canFastForward = isAncestorOf(objects, headOid, theirs);
  const title = `Merge branch '${branch}' of ${displayUrl(fetched.url)}`;
  if (wantRebase) {
    if (canFastForward) return mergeCommit(ctx, { theirs, label: theirs, title, reflogAction: action });
    return startRebase(ctx, { upstream: theirs, onto: theirs, ontoName: theirs, reflogAction: action });
  }
  const ffOnly = opts.has('ff-only') || (config.get('pull.ff') === 'only' && !opts.has('no-rebase'));
  const decided = opts.has('no-rebase') || opts.has('ff-only') || opts.has('no-ff') || rebaseConfig !== undefined || config.get('pull.ff') !== undefined;
  if (!canFastForward && !decided) throw new CommandError(DIVERGENT_HINT, 128);
  return mergeCommit(ctx, { theirs, label: theirs, title, ffOnly, noFf: opts.has('no-ff'), reflogAction: action });
}
