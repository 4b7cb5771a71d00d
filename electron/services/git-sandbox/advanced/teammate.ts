/**
 * `teammate`: a simulated colleague for level setups. It creates remote repositories and
 * pushes commits straight into them under another identity, so a level can start with
 * "your teammate pushed first". Everything it writes is ordinary git data: the commits
 * are made exactly as git would make them (same tree, parent, identity and date).
 */
import { CommandError, fatal } from '../errors';
import type { SandboxContext } from '../context';
import type { Signature } from '../core/objects';
import { parseOptions } from '../options';
import { createBareRepo, ensureExcluded, openBareRepo, remotePathFor, remoteUrl } from './remote-repo';

export const TEAMMATE = { name: 'Sam Teammate', email: 'sam@roadbook.local' } as const;

export const TEAMMATE_USAGE = [
  'teammate create-remote <name>',
  'teammate delete-branch <branch> [--remote <name>]',
  'teammate commit [--remote <name>] [--branch <branch> [--from <branch>]] --file <path> --content <text> [--file … --content …] [--delete <path>] -m <message> [--author "Name <email>"]',
].join('\n   or: ');

export interface TeammateCommit {
  readonly remote: string;
  readonly branch: string;
  /** For a branch the remote does not have yet: the remote branch it starts from. */
  readonly from?: string;
  /** Path → new content (UTF-8 text). */
  readonly files: ReadonlyMap<string, string>;
  readonly deletions: readonly string[];
  readonly message: string;
  readonly author: { readonly name: string; readonly email: string };
}

/** Makes one commit on `branch` of the remote's bare repository; returns its id. */
export function teammateCommit(ctx: SandboxContext, request: TeammateCommit): string {
  const url = ctx.hasRepo() ? (remoteUrl(ctx, request.remote) ?? remotePathFor(request.remote)) : remotePathFor(request.remote);
  const bare = openBareRepo(ctx, url);
  const ref = `refs/heads/${request.branch}`;
  let parent = bare.refs.resolve(ref);
  if (!parent && request.from !== undefined) {
    parent = bare.refs.resolve(`refs/heads/${request.from}`);
    if (!parent) throw fatal(`teammate: ${request.remote} has no branch '${request.from}' to start from`);
  }
  const files = new Map<string, { path: string; mode: string; oid: string }>();
  if (parent) {
    for (const [path, entry] of bare.objects.flattenTree(bare.objects.readCommit(parent).tree)) files.set(path, { path, mode: entry.mode, oid: entry.oid });
  }
  for (const path of request.deletions) {
    if (!files.delete(path)) throw fatal(`teammate: '${path}' is not in ${request.remote}/${request.branch}`);
  }
  for (const [path, content] of request.files) {
    ctx.fs.checkNames(path);
    if (path.split('/').some((part) => part === '' || part === '.' || part === '..' || part === '.git')) throw fatal(`teammate: '${path}' is not a valid file path`);
    files.set(path, { path, mode: files.get(path)?.mode ?? '100644', oid: bare.objects.writeBlob(Buffer.from(content, 'utf8')) });
  }
  const tree = bare.objects.writeTreeFromPaths(files.values());
  const { timestamp, tz } = ctx.clock.now();
  const who: Signature = { name: request.author.name, email: request.author.email, timestamp, tz };
  const message = request.message.endsWith('\n') ? request.message : `${request.message}\n`;
  const oid = bare.objects.writeCommit({ tree, parents: parent ? [parent] : [], author: who, committer: who, message });
  bare.refs.writeRaw(ref, oid);
  return oid;
}

/** Turns `\n` escapes typed on one command line into newlines (`--content "a\nb"`). */
function unescape(text: string): string {
  return text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}

/** A file's content as the teammate writes it: escapes expanded, ending in a newline like `echo`. */
export function teammateContent(text: string): string {
  const unescaped = unescape(text);
  return unescaped.endsWith('\n') ? unescaped : `${unescaped}\n`;
}

