/** `git log`: medium and --oneline formats, --graph, --all, -n, ranges, paths, --stat/-p, --format. */
import type { SandboxContext } from '../context';
import { diffFileMaps } from '../core/diff';
import { walkByDate, walkTopo, mergeBases } from '../core/graph';
import { abbrev, messageSubject } from '../core/repo-ops';
import { dwimRef, parseRevisionArgs, resolveCommit } from '../core/revisions';
import { fatal } from '../errors';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { decorations, formatGitDate, matchesAny, parsePathspecs, printPatch, printStat, statLines, type Pathspec } from './common';
import { GraphDrawer } from './log-graph';

const USAGE = 'git log [--oneline] [--graph] [--all] [-n <number>] [--stat] [-p] [<revision-range>] [[--] <path>...]';

export interface FormatOptions {
  readonly oneline: boolean;
  readonly decorate: boolean;
  readonly format?: string;
}

function relativeDate(seconds: number, now: number): string {
  const diff = Math.max(0, now - seconds);
  const units: [number, string][] = [[31536000, 'year'], [2592000, 'month'], [604800, 'week'], [86400, 'day'], [3600, 'hour'], [60, 'minute'], [1, 'second']];
  for (const [size, name] of units) {
    const n = Math.floor(diff / size);
    if (n >= 1) return `${n} ${name}${n === 1 ? '' : 's'} ago`;
  }
  return '0 seconds ago';
}

/** Expands a --format string's common placeholders. */
export function expandFormat(ctx: SandboxContext, oid: string, format: string, decorate: (oid: string) => string): string {
  const c = ctx.repo().objects.readCommit(oid);
  const body = c.message.split('\n').slice(c.message.split('\n').findIndex((l) => l.trim() === '') + 1).join('\n').replace(/\n+$/, '');
  const hasBody = c.message.replace(/\n+$/, '').includes('\n\n');
  const now = ctx.clock.now().timestamp;
  const map: Record<string, () => string> = {
    H: () => oid,
    h: () => abbrev(ctx, oid),
    T: () => c.tree,
    t: () => abbrev(ctx, c.tree),
    P: () => c.parents.join(' '),
    p: () => c.parents.map((p) => abbrev(ctx, p)).join(' '),
    s: () => messageSubject(c.message),
    b: () => (hasBody ? `${body}\n` : ''),
    B: () => c.message,
    an: () => c.author.name,
    ae: () => c.author.email,
    ad: () => formatGitDate(c.author.timestamp, c.author.tz),
    ar: () => relativeDate(c.author.timestamp, now),
    at: () => String(c.author.timestamp),
    cn: () => c.committer.name,
    ce: () => c.committer.email,
    cd: () => formatGitDate(c.committer.timestamp, c.committer.tz),
    cr: () => relativeDate(c.committer.timestamp, now),
    ct: () => String(c.committer.timestamp),
    d: () => (decorate(oid) ? ` (${decorate(oid)})` : ''),
    D: () => decorate(oid),
    n: () => '\n',
    '%': () => '%',
  };
  return format.replace(/%(an|ae|ad|ar|at|cn|ce|cd|cr|ct|[HhTtPpsbBdDn%])/g, (_, key: string) => map[key]!());
}

/** The lines of one commit in git's medium format (without the trailing blank line). */
export function mediumLines(ctx: SandboxContext, oid: string, decoration: string): string[] {
  const c = ctx.repo().objects.readCommit(oid);
  const lines = [`commit ${oid}${decoration ? ` (${decoration})` : ''}`];
  if (c.parents.length > 1) lines.push(`Merge: ${c.parents.map((p) => abbrev(ctx, p)).join(' ')}`);
  lines.push(`Author: ${c.author.name} <${c.author.email}>`, `Date:   ${formatGitDate(c.author.timestamp, c.author.tz)}`, '');
  const message = c.message.replace(/\n+$/, '').split('\n');
  while (message.length && message[0]!.trim() === '') message.shift();
  for (const line of message) lines.push(`    ${line}`);
  return lines;
}

