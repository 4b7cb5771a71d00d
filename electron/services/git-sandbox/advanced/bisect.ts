/**
 * `git bisect start | good | bad | reset | log`: a binary search for the commit that broke
 * something. The state lives where git keeps it (BISECT_START, BISECT_LOG, BISECT_TERMS,
 * BISECT_NAMES, refs/bisect/bad and refs/bisect/good-<id>), and the next commit to test is
 * chosen the way git chooses it, so the learner visits the same commits as in git.
 */
import { CommandError, fatal } from '../errors';
import { GITDIR, type SandboxContext } from '../context';
import { switchTrees } from '../core/checkout';
import { abbrev, messageSubject, setHead } from '../core/repo-ops';
import { resolveCommit, unknownRevision } from '../core/revisions';
import { diffstatLines } from './diffstat';
import { ancestors } from './graph';
import { formatGitDate } from './state-files';
import { treeSides } from './work-tree';

const START = `${GITDIR}/BISECT_START`;
const LOG = `${GITDIR}/BISECT_LOG`;

function inProgress(ctx: SandboxContext): boolean {
  return ctx.fs.isFile(START);
}

function log(ctx: SandboxContext, lines: readonly string[]): void {
  ctx.fs.appendFile(LOG, lines.map((l) => `${l}\n`).join(''));
}

function describe(ctx: SandboxContext, oid: string): string {
  return `[${oid}] ${messageSubject(ctx.repo().objects.readCommit(oid).message)}`;
}

function goods(ctx: SandboxContext): string[] {
  return ctx.repo().refs.list('refs/bisect/good-').map((r) => r.oid);
}

/** git's estimate of the remaining steps for `all` candidates (estimate_bisect_steps). */
export function estimateSteps(all: number): number {
  if (all < 3) return 0;
  const n = Math.floor(Math.log2(all));
  const e = 2 ** n;
  const x = all - e;
  return e < 3 * x ? n : n - 1;
}

/**
 * The candidates (reachable from bad, not from any good), oldest first, and the one git
 * tests next: the first that reaches about half of them, else the one closest to half.
 */
export function nextBisection(ctx: SandboxContext, bad: string, good: readonly string[]): { candidates: string[]; next: string; weight: number } {
  const { objects } = ctx.repo();
  const excluded = ancestors(objects, good);
  const candidates = [...ancestors(objects, [bad])].filter((oid) => !excluded.has(oid));
  const position = new Map<string, number>();
  // git walks the candidates in reverse rev-list order: oldest first, parents before children.
  const depth = (oid: string): number => {
    const known = position.get(oid);
    if (known !== undefined) return known;
    const parents = objects.readCommit(oid).parents.filter((p) => !excluded.has(p));
    const value = parents.length ? Math.max(...parents.map(depth)) + 1 : 0;
    position.set(oid, value);
    return value;
  };
  candidates.sort((a, b) => objects.readCommit(a).committer.timestamp - objects.readCommit(b).committer.timestamp || depth(a) - depth(b));
  const set = new Set(candidates);
  const total = candidates.length;
  const weightOf = (oid: string): number => [...ancestors(objects, [oid])].filter((c) => set.has(c)).length;
  let best = candidates[0]!;
  let bestWeight = weightOf(best);
  let bestDistance = -1;
  for (const oid of candidates) {
    const weight = weightOf(oid);
    if (Math.abs(2 * weight - total) <= 1) return { candidates, next: oid, weight };
    const distance = Math.min(weight, total - weight);
    if (distance > bestDistance) {
      best = oid;
      bestWeight = weight;
      bestDistance = distance;
    }
  }
  return { candidates, next: best, weight: bestWeight };
}

function checkoutDetached(ctx: SandboxContext, oid: string): void {
  const { refs, objects } = ctx.repo();
  const head = refs.head();
  if (head.oid === oid && !head.attached) return;
  switchTrees(ctx, head.oid ? objects.readCommit(head.oid).tree : undefined, objects.readCommit(oid).tree, { verb: 'checkout' });
  setHead(ctx, { detached: oid }, `checkout: moving from ${head.attached ? head.branch : head.oid} to ${oid}`);
}

/** After a new mark: report what is missing, the first bad commit, or check out the next one. */
function step(ctx: SandboxContext): number {
  const { refs, objects } = ctx.repo();
  const bad = refs.resolve('refs/bisect/bad');
  const good = goods(ctx);
  if (!bad && good.length === 0) {
    ctx.out('status: waiting for both good and bad commits');
    log(ctx, ['# status: waiting for both good and bad commits']);
    return 0;
  }
  if (!bad) {
    ctx.out(`status: waiting for bad commit, ${good.length} good commit${good.length === 1 ? '' : 's'} known`);
    log(ctx, [`# status: waiting for bad commit, ${good.length} good commit${good.length === 1 ? '' : 's'} known`]);
    return 0;
  }
  if (good.length === 0) {
    ctx.out('status: waiting for good commit(s), bad commit known');
    log(ctx, ['# status: waiting for good commit(s), bad commit known']);
    return 0;
  }
  const { candidates, next, weight } = nextBisection(ctx, bad, good);
  if (candidates.length === 0) throw fatal('some good revisions are not ancestors of the bad revision; the sandbox cannot bisect that history');
  if (candidates.length === 1) {
    const commit = objects.readCommit(bad);
    const parentTree = commit.parents[0] ? objects.readCommit(commit.parents[0]).tree : undefined;
    ctx.out(`${bad} is the first bad commit`);
    ctx.out(`commit ${bad}`);
    ctx.out(`Author: ${commit.author.name} <${commit.author.email}>`);
    ctx.out(`Date:   ${formatGitDate(commit.author)}`);
    ctx.out('');
    for (const line of commit.message.replace(/\n$/, '').split('\n')) ctx.out(line === '' ? '' : `    ${line}`);
    ctx.out('');
    for (const line of diffstatLines(ctx, treeSides(ctx, parentTree), treeSides(ctx, commit.tree))) if (!/^ (create|delete) mode |^ rename /.test(line)) ctx.out(line);
    log(ctx, [`# first bad commit: ${describe(ctx, bad)}`]);
    return 0;
  }
  const left = candidates.length - weight - 1;
  const steps = estimateSteps(candidates.length);
  ctx.out(`Bisecting: ${left} revision${left === 1 ? '' : 's'} left to test after this (roughly ${steps} step${steps === 1 ? '' : 's'})`);
  checkoutDetached(ctx, next);
  ctx.fs.writeFileAtomic(`${GITDIR}/BISECT_EXPECTED_REV`, `${next}\n`);
  ctx.out(describe(ctx, next));
  return 0;
}