/** The `teammate` program. */
export function runTeammate(ctx: SandboxContext, args: readonly string[]): number {
  const sub = args[0];
  if (sub === 'create-remote') {
    const name = args[1];
    if (!name || !/^[A-Za-z0-9._-]+$/.test(name)) throw new CommandError([`usage: ${TEAMMATE_USAGE}`], 129);
    const path = remotePathFor(name);
    createBareRepo(ctx, path);
    if (ctx.hasRepo() && remoteUrl(ctx, name) === undefined) {
      const { config } = ctx.repo();
      config.set(`remote.${name}.url`, path);
      config.set(`remote.${name}.fetch`, `+refs/heads/*:refs/remotes/${name}/*`);
      ensureExcluded(ctx);
      ctx.out(`teammate: created an empty repository at ${path} and added it as the remote '${name}'`);
    } else {
      ctx.out(`teammate: created an empty repository at ${path}`);
    }
    return 0;
  }
  if (sub === 'commit') {
    const opts = parseOptions(
      args.slice(1),
      [
        { name: 'remote', long: ['remote'], value: true },
        { name: 'branch', long: ['branch'], value: true },
        { name: 'from', long: ['from'], value: true },
        { name: 'file', long: ['file'], value: true, repeat: true },
        { name: 'content', long: ['content'], value: true, repeat: true },
        { name: 'delete', long: ['delete'], value: true, repeat: true },
        { name: 'message', short: 'm', long: ['message'], value: true },
        { name: 'author', long: ['author'], value: true },
      ],
      TEAMMATE_USAGE,
    );
    const paths = opts.all('file');
    const contents = opts.all('content');
    if (paths.length !== contents.length) throw new CommandError(['teammate: give one --content for each --file'], 129);
    const message = opts.value('message');
    if (!message) throw new CommandError(['teammate: a commit needs a message (-m "…")'], 129);
    if (paths.length === 0 && opts.all('delete').length === 0) throw new CommandError(['teammate: say what changes, with --file <path> --content <text> or --delete <path>'], 129);
    const authorText = opts.value('author');
    const author = authorText ? /^(.+?)\s*<([^>]+)>$/.exec(authorText) : undefined;
    if (authorText && !author) throw new CommandError(['teammate: --author takes "Name <email>"'], 129);
    const oid = teammateCommit(ctx, {
      remote: opts.value('remote') ?? 'origin',
      branch: opts.value('branch') ?? 'main',
      ...(opts.value('from') !== undefined ? { from: opts.value('from')! } : {}),
      files: new Map(paths.map((p, i) => [p, teammateContent(contents[i]!)])),
      deletions: opts.all('delete'),
      message: unescape(message),
      author: author ? { name: author[1]!, email: author[2]! } : TEAMMATE,
    });
    ctx.out(`teammate: pushed ${oid.slice(0, 7)} to ${opts.value('remote') ?? 'origin'}/${opts.value('branch') ?? 'main'}`);
    return 0;
  }
  if (sub === 'delete-branch') {
    const opts = parseOptions(args.slice(1), [{ name: 'remote', long: ['remote'], value: true }], TEAMMATE_USAGE);
    const branch = opts.positional[0];
    if (!branch) throw new CommandError([`usage: ${TEAMMATE_USAGE}`], 129);
    const remote = opts.value('remote') ?? 'origin';
    const bare = openBareRepo(ctx, ctx.hasRepo() ? (remoteUrl(ctx, remote) ?? remotePathFor(remote)) : remotePathFor(remote));
    if (!bare.refs.resolve(`refs/heads/${branch}`)) throw fatal(`teammate: ${remote} has no branch '${branch}'`);
    bare.refs.delete(`refs/heads/${branch}`);
    ctx.out(`teammate: deleted ${remote}/${branch}`);
    return 0;
  }
  throw new CommandError([`usage: ${TEAMMATE_USAGE}`], 129);
}