/** Whether a commit changed any of the paths (compared with its first parent, or every parent for merges). */
function touches(ctx: SandboxContext, oid: string, specs: readonly Pathspec[]): boolean {
  const { objects } = ctx.repo();
  const c = objects.readCommit(oid);
  const mine = objects.flattenTree(c.tree);
  const parents = c.parents.length ? c.parents : [undefined];
  return parents.every((p) => {
    const theirs = objects.flattenTree(p ? objects.readCommit(p).tree : undefined);
    return diffFileMaps(theirs, mine, false).some((ch) => matchesAny(ch.path, specs));
  });
}

registerGitCommand({
  name: 'log',
  summary: 'show the commit history',
  usage: USAGE,
  readOnly: () => true,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'oneline', long: ['oneline'] },
      { name: 'graph', long: ['graph'] },
      { name: 'all', long: ['all'] },
      { name: 'maxCount', short: 'n', long: ['max-count'], value: true },
      { name: 'decorate', long: ['decorate'], value: true, optionalValue: true },
      { name: 'stat', long: ['stat'] },
      { name: 'patch', short: 'p', long: ['patch'] },
      { name: 'patchU', short: 'u' },
      { name: 'reverse', long: ['reverse'] },
      { name: 'firstParent', long: ['first-parent'] },
      { name: 'format', long: ['format', 'pretty'], value: true },
      { name: 'author', long: ['author'], value: true },
      { name: 'grep', long: ['grep'], value: true },
      { name: 'nameOnly', long: ['name-only'] },
      { name: 'abbrevCommit', long: ['abbrev-commit'] },
      { name: 'topo', long: ['topo-order'] },
      { name: 'merges', long: ['merges'] },
      { name: 'noMerges', long: ['no-merges'] },
      { name: 'walkReflogs', short: 'g', long: ['walk-reflogs'] },
    ], USAGE, { allowNegativeNumbers: true });
    const { refs } = ctx.repo();
    let limit = Infinity;
    const revArgs: string[] = [];
    for (const p of opts.positional) {
      if (/^-\d+$/.test(p)) limit = Number(p.slice(1));
      else revArgs.push(p);
    }
    if (opts.value('maxCount') !== undefined) {
      limit = Number(opts.value('maxCount'));
      if (!Number.isInteger(limit)) throw fatal(`'${opts.value('maxCount')}': not an integer`);
    }
    // Words that are paths rather than revisions (git's rule: not resolvable, but present).
    const pathWords: string[] = [...(opts.afterDashDash ?? [])];
    const revisions: string[] = [];
    for (const word of revArgs) {
      if (opts.afterDashDash === undefined && !word.includes('..') && !word.startsWith('^') && !resolveCommit(ctx, word) && ctx.fs.exists(ctx.fs.resolveUserPath(ctx.cwd, word, 'read'))) pathWords.push(word);
      else revisions.push(word);
    }
    const head = refs.head();
    if (opts.has('walkReflogs')) return walkReflog(ctx, revisions[0] ?? 'HEAD', limit, opts.has('oneline'));
    if (revisions.length === 0 && !opts.has('all') && !head.oid) {
      throw fatal(`your current branch '${head.branch ?? 'HEAD'}' does not have any commits yet`);
    }
    const set = parseRevisionArgs(ctx, revisions, (a, b) => mergeBases(ctx, a, b));
    if (opts.has('all')) {
      for (const ref of refs.list('refs/')) {
        const commit = resolveCommit(ctx, ref.name);
        if (commit) set.include.push(commit);
      }
      if (head.oid) set.include.push(head.oid);
    }
    if (set.include.length === 0 && revisions.every((r) => r.startsWith('^')) && head.oid) set.include.push(head.oid);
    const graph = opts.has('graph');
    let order = graph || opts.has('topo') ? walkTopo(ctx, set.include, set.exclude) : walkByDate(ctx, set.include, set.exclude, opts.has('firstParent'));
    const specs = parsePathspecs(ctx, pathWords);
    const { objects } = ctx.repo();
    order = order.filter((oid) => {
      const c = objects.readCommit(oid);
      if (opts.has('merges') && c.parents.length < 2) return false;
      if (opts.has('noMerges') && c.parents.length > 1) return false;
      if (opts.value('author') && !`${c.author.name} <${c.author.email}>`.includes(opts.value('author')!)) return false;
      if (opts.value('grep') && !c.message.includes(opts.value('grep')!)) return false;
      if (specs.length && !touches(ctx, oid, specs)) return false;
      return true;
    });
    // The graph knows every commit of the walk, even those a limit leaves out (git draws their lanes).
    const walked = new Set(order);
    if (order.length > limit) order = order.slice(0, limit);
    if (opts.has('reverse')) order.reverse();
    const decorateMode = opts.value('decorate');
    const decorate = decorateMode === 'no' ? () => '' : decorations(ctx);
    let format = opts.value('format');
    let oneline = opts.has('oneline');
    if (format === 'oneline') {
      oneline = true;
      format = undefined;
    } else if (format === 'medium') format = undefined;
    else if (format !== undefined) format = format.replace(/^(format|tformat):/, '');
    const drawer = graph ? new GraphDrawer(ctx, walked) : undefined;
    const out: string[] = [];
    order.forEach((oid, i) => {
      let lines: string[];
      if (format !== undefined) lines = expandFormat(ctx, oid, format, decorate).split('\n');
      else if (oneline) {
        const d = decorate(oid);
        lines = [`${abbrev(ctx, oid)}${d ? ` (${d})` : ''} ${messageSubject(objects.readCommit(oid).message)}`];
      } else {
        lines = mediumLines(ctx, oid, decorate(oid));
        if (opts.has('abbrevCommit')) lines[0] = lines[0]!.replace(/^commit ([0-9a-f]{40})/, (_, full: string) => `commit ${abbrev(ctx, full)}`);
      }
      const extra = extraLines(ctx, oid, opts.has('stat'), opts.has('patch') || opts.has('patchU'), opts.has('nameOnly'));
      if (extra.length) lines.push(...(oneline || format !== undefined ? extra : ['', ...extra]));
      const separate = !oneline && format === undefined && i < order.length - 1;
      if (drawer) {
        const row = drawer.row(oid);
        out.push(`${row.commitPrefix}${lines[0]}`);
        for (const line of lines.slice(1)) out.push(`${row.continuation}${line}`);
        if (separate) out.push(row.continuation);
        out.push(...row.after);
      } else {
        out.push(...lines);
        if (separate) out.push('');
      }
    });
    if (out.length) ctx.out(out.join('\n'));
    return 0;
  },
});

