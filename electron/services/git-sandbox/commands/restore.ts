/** `git restore`: put files back from the index (default) or a commit, into the work tree and/or the index. */
import { CommandError, fatal, gitError } from '../errors';
import { writeWorkFile } from '../core/checkout';
import { entryWithoutStat } from '../core/index-file';
import { headTree } from '../core/repo-ops';
import { resolveRevision, unknownRevision } from '../core/revisions';
import { IndexEditor } from '../core/staging';
import type { SandboxContext } from '../context';
import { compareWithWorkTree } from '../core/worktree';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { matchesPathspec, parsePathspecs, type Pathspec } from './common';

const USAGE = 'git restore [--source=<tree>] [--staged] [--worktree] [--] <pathspec>...';

export interface RestoreRequest {
  readonly specs: readonly Pathspec[];
  /** Tree to restore from; undefined means "from the index" (work tree only). */
  readonly sourceTree?: string;
  readonly fromIndex: boolean;
  readonly staged: boolean;
  readonly worktree: boolean;
  /** Files in the index/work tree but not in the source are removed (git restore's default). */
  readonly overlay: boolean;
}

/** Shared by restore and `checkout [<rev>] -- <paths>`. Returns the number of paths updated. */
export function restorePaths(ctx: SandboxContext, req: RestoreRequest): number {
  const editor = new IndexEditor(ctx);
  const source = req.fromIndex ? undefined : ctx.repo().objects.flattenTree(req.sourceTree);
  let count = 0;
  for (const spec of req.specs) {
    const inSource = req.fromIndex ? editor.paths().filter((p) => matchesPathspec(p, spec)) : [...source!.keys()].filter((p) => matchesPathspec(p, spec));
    const inIndex = editor.paths().filter((p) => matchesPathspec(p, spec));
    if (inSource.length === 0 && (req.overlay || inIndex.length === 0)) {
      throw gitError(`pathspec '${spec.typed}' did not match any file(s) known to git`);
    }
  }
  const paths = new Set<string>();
  for (const p of editor.paths()) if (req.specs.some((s) => matchesPathspec(p, s))) paths.add(p);
  if (source) for (const p of source.keys()) if (req.specs.some((s) => matchesPathspec(p, s))) paths.add(p);
  if (req.fromIndex) {
    for (const p of paths) if (editor.conflicts.has(p)) throw gitError(`path '${p}' is unmerged`);
  }
  for (const p of [...paths].sort()) {
    const want = req.fromIndex ? editor.entries.get(p) && { oid: editor.entries.get(p)!.oid, mode: editor.entries.get(p)!.mode.toString(8) } : source!.get(p);
    if (!want && req.overlay) continue;
    if (req.staged) {
      if (want) {
        const current = editor.entries.get(p);
        if (!current || current.oid !== want.oid || current.mode.toString(8) !== want.mode || editor.conflicts.has(p)) {
          editor.set(req.worktree ? entryWithoutStat(p, want.oid, parseInt(want.mode, 8)) : entryWithoutStat(p, want.oid, parseInt(want.mode, 8)));
        }
      } else editor.remove(p);
    }
    if (req.worktree) {
      if (want) {
        const current = editor.entries.get(p);
        const clean = current && current.oid === want.oid && compareWithWorkTree(ctx, current, editor.mtimeNs).state === 'clean';
        if (!clean) {
          const entry = writeWorkFile(ctx, p, want);
          if (req.staged || (current && current.oid === want.oid)) editor.set(entry);
        }
      } else {
        ctx.fs.removeFileIfPresent(p);
        ctx.fs.removeEmptyParents(p);
      }
    }
    count++;
  }
  editor.save();
  return count;
}

registerGitCommand({
  name: 'restore',
  summary: 'discard changes in files, or unstage them (--staged)',
  usage: USAGE,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'source', short: 's', long: ['source'], value: true },
      { name: 'staged', short: 'S', long: ['staged'] },
      { name: 'worktree', short: 'W', long: ['worktree'] },
      { name: 'overlay', long: ['overlay'] },
      { name: 'quiet', short: 'q', long: ['quiet'] },
      { name: 'patch', short: 'p', long: ['patch'] },
    ], USAGE);
    if (opts.has('patch')) throw fatal('interactive restore (-p) needs a full terminal; restore whole files instead');
    const typed = [...opts.positional, ...(opts.afterDashDash ?? [])];
    if (typed.length === 0) throw fatal('you must specify path(s) to restore');
    const staged = opts.has('staged');
    const worktree = opts.has('worktree') || !staged;
    const sourceSpec = opts.value('source');
    let sourceTree: string | undefined;
    let fromIndex = false;
    if (sourceSpec !== undefined) {
      const oid = resolveRevision(ctx, `${sourceSpec}^{tree}`);
      if (!oid) throw sourceSpec === '' ? new CommandError(['fatal: empty source'], 128) : unknownRevision(sourceSpec);
      sourceTree = oid;
    } else if (staged) {
      sourceTree = headTree(ctx);
      if (!sourceTree) throw fatal('could not resolve HEAD');
    } else fromIndex = true;
    restorePaths(ctx, { specs: parsePathspecs(ctx, typed), ...(sourceTree ? { sourceTree } : {}), fromIndex, staged, worktree, overlay: opts.has('overlay') });
    return 0;
  },
});