function mark(ctx: SandboxContext, term: 'good' | 'bad', specs: readonly string[]): void {
  const { refs } = ctx.repo();
  for (const spec of specs.length ? specs : ['HEAD']) {
    const oid = resolveCommit(ctx, spec);
    if (!oid) throw unknownRevision(spec);
    refs.writeRaw(term === 'bad' ? 'refs/bisect/bad' : `refs/bisect/good-${oid}`, oid);
    log(ctx, [`# ${term}: ${describe(ctx, oid)}`, `git bisect ${term} ${oid}`]);
  }
}

function start(ctx: SandboxContext, args: readonly string[]): number {
  const { refs } = ctx.repo();
  if (inProgress(ctx)) reset(ctx, true);
  const head = refs.head();
  if (!head.oid) throw fatal('You need to start by "git bisect start" on a branch with commits');
  const [bad, ...good] = args.filter((a) => a !== '--');
  const badOid = bad ? resolveCommit(ctx, bad) : undefined;
  if (bad && !badOid) throw new CommandError([`fatal: '${bad}' does not appear to be a valid revision`], 128);
  ctx.fs.writeFileAtomic(START, `${head.attached ? head.branch : head.oid}\n`);
  ctx.fs.writeFileAtomic(`${GITDIR}/BISECT_TERMS`, 'bad\ngood\n');
  ctx.fs.writeFileAtomic(`${GITDIR}/BISECT_NAMES`, '\n');
  ctx.fs.writeFileAtomic(LOG, '');
  log(ctx, [`git bisect start${args.length ? ` ${args.map((a) => `'${a}'`).join(' ')}` : ''}`]);
  if (badOid) mark(ctx, 'bad', [badOid]);
  if (good.length) mark(ctx, 'good', good);
  return step(ctx);
}

function reset(ctx: SandboxContext, quiet = false): number {
  const { refs, objects } = ctx.repo();
  const text = ctx.fs.tryReadText(START);
  if (text === undefined) {
    if (!quiet) ctx.out('We are not bisecting.');
    return 0;
  }
  const back = text.trim();
  const head = refs.head();
  const branchOid = refs.resolve(`refs/heads/${back}`);
  const target = branchOid ?? resolveCommit(ctx, back);
  if (target && (head.oid !== target || !head.attached)) {
    switchTrees(ctx, head.oid ? objects.readCommit(head.oid).tree : undefined, objects.readCommit(target).tree, { verb: 'checkout' });
    const from = head.attached ? head.branch! : head.oid!;
    if (branchOid) {
      setHead(ctx, { branch: back }, `checkout: moving from ${from} to ${back}`);
      if (!quiet) {
        if (!head.attached && head.oid) ctx.err(`Previous HEAD position was ${abbrev(ctx, head.oid)} ${messageSubject(objects.readCommit(head.oid).message)}`);
        ctx.err(`Switched to branch '${back}'`);
      }
    } else {
      setHead(ctx, { detached: target }, `checkout: moving from ${from} to ${target}`);
    }
  }
  for (const ref of refs.list('refs/bisect/')) refs.delete(ref.name);
  for (const name of ['BISECT_START', 'BISECT_LOG', 'BISECT_TERMS', 'BISECT_NAMES', 'BISECT_EXPECTED_REV', 'BISECT_ANCESTORS_OK']) ctx.fs.removeFileIfPresent(`${GITDIR}/${name}`);
  return 0;
}

/** The `git bisect` command line. */
export function runBisect(ctx: SandboxContext, args: readonly string[]): number {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'start':
      return start(ctx, rest);
    case 'good':
    case 'bad':
    case 'old':
    case 'new': {
      if (!inProgress(ctx)) throw new CommandError(['You need to start by "git bisect start"', '', 'Do you want me to do it for you [Y/n]? The sandbox cannot ask: run "git bisect start" first.'], 1);
      const term = sub === 'bad' || sub === 'new' ? 'bad' : 'good';
      mark(ctx, term, rest);
      return step(ctx);
    }
    case 'reset':
      return reset(ctx);
    case 'log':
      if (!inProgress(ctx)) throw new CommandError(['error: We are not bisecting.'], 1);
      ctx.write(ctx.fs.tryReadText(LOG) ?? '');
      return 0;
    default:
      throw new CommandError([`error: unknown bisect subcommand '${sub ?? ''}'`, 'usage: git bisect start [<bad> [<good>...]] | good [<rev>] | bad [<rev>] | reset | log'], 129);
  }
}
