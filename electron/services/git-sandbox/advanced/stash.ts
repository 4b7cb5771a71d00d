/**
 * `git stash`: push (with -m), list, show, apply, pop, drop, clear. Stash entries are the
 * same two commits git makes — the index commit ("index on main: …") and the work-tree
 * commit whose parents are HEAD and that index commit — and refs/stash's reflog is the
 * list, so `git stash list` in a real terminal shows the same stack.
 */
import { CommandError, fatal } from '../errors';
import { identity, type SandboxContext } from '../context';
import { switchTrees, writeWorkFile } from '../core/checkout';
import { fileMode, walkWorkTree } from '../core/worktree';
import { entryWithoutStat, modeFromString } from '../core/index-file';
import { hashObject } from '../core/objects';
import { abbrev, loadIndex, messageSubject, saveIndex, setHead, updateRef, writeCommit, writeIndexTree } from '../core/repo-ops';
import { diffFileMaps } from '../core/diff';
import { matchesAny, matchesPathspec, parsePathspecs, printPatch, type Pathspec } from '../commands/common';
import { parseOptions } from '../options';
import { getGitCommand } from '../registry';
import { diffstatLines } from './diffstat';
import { mergeTrees, type Side } from './tree-merge';
import { applyToWorkTree, changedPaths, checkOverwrites, hasLocalChanges, treeSides, workTreeSide } from './work-tree';

const STASH_REF = 'refs/stash';
const USAGE = 'git stash [push [-u] [-m <message>] [--] [<pathspec>...]] | list | show [-p] [-u] [<stash>] | branch <name> [<stash>] | apply [<stash>] | pop [<stash>] | drop [<stash>] | clear';

function entries(ctx: SandboxContext): { oid: string; message: string }[] {
  return ctx.repo().refs.reflog(STASH_REF).map((e) => ({ oid: e.new, message: e.message }));
}

function pick(ctx: SandboxContext, spec: string | undefined): { index: number; oid: string } {
  const list = entries(ctx);
  if (list.length === 0) throw new CommandError(['error: No stash entries found.'], 1);
  const text = spec ?? 'stash@{0}';
  const match = /^(?:stash@\{(\d+)\}|(\d+))$/.exec(text);
  if (!match) throw new CommandError([`error: '${text}' is not a stash-like commit`], 1);
  const index = Number(match[1] ?? match[2]);
  if (index >= list.length) throw new CommandError([`error: stash@{${index}} is not a valid reference`], 1);
  return { index, oid: list[index]!.oid };
}

/** Untracked, not ignored work-tree files (what `stash -u` saves). */
function untrackedFiles(ctx: SandboxContext, indexPaths: ReadonlySet<string>): string[] {
  return walkWorkTree(ctx)
    .filter((f) => !f.symlink && !indexPaths.has(f.path))
    .map((f) => f.path);
}

