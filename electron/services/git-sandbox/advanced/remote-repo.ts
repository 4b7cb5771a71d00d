/**
 * Remote repositories in the sandbox: bare repositories kept inside the sandbox folder,
 * under `.remotes/<name>.git` (listed in `.git/info/exclude`, so they never show up as
 * untracked files). A remote's URL in the config is that folder's path relative to the
 * sandbox root, e.g. `.remotes/origin.git`; nothing outside the jail is ever reached.
 */
import { CommandError, fatal } from '../errors';
import type { SandboxContext } from '../context';
import { ObjectStore } from '../core/objects';
import { Refs } from '../core/refs';

export const REMOTES_DIR = '.remotes';
const EXCLUDE_LINE = `/${REMOTES_DIR}/`;

export interface BareRepo {
  /** Repo-relative path of the bare repository, e.g. `.remotes/origin.git`. */
  readonly path: string;
  readonly objects: ObjectStore;
  readonly refs: Refs;
}

/** The folder a new remote called `name` gets. */
export function remotePathFor(name: string): string {
  return `${REMOTES_DIR}/${name}.git`;
}

/** Opens the bare repository at a sandbox-relative path, or explains why it cannot. */
export function openBareRepo(ctx: SandboxContext, url: string): BareRepo {
  const path = ctx.fs.resolveUserPath('', url, 'read');
  // The learner's own .git is not a remote: pushing into it would move its branches behind git's back.
  if (path === '' || path === '.git' || path.startsWith('.git/')) throw notARepository(url);
  if (!ctx.fs.isFile(`${path}/HEAD`) || !ctx.fs.isDir(`${path}/objects`)) throw notARepository(url);
  return { path, objects: new ObjectStore(ctx.fs, path), refs: new Refs(ctx.fs, path) };
}

/** git's message when a remote name or path leads nowhere. */
export function notARepository(name: string): CommandError {
  return new CommandError(
    [`fatal: '${name}' does not appear to be a git repository`, 'fatal: Could not read from remote repository.', '', 'Please make sure you have the correct access rights', 'and the repository exists.'],
    128,
  );
}

/** Creates an empty bare repository (HEAD on main), like `git init --bare -b main <path>`. */
export function createBareRepo(ctx: SandboxContext, path: string): BareRepo {
  const fs = ctx.fs;
  if (fs.exists(path)) throw fatal(`a repository already exists at '${path}'`);
  fs.mkdirp(`${path}/objects`);
  fs.mkdirp(`${path}/refs/heads`);
  fs.mkdirp(`${path}/refs/tags`);
  fs.writeFileAtomic(`${path}/HEAD`, 'ref: refs/heads/main\n');
  fs.writeFileAtomic(`${path}/config`, '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n');
  fs.writeFileAtomic(`${path}/description`, "Unnamed repository; edit this file 'description' to name the repository.\n");
  ensureExcluded(ctx);
  return { path, objects: new ObjectStore(fs, path), refs: new Refs(fs, path) };
}

/** Adds `/.remotes/` to .git/info/exclude once, so remotes never look like untracked files. */
export function ensureExcluded(ctx: SandboxContext): void {
  if (!ctx.fs.isFile('.git/HEAD')) return;
  const file = '.git/info/exclude';
  const text = ctx.fs.tryReadText(file) ?? '';
  if (text.split('\n').includes(EXCLUDE_LINE)) return;
  ctx.fs.writeFileAtomic(file, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${EXCLUDE_LINE}\n`);
}

/** The URL configured for a remote, or undefined. */
export function remoteUrl(ctx: SandboxContext, name: string): string | undefined {
  return ctx.repo().config.get(`remote.${name}.url`);
}

/** The remote's URL, or git's fatal for an unknown remote name. */
export function requireRemote(ctx: SandboxContext, name: string): string {
  const url = remoteUrl(ctx, name);
  if (url === undefined) throw notARepository(name);
  return url;
}

/** How git shows a local URL after "From" and in merge messages: without a trailing `.git`. */
export function displayUrl(url: string): string {
  return url.replace(/\/$/, '').replace(/\.git$/, '');
}
