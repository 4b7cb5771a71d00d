/**
 * `git commit`: -m (repeatable), -a, --amend, --allow-empty, --no-edit, paths ("only" mode),
 * merge and cherry-pick conclusions. Messages are cleaned like git's `-m`, and the summary
 * ("[main abc1234] msg", the stat line, create/delete lines) matches git's.
 */
import { GITDIR, identity, type SandboxContext } from '../context';
import { CommandError, fatal } from '../errors';
import { diffFileMaps } from '../core/diff';
import { entryWithoutStat } from '../core/index-file';
import type { Signature } from '../core/objects';
import { abbrev, cleanMessage, conflictedPaths, messageSubject, updateRef, writeCommit, writeIndexTree } from '../core/repo-ops';
import { resolveCommit, unknownRevision } from '../core/revisions';
import { IndexEditor } from '../core/staging';
import { computeStatus } from '../core/worktree';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { formatGitDate, matchesAny, modeSummary, parsePathspecs, statLines, summaryLine } from './common';

const USAGE = 'git commit [-a] [-m <msg>]... [--amend] [--no-edit] [--allow-empty] [--author=<author>] [--] [<pathspec>...]';

const NO_EDITOR = [
  'sandbox: there is no text editor in the sandbox, so give the message with -m:',
  '  git commit -m "Describe what this change does"',
];

function readState(ctx: SandboxContext, name: string): string | undefined {
  return ctx.fs.tryReadText(`${GITDIR}/${name}`);
}

/** After a merge, cherry-pick or revert is concluded by a commit, git removes its state files. */
export function clearOperationState(ctx: SandboxContext): void {
  for (const name of ['MERGE_HEAD', 'MERGE_MSG', 'MERGE_MODE', 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'SQUASH_MSG', 'AUTO_MERGE']) {
    ctx.fs.removeFileIfPresent(`${GITDIR}/${name}`);
  }
}

/** Prints "[main abc1234] subject" and the change summary, as git commit does. */
export function printCommitSummary(ctx: SandboxContext, oid: string, options: { amend?: boolean; showDate?: boolean } = {}): void {
  const { objects, refs } = ctx.repo();
  const commit = objects.readCommit(oid);
  const head = refs.head();
  const where = head.attached ? head.branch! : 'detached HEAD';
  const root = commit.parents.length === 0 && !options.amend ? ' (root-commit)' : '';
  const lines = [`[${where}${root} ${abbrev(ctx, oid)}] ${messageSubject(commit.message)}`];
  const author = commit.author;
  const committer = commit.committer;
  if (author.name !== committer.name || author.email !== committer.email) lines.push(` Author: ${author.name} <${author.email}>`);
  if (options.showDate) lines.push(` Date: ${formatGitDate(author.timestamp, author.tz)}`);
  const parentTree = commit.parents.length ? objects.readCommit(commit.parents[0]!).tree : undefined;
  const changes = diffFileMaps(objects.flattenTree(parentTree), objects.flattenTree(commit.tree));
  // git prints no change summary for a merge commit.
  if (changes.length && commit.parents.length < 2) {
    lines.push(summaryLine(statLines(ctx, changes)));
    lines.push(...modeSummary(changes));
  }
  ctx.out(lines.join('\n'));
}

function parseAuthor(text: string): Signature | undefined {
  const match = /^(.*?)\s*<([^>]*)>$/.exec(text.trim());
  if (!match) return undefined;
  return { name: match[1]!, email: match[2]!, timestamp: 0, tz: '+0000' };
}