function push(ctx: SandboxContext, message: string | undefined, includeUntracked: boolean, pathspecs: readonly Pathspec[] = []): number {
  const { refs, objects } = ctx.repo();
  const head = refs.head();
  if (!head.oid) throw new CommandError(['You do not have the initial commit yet'], 1);
  const headCommit = objects.readCommit(head.oid);
  const headFiles = treeSides(ctx, headCommit.tree);
  // With paths (`stash push -- <paths>`), only those are saved and put back to HEAD.
  const limited = pathspecs.length > 0;
  const wanted = (path: string): boolean => matchesAny(path, pathspecs);
  if (limited && !includeUntracked) {
    const known = loadIndex(ctx).entries.map((e) => e.path);
    const unmatched = pathspecs.filter((spec) => !known.some((path) => matchesPathspec(path, spec)));
    if (unmatched.length > 0) {
      throw new CommandError([...unmatched.map((spec) => `error: pathspec '${spec.typed}' did not match any file(s) known to git`), "Did you forget to 'git add'?"], 1);
    }
  }
  const local = hasLocalChanges(ctx, headFiles, limited ? wanted : undefined);
  const untracked = includeUntracked ? untrackedFiles(ctx, new Set(loadIndex(ctx).entries.map((e) => e.path))).filter(wanted) : [];
  if (!local.staged && !local.unstaged && untracked.length === 0) {
    ctx.out('No local changes to save');
    return 0;
  }
  const indexEntries = loadIndex(ctx).entries;
  if (indexEntries.some((e) => e.stage > 0)) throw new CommandError(['error: could not save the stash: you have unmerged paths; resolve them first'], 1);
  const branch = head.attached ? head.branch! : '(no branch)';
  const headLine = `${abbrev(ctx, head.oid)} ${messageSubject(headCommit.message)}`;
  const indexTree = writeIndexTree(ctx, indexEntries);
  const indexCommit = writeCommit(ctx, { tree: indexTree, parents: [head.oid], message: `index on ${branch}: ${headLine}\n` });
  // The work-tree commit holds every tracked file as it is on disk now (with paths: those
  // files as on disk, the others as staged).
  const files: { path: string; mode: string; oid: string }[] = [];
  for (const e of indexEntries) {
    if (!wanted(e.path)) {
      files.push({ path: e.path, mode: e.mode.toString(8), oid: e.oid });
      continue;
    }
    const st = ctx.fs.lstat(e.path);
    if (!st || st.isDirectory()) continue;
    const data = ctx.fs.readFile(e.path);
    const oid = hashObject('blob', data);
    if (!objects.has(oid)) objects.writeBlob(data);
    files.push({ path: e.path, mode: st.mode & 0o111 ? '100755' : '100644', oid });
  }
  const workTree = objects.writeTreeFromPaths(files);
  const title = message !== undefined ? `On ${branch}: ${message}` : `WIP on ${branch}: ${headLine}`;
  const parents = [head.oid, indexCommit];
  if (untracked.length > 0) {
    // With -u, a third parent: a root commit holding the untracked files.
    const tree = objects.writeTreeFromPaths(untracked.map((path) => ({ path, mode: fileModeOf(ctx, path), oid: objects.writeBlob(ctx.fs.readFile(path)) })));
    parents.push(writeCommit(ctx, { tree, parents: [], message: `untracked files on ${branch}: ${headLine}\n` }));
  }
  // git writes the stash commit's message without a final newline (the index commit has one).
  const stashCommit = writeCommit(ctx, { tree: workTree, parents, message: title });
  updateRef(ctx, STASH_REF, stashCommit, title, { forceReflog: true });
  if (limited) {
    restorePathsToHead(ctx, headFiles, wanted);
  } else {
    // git then runs `reset --hard`, which logs HEAD onto itself.
    switchTrees(ctx, headCommit.tree, headCommit.tree, { force: true });
    refs.appendReflog('HEAD', head.oid, head.oid, identity(ctx), 'reset: moving to HEAD');
  }
  for (const path of untracked) {
    ctx.fs.unlink(path);
    ctx.fs.removeEmptyParents(path);
  }
  ctx.out(`Saved working directory and index state ${title}`);
  return 0;
}

/**
 * What git does after stashing some paths (`add -u` of them, then the staged change reversed
 * in the index and work tree): those paths go back to HEAD's version, or away when HEAD lacks
 * them; every other path is left as it was. HEAD's reflog is not touched.
 */
function restorePathsToHead(ctx: SandboxContext, headFiles: ReadonlyMap<string, Side>, wanted: (path: string) => boolean): void {
  const entries = loadIndex(ctx).entries;
  const kept = entries.filter((e) => !wanted(e.path));
  const seen = new Set<string>();
  for (const e of entries) {
    if (!wanted(e.path) || seen.has(e.path)) continue;
    seen.add(e.path);
    const side = headFiles.get(e.path);
    if (side) {
      const unchanged = e.stage === 0 && sameSide(side, e) && workTreeSide(ctx, e.path)?.oid === side.oid;
      kept.push(unchanged ? e : writeWorkFile(ctx, e.path, side));
    } else {
      ctx.fs.removeFileIfPresent(e.path);
      ctx.fs.removeEmptyParents(e.path);
    }
  }
  // Files HEAD has that were removed from the index (`git rm`) come back too.
  for (const [path, side] of headFiles) if (wanted(path) && !seen.has(path)) kept.push(writeWorkFile(ctx, path, side));
  saveIndex(ctx, kept);
}

