/** `git diff`: work tree vs index, --staged (HEAD vs index), a commit vs the work tree, two commits. */
import type { SandboxContext } from '../context';
import { diffFileMaps, type FileChange } from '../core/diff';
import { mergeBases } from '../core/graph';
import { hashObject } from '../core/objects';
import { headTree, loadIndex } from '../core/repo-ops';
import { resolveCommit, resolveRevision, unknownRevision } from '../core/revisions';
import { fileMode } from '../core/worktree';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { matchesAny, parsePathspecs, printPatch, printStat, quotePath, shownPath, statLines, type PatchSide } from './common';

const USAGE = 'git diff [--staged | --cached] [--stat] [--name-only] [--name-status] [<commit> [<commit>]] [--] [<path>...]';

type Side = ReadonlyMap<string, PatchSide & { oid: string; mode: string }>;

function indexSide(ctx: SandboxContext): Side {
  const out = new Map<string, PatchSide & { oid: string; mode: string }>();
  for (const e of loadIndex(ctx).entries) if (e.stage === 0) out.set(e.path, { oid: e.oid, mode: e.mode.toString(8) });
  return out;
}

/** The work tree as a diff side: tracked paths only, hashed only when stat data changed. */
function workSide(ctx: SandboxContext): Side {
  const index = loadIndex(ctx);
  const out = new Map<string, PatchSide & { oid: string; mode: string }>();
  for (const e of index.entries) {
    if (e.stage !== 0) continue;
    const st = ctx.fs.lstatBig(e.path);
    if (!st || !st.isFile()) continue;
    const content = ctx.fs.readFile(e.path);
    const oid = hashObject('blob', content);
    out.set(e.path, { oid: oid === e.oid ? e.oid : oid, mode: fileMode(st).toString(8), content });
  }
  return out;
}

function treeSide(ctx: SandboxContext, tree: string | undefined): Side {
  return ctx.repo().objects.flattenTree(tree) as Side;
}

registerGitCommand({
  name: 'diff',
  summary: 'show changes between the work tree, the index and commits',
  usage: USAGE,
  readOnly: () => true,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'staged', long: ['staged', 'cached'] },
      { name: 'stat', long: ['stat'] },
      { name: 'nameOnly', long: ['name-only'] },
      { name: 'nameStatus', long: ['name-status'] },
      { name: 'quiet', long: ['quiet'] },
      { name: 'exitCode', long: ['exit-code'] },
      { name: 'patch', short: 'p', long: ['patch'] },
      { name: 'unified', short: 'U', long: ['unified'], value: true },
    ], USAGE);
    const revs: string[] = [];
    const paths: string[] = [...(opts.afterDashDash ?? [])];
    for (const word of opts.positional) {
      if (opts.afterDashDash === undefined && paths.length === 0 && (word.includes('..') || resolveRevision(ctx, word))) revs.push(word);
      else if (opts.afterDashDash === undefined && ctx.fs.exists(ctx.fs.resolveUserPath(ctx.cwd, word, 'read'))) paths.push(word);
      else if (opts.afterDashDash !== undefined) revs.push(word);
      else throw unknownRevision(word);
    }
    const commitTree = (spec: string) => {
      const oid = resolveCommit(ctx, spec === '' ? 'HEAD' : spec);
      if (!oid) throw unknownRevision(spec);
      return ctx.repo().objects.readCommit(oid).tree;
    };
    let from: Side;
    let to: Side;
    if (revs.length === 1 && revs[0]!.includes('...')) {
      const [a, b] = revs[0]!.split('...');
      const ao = resolveCommit(ctx, a || 'HEAD');
      const bo = resolveCommit(ctx, b || 'HEAD');
      if (!ao) throw unknownRevision(a!);
      if (!bo) throw unknownRevision(b!);
      const base = mergeBases(ctx, ao, bo)[0];
      from = treeSide(ctx, base ? ctx.repo().objects.readCommit(base).tree : undefined);
      to = treeSide(ctx, ctx.repo().objects.readCommit(bo).tree);
    } else if (revs.length === 1 && revs[0]!.includes('..')) {
      const [a, b] = revs[0]!.split('..');
      from = treeSide(ctx, commitTree(a!));
      to = treeSide(ctx, commitTree(b!));
    } else if (revs.length === 2) {
      from = treeSide(ctx, commitTree(revs[0]!));
      to = treeSide(ctx, commitTree(revs[1]!));
    } else if (revs.length === 1) {
      from = treeSide(ctx, commitTree(revs[0]!));
      to = opts.has('staged') ? indexSide(ctx) : workSide(ctx);
    } else if (opts.has('staged')) {
      from = treeSide(ctx, headTree(ctx));
      to = indexSide(ctx);
    } else {
      from = indexSide(ctx);
      to = workSide(ctx);
      const conflicted = [...new Set(loadIndex(ctx).entries.filter((e) => e.stage > 0).map((e) => e.path))];
      for (const p of conflicted) ctx.out(`* Unmerged path ${shownPath(ctx, p)}`);
    }
    const specs = parsePathspecs(ctx, paths);
    const changes: FileChange[] = diffFileMaps(from, to, revs.length > 0 || opts.has('staged')).filter((c) => matchesAny(c.path, specs) || (c.from !== undefined && matchesAny(c.from, specs)));
    if (opts.has('quiet')) return changes.length ? 1 : 0;
    if (opts.has('nameOnly')) {
      if (changes.length) ctx.out(changes.map((c) => quotePath(shownPath(ctx, c.path))).join('\n'));
    } else if (opts.has('nameStatus')) {
      if (changes.length) ctx.out(changes.map((c) => (c.kind === 'R' ? `R100\t${c.from}\t${c.path}` : `${c.kind}\t${c.path}`)).join('\n'));
    } else if (opts.has('stat')) printStat(ctx, statLines(ctx, changes));
    else printPatch(ctx, changes);
    return opts.has('exitCode') && changes.length ? 1 : 0;
  },
});