registerGitCommand({
  name: 'commit',
  summary: 'record the staged changes as a new commit',
  usage: USAGE,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'message', short: 'm', long: ['message'], value: true, repeat: true },
      { name: 'all', short: 'a', long: ['all'] },
      { name: 'amend', long: ['amend'] },
      { name: 'allowEmpty', long: ['allow-empty'] },
      { name: 'allowEmptyMessage', long: ['allow-empty-message'] },
      { name: 'noEdit', long: ['no-edit'] },
      { name: 'edit', short: 'e', long: ['edit'] },
      { name: 'quiet', short: 'q', long: ['quiet'] },
      { name: 'verbose', short: 'v', long: ['verbose'] },
      { name: 'author', long: ['author'], value: true },
      { name: 'resetAuthor', long: ['reset-author'] },
      { name: 'reuse', short: 'C', long: ['reuse-message'], value: true },
      { name: 'file', short: 'F', long: ['file'], value: true },
      { name: 'only', short: 'o', long: ['only'] },
      { name: 'include', short: 'i', long: ['include'] },
      { name: 'signoff', short: 's', long: ['signoff'] },
      { name: 'noVerify', short: 'n', long: ['no-verify'] },
    ], USAGE);
    const { refs, objects } = ctx.repo();
    const head = refs.head();
    const amend = opts.has('amend');
    if (amend && !head.oid) throw fatal('You have nothing to amend.');
    const typedPaths = [...opts.positional, ...(opts.afterDashDash ?? [])];
    if (opts.has('all') && typedPaths.length) throw fatal('paths with -a does not make sense.');
    const mergeHead = readState(ctx, 'MERGE_HEAD');
    const cherryHead = readState(ctx, 'CHERRY_PICK_HEAD')?.trim();
    const revertHead = readState(ctx, 'REVERT_HEAD')?.trim();
    if (amend && mergeHead) throw fatal('You are in the middle of a merge -- cannot amend.');

    const editor = new IndexEditor(ctx);
    if (opts.has('all')) {
      for (const path of [...editor.entries.keys()]) editor.stageFromWorkTree(path);
    } else if (typedPaths.length) {
      if (mergeHead) throw fatal('cannot do a partial commit during a merge.');
      const specs = parsePathspecs(ctx, typedPaths);
      const headMap = objects.flattenTree(head.oid ? objects.readCommit(head.oid).tree : undefined);
      const known = new Set([...editor.paths(), ...headMap.keys()]);
      for (const spec of specs) {
        if (![...known].some((p) => matchesAny(p, [spec]))) {
          throw new CommandError([`error: pathspec '${spec.typed}' did not match any file(s) known to git`], 1);
        }
      }
      // "only" mode: the commit holds HEAD plus these paths as they are in the work tree.
      for (const path of known) if (matchesAny(path, specs)) editor.stageFromWorkTree(path);
      const only = new IndexEditor(ctx);
      only.entries.clear();
      only.conflicts.clear();
      for (const [path, entry] of headMap) only.entries.set(path, entryWithoutStat(path, entry.oid, parseInt(entry.mode, 8)));
      for (const path of known) {
        if (!matchesAny(path, specs)) continue;
        const staged = editor.entries.get(path);
        if (staged) only.entries.set(path, staged);
        else only.entries.delete(path);
      }
      return finish(ctx, opts, editor, writeIndexTree(ctx, only.all()), amend, mergeHead, cherryHead, revertHead);
    }
    const unmerged = conflictedPaths(editor.all());
    if (unmerged.length) {
      throw new CommandError(
        [
          'error: Committing is not possible because you have unmerged files.',
          "hint: Fix them up in the work tree, and then use 'git add/rm <file>'",
          'hint: as appropriate to mark resolution and make a commit.',
          'fatal: Exiting because of an unresolved conflict.',
        ],
        128,
      );
    }
    return finish(ctx, opts, editor, writeIndexTree(ctx, editor.all()), amend, mergeHead, cherryHead, revertHead);
  },
});