/** `git log -g`: the reflog's entries as commits, newest first. */
function walkReflog(ctx: SandboxContext, name: string, limit: number, oneline: boolean): number {
  const ref = name === 'HEAD' ? 'HEAD' : dwimRef(ctx, name);
  if (!ref) throw fatal(`ambiguous argument '${name}': unknown revision or path not in the working tree.`);
  const decorate = decorations(ctx);
  const out: string[] = [];
  const entries = ctx.repo().refs.reflog(ref).slice(0, limit);
  entries.forEach((entry, i) => {
    const d = decorate(entry.new);
    const selector = `${name}@{${i}}`;
    if (oneline) {
      out.push(`${abbrev(ctx, entry.new)}${d ? ` (${d})` : ''} ${selector}: ${entry.message}`);
      return;
    }
    const lines = mediumLines(ctx, entry.new, d);
    lines.splice(1, 0, `Reflog: ${selector} (${entry.who.name} <${entry.who.email}>)`, `Reflog message: ${entry.message}`);
    out.push(...lines);
    if (i < entries.length - 1) out.push('');
  });
  if (out.length) ctx.out(out.join('\n'));
  return 0;
}

function extraLines(ctx: SandboxContext, oid: string, stat: boolean, patch: boolean, nameOnly: boolean): string[] {
  if (!stat && !patch && !nameOnly) return [];
  const { objects } = ctx.repo();
  const c = objects.readCommit(oid);
  if (c.parents.length > 1) return [];
  const changes = diffFileMaps(objects.flattenTree(c.parents[0] ? objects.readCommit(c.parents[0]).tree : undefined), objects.flattenTree(c.tree));
  const captured: string[] = [];
  const sub = Object.create(ctx, { out: { value: (t: string) => captured.push(...t.split('\n')) } }) as SandboxContext;
  if (nameOnly) captured.push(...changes.map((ch) => ch.path));
  if (stat) printStat(sub, statLines(ctx, changes));
  if (patch) {
    if (stat) captured.push('');
    printPatch(sub, changes);
  }
  return captured;
}