function apply(ctx: SandboxContext, spec: string | undefined): { code: number; index: number; oid: string } {
  const { refs, objects } = ctx.repo();
  const { index, oid } = pick(ctx, spec);
  const stash = objects.readCommit(oid);
  const headOid = refs.head().oid;
  if (!headOid) throw fatal('the current branch has no commits yet');
  // Like git, the stash merges into what is staged now (changes staged before the apply stay staged).
  const currentEntries = loadIndex(ctx).entries;
  if (currentEntries.some((e) => e.stage > 0)) throw new CommandError(['error: cannot apply a stash in the middle of a merge'], 1);
  const headTree = writeIndexTree(ctx, currentEntries);
  const base = objects.readCommit(stash.parents[0]!).tree;
  const before = treeSides(ctx, headTree);
  const untrackedTree = stash.parents[2] ? objects.readCommit(stash.parents[2]).tree : undefined;
  const untracked = [...objects.flattenTree(untrackedTree)];
  const inTheWay = untracked.filter(([path]) => ctx.fs.exists(path)).map(([path]) => `${path} already exists, no checkout`);
  if (inTheWay.length > 0) throw new CommandError([...inTheWay, 'error: could not restore untracked files from stash'], 1);
  const result = mergeTrees(objects, base, headTree, stash.tree, { ours: 'Updated upstream', theirs: 'Stashed changes' });
  checkOverwrites(ctx, before, result.files, changedPaths(before, result.files), 'merge');
  for (const line of result.messages) ctx.out(line);
  applyToWorkTree(ctx, { current: before, target: result.files, conflicts: result.conflicts });
  // Like git, changes come back unstaged, except files the stash added, which stay staged.
  const conflicted = new Set(result.conflicts.map((c) => c.path));
  const kept = loadIndex(ctx).entries.filter((e) => e.stage > 0 || conflicted.has(e.path) || !before.has(e.path) || sameSide(before.get(e.path), e));
  const present = new Set(kept.map((e) => e.path));
  for (const [path, side] of before) if (!present.has(path)) kept.push(entryWithoutStat(path, side.oid, modeFromString(side.mode)));
  saveIndex(ctx, kept);
  for (const [path, entry] of untracked) ctx.fs.writeFile(path, objects.readBlob(entry.oid));
  // Like git, apply ends with the long status.
  getGitCommand('status')?.run(ctx, []);
  if (result.conflicts.length > 0) {
    ctx.out('The stash entry is kept in case you need it again.');
    return { code: 1, index, oid };
  }
  return { code: 0, index, oid };
}

function fileModeOf(ctx: SandboxContext, path: string): string {
  return fileMode(ctx.fs.lstat(path)!).toString(8);
}

function sameSide(side: Side | undefined, entry: { oid: string; mode: number }): boolean {
  return side !== undefined && side.oid === entry.oid && modeFromString(side.mode) === entry.mode;
}

function drop(ctx: SandboxContext, index: number, oid: string, shown: string): void {
  const { refs } = ctx.repo();
  const log = refs.reflog(STASH_REF);
  const rest = log.filter((_, i) => i !== index);
  if (rest.length === 0) {
    refs.delete(STASH_REF);
  } else {
    // The entry below a dropped one now follows the one above it, as git rewrites the log.
    const fixed = rest.map((entry, i) => (i === rest.length - 1 ? { ...entry, old: '0'.repeat(40) } : { ...entry, old: rest[i + 1]!.new }));
    refs.writeReflog(STASH_REF, fixed);
    refs.writeRaw(STASH_REF, fixed[0]!.new);
  }
  ctx.out(`Dropped ${shown} (${oid})`);
}