function finish(
  ctx: SandboxContext,
  opts: ReturnType<typeof parseOptions>,
  editor: IndexEditor,
  tree: string,
  amend: boolean,
  mergeHead: string | undefined,
  cherryHead: string | undefined,
  revertHead: string | undefined,
): number {
  const { refs, objects } = ctx.repo();
  const head = refs.head();
  const headCommit = head.oid ? objects.readCommit(head.oid) : undefined;
  const parents = amend ? [...headCommit!.parents] : head.oid ? [head.oid] : [];
  if (mergeHead) parents.push(...mergeHead.split('\n').filter((l) => /^[0-9a-f]{40}$/.test(l.trim())).map((l) => l.trim()));

  // The message, in git's order of sources.
  const messages = opts.all('message');
  let raw: string | undefined;
  let cleanup: 'whitespace' | 'strip' = 'whitespace';
  if (messages.length) raw = messages.join('\n\n');
  else if (opts.value('file') !== undefined) {
    const file = ctx.fs.resolveUserPath(ctx.cwd, opts.value('file')!, 'read');
    const text = ctx.fs.tryReadText(file);
    if (text === undefined) throw fatal(`could not read log file '${opts.value('file')}': No such file or directory`);
    raw = text;
  } else if (opts.value('reuse') !== undefined) {
    const oid = resolveCommit(ctx, opts.value('reuse')!);
    if (!oid) throw unknownRevision(opts.value('reuse')!);
    raw = objects.readCommit(oid).message;
  } else if (amend) raw = headCommit!.message;
  else if (mergeHead || cherryHead || revertHead || readState(ctx, 'SQUASH_MSG') !== undefined) {
    raw = readState(ctx, 'MERGE_MSG') ?? readState(ctx, 'SQUASH_MSG') ?? '';
    // Accepting the prepared message in an editor: git strips the '#' lines.
    if (!opts.has('noEdit')) cleanup = 'strip';
  } else {
    editor.save();
    throw new CommandError(NO_EDITOR, 1);
  }
  const message = cleanMessage(raw, cleanup);
  if (message === '' && !opts.has('allowEmptyMessage')) {
    editor.save();
    throw new CommandError(['Aborting commit due to empty commit message.'], 1);
  }

  // Nothing to commit?
  const parentTree = parents.length ? objects.readCommit(parents[0]!).tree : undefined;
  if (!amend && !mergeHead && !opts.has('allowEmpty') && parentTree === tree) {
    editor.save();
    printNothingToCommit(ctx, !head.oid);
    return 1;
  }
  if (!amend && !mergeHead && !opts.has('allowEmpty') && !parentTree && editor.entries.size === 0) {
    editor.save();
    printNothingToCommit(ctx, true);
    return 1;
  }

  let author: Signature | undefined;
  if (amend && !opts.has('resetAuthor')) author = headCommit!.author;
  if (cherryHead && !amend) author = objects.readCommit(cherryHead).author;
  if (opts.value('author') !== undefined) {
    const parsed = parseAuthor(opts.value('author')!);
    if (!parsed) throw fatal(`--author '${opts.value('author')}' is not 'Name <email>' and matches no existing author`);
    const now = identity(ctx);
    author = { ...parsed, timestamp: author?.timestamp ?? now.timestamp, tz: author?.tz ?? now.tz };
  }
  editor.save();
  const oid = writeCommit(ctx, { tree, parents, message, ...(author ? { author } : {}) });
  const kind = amend ? ' (amend)' : mergeHead ? ' (merge)' : cherryHead ? ' (cherry-pick)' : parents.length === 0 ? ' (initial)' : '';
  updateRef(ctx, 'HEAD', oid, `commit${kind}: ${messageSubject(message)}`);
  clearOperationState(ctx);
  if (!opts.has('quiet')) printCommitSummary(ctx, oid, { amend, showDate: amend || cherryHead !== undefined });
  return 0;
}

function printNothingToCommit(ctx: SandboxContext, initial: boolean): void {
  const status = computeStatus(ctx);
  const head = ctx.repo().refs.head();
  const lines = [head.attached ? `On branch ${head.branch}` : `HEAD detached at ${head.oid ? abbrev(ctx, head.oid) : ''}`];
  if (initial) lines.push('', 'Initial commit', '');
  const unstaged = status.tracked.filter((t) => t.worktree !== ' ');
  if (unstaged.length) {
    lines.push('Changes not staged for commit:');
    lines.push(unstaged.some((t) => t.worktree === 'D') ? '  (use "git add/rm <file>..." to update what will be committed)' : '  (use "git add <file>..." to update what will be committed)');
    lines.push('  (use "git restore <file>..." to discard changes in working directory)');
    for (const t of unstaged) lines.push(`\t${(t.worktree === 'D' ? 'deleted:' : 'modified:').padEnd(12)}${t.path}`);
    lines.push('');
  }
  if (status.untracked.length) {
    lines.push('Untracked files:', '  (use "git add <file>..." to include in what will be committed)', ...status.untracked.map((u) => `\t${u}`), '');
  }
  if (unstaged.length) lines.push('no changes added to commit (use "git add" and/or "git commit -a")');
  else if (status.untracked.length) lines.push('nothing added to commit but untracked files present (use "git add" to track)');
  else if (initial) lines.push('nothing to commit (create/copy files and use "git add" to track)');
  else lines.push('nothing to commit, working tree clean');
  ctx.out(lines.join('\n'));
}
