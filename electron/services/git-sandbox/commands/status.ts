/** `git status`: the long format with git's sections and hints, `-s`/`--short`, `--porcelain`, `-b`. */
import { GITDIR, type SandboxContext } from '../context';
import { aheadBehind } from '../core/graph';
import { abbrev, operationsInProgress } from '../core/repo-ops';
import { dwimRef, upstreamOf } from '../core/revisions';
import { computeStatus, listIgnored, type StatusResult } from '../core/worktree';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { matchesAny, parsePathspecs, quotePath, shownPath, type Pathspec } from './common';

const USAGE = 'git status [-s | --short] [-b | --branch] [--porcelain] [--ignored] [--] [<pathspec>...]';

const CONFLICT_LABELS: Record<string, string> = {
  DD: 'both deleted:',
  AU: 'added by us:',
  UD: 'deleted by them:',
  UA: 'added by them:',
  DU: 'deleted by us:',
  AA: 'both added:',
  UU: 'both modified:',
};

/** Upstream lines: "Your branch is ahead of 'origin/main' by 1 commit." and its hint. */
export function trackingLines(ctx: SandboxContext, branch: string, oid: string | undefined): string[] {
  const up = upstreamOf(ctx, branch);
  if (!up) return [];
  const short = up.replace(/^refs\/remotes\//, '').replace(/^refs\/heads\//, '');
  const upOid = ctx.repo().refs.resolve(up);
  if (!upOid) return [`Your branch is based on '${short}', but the upstream is gone.`, '  (use "git branch --unset-upstream" to fixup)'];
  if (!oid) return [];
  const { ahead, behind } = aheadBehind(ctx, oid, upOid);
  const commits = (n: number) => `${n} commit${n === 1 ? '' : 's'}`;
  if (ahead === 0 && behind === 0) return [`Your branch is up to date with '${short}'.`];
  if (behind === 0) return [`Your branch is ahead of '${short}' by ${commits(ahead)}.`, '  (use "git push" to publish your local commits)'];
  if (ahead === 0) return [`Your branch is behind '${short}' by ${commits(behind)}, and can be fast-forwarded.`, '  (use "git pull" to update your local branch)'];
  return [
    `Your branch and '${short}' have diverged,`,
    `and have ${ahead} and ${behind} different commits each, respectively.`,
    '  (use "git pull" to merge the remote branch into yours)',
  ];
}

/**
 * "HEAD detached at v1" or "HEAD detached from abc1234", judged from HEAD's reflog as git
 * does: the target of the last checkout names a ref still pointing there, else its id.
 */
export function detachedLine(ctx: SandboxContext, headOid: string | undefined): string {
  const { refs, objects } = ctx.repo();
  for (const entry of refs.reflog('HEAD')) {
    const match = /^checkout: moving from .+ to (.+)$/.exec(entry.message);
    if (!match) continue;
    const target = match[1]!;
    const ref = target === 'HEAD' || /^[0-9a-f]{40}$/.test(target) ? undefined : dwimRef(ctx, target);
    let refOid = ref ? refs.resolve(ref) : undefined;
    if (refOid && objects.tryRead(refOid)?.type === 'tag') refOid = objects.readTag(refOid).object;
    const label = ref && refOid === entry.new ? ref.replace(/^refs\/(tags|remotes|heads)\//, '') : abbrev(ctx, entry.new);
    return `HEAD detached ${entry.new === headOid ? 'at' : 'from'} ${label}`;
  }
  return headOid ? `HEAD detached at ${abbrev(ctx, headOid)}` : 'Not currently on any branch.';
}

function inProgressLines(ctx: SandboxContext, status: StatusResult): string[] {
  const ops = operationsInProgress(ctx);
  const lines: string[] = [];
  const conflicts = status.conflicts.length > 0;
  const headFile = (name: string) => ctx.fs.tryReadText(`${GITDIR}/${name}`)?.trim() ?? '';
  if (ops.includes('merge')) {
    if (conflicts) lines.push('You have unmerged paths.', '  (fix conflicts and run "git commit")', '  (use "git merge --abort" to abort the merge)');
    else lines.push('All conflicts fixed but you are still merging.', '  (use "git commit" to conclude merge)');
  } else if (ops.includes('rebase')) {
    const dir = ctx.fs.isDir(`${GITDIR}/rebase-merge`) ? 'rebase-merge' : 'rebase-apply';
    const onto = headFile(`${dir}/onto`);
    const headName = headFile(`${dir}/head-name`).replace(/^refs\/heads\//, '');
    const ontoShort = onto ? abbrev(ctx, onto) : '';
    // git shows the todo lines with abbreviated ids.
    const shorten = (l: string) => l.replace(/^(\S+) ([0-9a-f]{40})\b/, (_, cmd: string, oid: string) => `${cmd} ${abbrev(ctx, oid)}`);
    const done = (ctx.fs.tryReadText(`${GITDIR}/${dir}/done`) ?? '').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map(shorten);
    const todo = (ctx.fs.tryReadText(`${GITDIR}/${dir}/git-rebase-todo`) ?? '').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map(shorten);
    lines.push(`interactive rebase in progress; onto ${ontoShort}`);
    if (done.length) {
      lines.push(`Last command${done.length === 1 ? '' : 's'} done (${done.length} command${done.length === 1 ? '' : 's'} done):`);
      for (const l of done.slice(-2)) lines.push(`   ${l}`);
    }
    if (todo.length) {
      lines.push(`Next command${todo.length === 1 ? '' : 's'} to do (${todo.length} remaining command${todo.length === 1 ? '' : 's'}):`);
      for (const l of todo.slice(0, 2)) lines.push(`   ${l}`);
      lines.push('  (use "git rebase --edit-todo" to view and edit)');
    } else lines.push('No commands remaining.');
    if (conflicts) {
      lines.push(`You are currently rebasing branch '${headName}' on '${ontoShort}'.`, '  (fix conflicts and then run "git rebase --continue")', '  (use "git rebase --skip" to skip this patch)', '  (use "git rebase --abort" to check out the original branch)');
    } else if (ctx.fs.isFile(`${GITDIR}/${dir}/amend`)) {
      lines.push(`You are currently editing a commit while rebasing branch '${headName}' on '${ontoShort}'.`, '  (use "git commit --amend" to amend the current commit)', '  (use "git rebase --continue" once you are satisfied with your changes)');
    } else {
      lines.push(`You are currently rebasing branch '${headName}' on '${ontoShort}'.`, '  (all conflicts fixed: run "git rebase --continue")');
    }
  } else if (ops.includes('cherry-pick') || ops.includes('revert')) {
    const pick = ops.includes('cherry-pick');
    const oid = headFile(pick ? 'CHERRY_PICK_HEAD' : 'REVERT_HEAD');
    const name = pick ? 'cherry-pick' : 'revert';
    lines.push(`You are currently ${pick ? 'cherry-picking' : 'reverting'} commit ${oid ? abbrev(ctx, oid) : ''}.`);
    if (conflicts) lines.push(`  (fix conflicts and run "git ${name} --continue")`);
    else lines.push(`  (all conflicts fixed: run "git ${name} --continue")`);
    lines.push(`  (use "git ${name} --skip" to skip this patch)`, `  (use "git ${name} --abort" to cancel the ${name} operation)`);
  }
  if (ops.includes('bisect')) {
    const start = headFile('BISECT_START');
    lines.push(`You are currently bisecting, started from branch '${start}'.`, '  (use "git bisect reset" to get back to the original branch)');
  }
  return lines;
}

function printLong(ctx: SandboxContext, status: StatusResult, specs: readonly Pathspec[], ignored: readonly string[]): void {
  const { refs } = ctx.repo();
  const head = refs.head();
  const ops = operationsInProgress(ctx);
  const out: string[] = [];
  const rebasing = ops.includes('rebase');
  // While rebasing, the progress lines start with "interactive rebase in progress; onto …".
  if (!rebasing) out.push(head.attached ? `On branch ${head.branch}` : detachedLine(ctx, head.oid));
  const tracking = head.attached && head.branch && !rebasing ? trackingLines(ctx, head.branch, head.oid) : [];
  if (tracking.length) out.push(...tracking, '');
  const progress = inProgressLines(ctx, status);
  if (progress.length) out.push(...progress, '');
  if (!head.oid) out.push(...(out.at(-1) === '' ? [] : ['']), 'No commits yet', '');
  const tracked = status.tracked.filter((t) => matchesAny(t.path, specs) || (t.from !== undefined && matchesAny(t.from, specs)));
  const conflicts = status.conflicts.filter((c) => matchesAny(c.path, specs));
  const untracked = status.untracked.filter((u) => matchesAny(u, specs));
  const staged = tracked.filter((t) => t.index !== ' ');
  const unstaged = tracked.filter((t) => t.worktree !== ' ');
  const show = (p: string) => quotePath(shownPath(ctx, p));
  // During a merge or cherry-pick git leaves out the "to unstage" hints (its `whence` is not FROM_COMMIT).
  const unstageHint = ops.includes('merge') || ops.includes('cherry-pick') ? [] : [head.oid ? '  (use "git restore --staged <file>..." to unstage)' : '  (use "git rm --cached <file>..." to unstage)'];
  if (staged.length) {
    out.push('Changes to be committed:', ...unstageHint);
    for (const t of staged) {
      const label = { A: 'new file:', M: 'modified:', D: 'deleted:', R: 'renamed:' }[t.index as 'A' | 'M' | 'D' | 'R'];
      out.push(`\t${label.padEnd(12)}${t.index === 'R' ? `${show(t.from!)} -> ${show(t.path)}` : show(t.path)}`);
    }
    out.push('');
  }
  if (conflicts.length) {
    out.push('Unmerged paths:', ...unstageHint);
    const anyDeleted = conflicts.some((c) => c.code.includes('D'));
    out.push(anyDeleted ? '  (use "git add/rm <file>..." as appropriate to mark resolution)' : '  (use "git add <file>..." to mark resolution)');
    for (const c of conflicts) out.push(`\t${(CONFLICT_LABELS[c.code] ?? 'unmerged:').padEnd(17)}${show(c.path)}`);
    out.push('');
  }
  if (unstaged.length) {
    out.push('Changes not staged for commit:');
    out.push(unstaged.some((t) => t.worktree === 'D') ? '  (use "git add/rm <file>..." to update what will be committed)' : '  (use "git add <file>..." to update what will be committed)');
    out.push('  (use "git restore <file>..." to discard changes in working directory)');
    for (const t of unstaged) out.push(`\t${(t.worktree === 'D' ? 'deleted:' : 'modified:').padEnd(12)}${show(t.path)}`);
    out.push('');
  }
  if (untracked.length) {
    out.push('Untracked files:', '  (use "git add <file>..." to include in what will be committed)');
    for (const u of untracked) out.push(`\t${show(u)}`);
    out.push('');
  }
  if (ignored.length) {
    out.push('Ignored files:', '  (use "git add -f <file>..." to include in what will be committed)', ...ignored.map((p) => `\t${show(p)}`), '');
  }
  if (staged.length === 0) {
    if (unstaged.length || conflicts.length) out.push('no changes added to commit (use "git add" and/or "git commit -a")');
    else if (untracked.length) out.push('nothing added to commit but untracked files present (use "git add" to track)');
    else if (!head.oid) out.push('nothing to commit (create/copy files and use "git add" to track)');
    else out.push('nothing to commit, working tree clean');
  }
  ctx.out(out.join('\n'));
}

function printShort(ctx: SandboxContext, status: StatusResult, specs: readonly Pathspec[], branch: boolean, porcelain: boolean, ignored: readonly string[]): void {
  const lines: string[] = [];
  const show = (p: string) => quotePath(porcelain ? p : shownPath(ctx, p), true);
  if (branch) {
    const head = ctx.repo().refs.head();
    if (!head.attached) lines.push('## HEAD (no branch)');
    else if (!head.oid) lines.push(`## No commits yet on ${head.branch}`);
    else {
      const up = upstreamOf(ctx, head.branch!);
      const upOid = up ? ctx.repo().refs.resolve(up) : undefined;
      let text = `## ${head.branch}`;
      if (up) {
        text += `...${up.replace(/^refs\/remotes\//, '').replace(/^refs\/heads\//, '')}`;
        if (!upOid) text += ' [gone]';
        else {
          const { ahead, behind } = aheadBehind(ctx, head.oid, upOid);
          const parts = [ahead ? `ahead ${ahead}` : '', behind ? `behind ${behind}` : ''].filter(Boolean);
          if (parts.length) text += ` [${parts.join(', ')}]`;
        }
      }
      lines.push(text);
    }
  }
  const rows: { path: string; text: string }[] = [];
  for (const t of status.tracked) {
    if (!matchesAny(t.path, specs)) continue;
    rows.push({ path: t.path, text: `${t.index}${t.worktree} ${t.from ? `${show(t.from)} -> ` : ''}${show(t.path)}` });
  }
  for (const c of status.conflicts) if (matchesAny(c.path, specs)) rows.push({ path: c.path, text: `${c.code} ${show(c.path)}` });
  rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  lines.push(...rows.map((r) => r.text));
  for (const u of status.untracked) if (matchesAny(u, specs)) lines.push(`?? ${show(u)}`);
  for (const p of ignored) lines.push(`!! ${show(p)}`);
  if (lines.length) ctx.out(lines.join('\n'));
}

registerGitCommand({
  name: 'status',
  summary: 'show the branch, staged and unstaged changes, and untracked files',
  usage: USAGE,
  readOnly: () => true,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'short', short: 's', long: ['short'] },
      { name: 'branch', short: 'b', long: ['branch'] },
      { name: 'porcelain', long: ['porcelain'], value: true, optionalValue: true },
      { name: 'long', long: ['long'] },
      { name: 'untracked', short: 'u', long: ['untracked-files'], value: true, optionalValue: true },
      { name: 'ignored', long: ['ignored'] },
    ], USAGE);
    const specs = parsePathspecs(ctx, [...opts.positional, ...(opts.afterDashDash ?? [])]);
    const status = computeStatus(ctx);
    const ignored = opts.has('ignored') ? listIgnored(ctx, status.index.entries).filter((p) => matchesAny(p, specs)) : [];
    if ((opts.has('short') || opts.has('porcelain')) && !opts.has('long')) printShort(ctx, status, specs, opts.has('branch'), opts.has('porcelain'), ignored);
    else printLong(ctx, status, specs, ignored);
    return 0;
  },
});