/** The `git stash` command line. */
export function runStash(ctx: SandboxContext, args: readonly string[]): number {
  const sub = args[0] && !args[0].startsWith('-') ? args[0] : 'push';
  const rest = args[0] && !args[0].startsWith('-') ? args.slice(1) : args;
  switch (sub) {
    case 'push':
    case 'save': {
      const opts = parseOptions(
        rest,
        [
          { name: 'message', short: 'm', long: ['message'], value: true },
          { name: 'untracked', short: 'u', long: ['include-untracked'] },
        ],
        USAGE,
      );
      const message = sub === 'save' && opts.positional.length ? opts.positional.join(' ') : opts.value('message');
      const paths = sub === 'push' ? parsePathspecs(ctx, [...opts.positional, ...(opts.afterDashDash ?? [])]) : [];
      return push(ctx, message, opts.has('untracked'), paths);
    }
    case 'list':
      entries(ctx).forEach((e, i) => ctx.out(`stash@{${i}}: ${e.message}`));
      return 0;
    case 'show': {
      const showPatch = rest.includes('-p') || rest.includes('--patch');
      const { oid } = pick(ctx, rest.find((a) => !a.startsWith('-')));
      const { objects } = ctx.repo();
      const stash = objects.readCommit(oid);
      const saved = treeSides(ctx, stash.tree);
      // -u / --include-untracked: the untracked files the stash saved count as added.
      if ((rest.includes('-u') || rest.includes('--include-untracked')) && stash.parents[2]) {
        for (const [path, side] of treeSides(ctx, objects.readCommit(stash.parents[2]).tree)) saved.set(path, side);
      }
      const base = treeSides(ctx, objects.readCommit(stash.parents[0]!).tree);
      if (showPatch) {
        printPatch(ctx, diffFileMaps(base, saved));
        return 0;
      }
      const stat = diffstatLines(ctx, base, saved);
      for (const line of stat) if (!/^ (create|delete) mode |^ rename /.test(line)) ctx.out(line);
      return 0;
    }
    case 'apply':
      return apply(ctx, rest[0]).code;
    case 'pop': {
      const result = apply(ctx, rest[0]);
      if (result.code === 0) drop(ctx, result.index, result.oid, rest[0] ?? 'refs/stash@{0}');
      return result.code;
    }
    case 'drop': {
      const { index, oid } = pick(ctx, rest[0]);
      drop(ctx, index, oid, rest[0] ?? 'refs/stash@{0}');
      return 0;
    }
    case 'branch': {
      // A new branch where the stash was made, with the stash applied there and then dropped.
      const name = rest[0];
      if (!name) throw new CommandError(['fatal: No branch name specified'], 128);
      const { index, oid } = pick(ctx, rest[1]);
      const { refs, objects } = ctx.repo();
      if (refs.resolve(`refs/heads/${name}`)) throw fatal(`a branch named '${name}' already exists`);
      const base = objects.readCommit(oid).parents[0]!;
      const head = refs.head();
      switchTrees(ctx, head.oid ? objects.readCommit(head.oid).tree : undefined, objects.readCommit(base).tree, { verb: 'checkout' });
      updateRef(ctx, `refs/heads/${name}`, base, `branch: Created from ${base}`);
      setHead(ctx, { branch: name }, `checkout: moving from ${head.attached ? head.branch : head.oid} to ${name}`);
      ctx.err(`Switched to a new branch '${name}'`);
      const result = apply(ctx, rest[1] ?? 'stash@{0}');
      if (result.code === 0) drop(ctx, index, oid, rest[1] ?? 'refs/stash@{0}');
      return result.code;
    }
    case 'clear':
      ctx.repo().refs.delete(STASH_REF);
      return 0;
    default:
      throw new CommandError([`error: unknown subcommand: ${sub}`, `usage: ${USAGE}`], 129);
  }
}

/** For the snapshot and levels: how many entries the stash holds. */
export function stashCount(ctx: SandboxContext): number {
  return entries(ctx).length;
}

