/** `git rm` (with --cached, -r, -f) and `git mv`: change files and the index together. */
import path from 'node:path';
import { CommandError, fatal } from '../errors';
import { hashObject } from '../core/objects';
import { headTree } from '../core/repo-ops';
import { IndexEditor } from '../core/staging';
import { compareWithWorkTree } from '../core/worktree';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { matchesPathspec, parsePathspecs, shownPath } from './common';

const RM_USAGE = 'git rm [-f | --force] [-r] [--cached] [-q] [--] <pathspec>...';
const MV_USAGE = 'git mv [-f] [-n] [-k] <source>... <destination>';

registerGitCommand({
  name: 'rm',
  summary: 'remove files from the work tree and the index',
  usage: RM_USAGE,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'force', short: 'f', long: ['force'] },
      { name: 'recursive', short: 'r' },
      { name: 'cached', long: ['cached'] },
      { name: 'quiet', short: 'q', long: ['quiet'] },
      { name: 'dryRun', short: 'n', long: ['dry-run'] },
    ], RM_USAGE);
    const typed = [...opts.positional, ...(opts.afterDashDash ?? [])];
    if (typed.length === 0) throw new CommandError(['No pathspec was given. Which files should I remove?'], 128);
    const specs = parsePathspecs(ctx, typed);
    const editor = new IndexEditor(ctx);
    const head = ctx.repo().objects.flattenTree(headTree(ctx));
    const targets: string[] = [];
    for (const spec of specs) {
      const hits = editor.paths().filter((p) => matchesPathspec(p, spec));
      if (hits.length === 0) throw fatal(`pathspec '${spec.typed}' did not match any files`);
      if (!spec.glob && !opts.has('recursive') && !hits.includes(spec.rel)) throw fatal(`not removing '${spec.typed}' recursively without -r`);
      targets.push(...hits.filter((h) => !targets.includes(h)));
    }
    if (!opts.has('force')) {
      const localMods: string[] = [];
      const stagedMods: string[] = [];
      const both: string[] = [];
      for (const p of targets) {
        const entry = editor.entries.get(p);
        if (!entry) continue;
        const base = head.get(p);
        const stagedDiffers = !base || base.oid !== entry.oid;
        const work = compareWithWorkTree(ctx, entry, editor.mtimeNs).state;
        const workDiffers = work === 'modified';
        const workMatchesHead = work !== 'deleted' && base && workDiffers && hashObject('blob', ctx.fs.readFile(p)) === base.oid;
        if (opts.has('cached')) {
          if (stagedDiffers && workDiffers && !workMatchesHead) both.push(p);
        } else if (stagedDiffers && workDiffers) both.push(p);
        else if (workDiffers) localMods.push(p);
        else if (stagedDiffers && base) stagedMods.push(p);
        else if (stagedDiffers && !base && work !== 'deleted') stagedMods.push(p);
      }
      const block = (title: string, list: string[], hint: string) => {
        const lines = [`error: the following file${list.length === 1 ? ' has' : 's have'} ${title}:`, ...list.map((p) => `    ${shownPath(ctx, p)}`), hint];
        throw new CommandError(lines, 1);
      };
      if (both.length) block('staged content different from both the\nfile and the HEAD', both, '(use -f to force removal)');
      if (stagedMods.length) block('changes staged in the index', stagedMods, '(use --cached to keep the file, or -f to force removal)');
      if (localMods.length) block('local modifications', localMods, '(use --cached to keep the file, or -f to force removal)');
    }
    for (const p of targets) {
      if (!opts.has('quiet')) ctx.out(`rm '${shownPath(ctx, p)}'`);
      if (opts.has('dryRun')) continue;
      editor.remove(p);
      if (!opts.has('cached')) {
        ctx.fs.removeFileIfPresent(p);
        ctx.fs.removeEmptyParents(p);
      }
    }
    editor.save();
    return 0;
  },
});

registerGitCommand({
  name: 'mv',
  summary: 'move or rename a tracked file, and stage the move',
  usage: MV_USAGE,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'force', short: 'f', long: ['force'] },
      { name: 'dryRun', short: 'n', long: ['dry-run'] },
      { name: 'skip', short: 'k' },
      { name: 'verbose', short: 'v', long: ['verbose'] },
    ], MV_USAGE);
    const words = [...opts.positional, ...(opts.afterDashDash ?? [])];
    if (words.length < 2) throw new CommandError([`usage: ${MV_USAGE}`], 129);
    const destTyped = words.at(-1)!;
    const dest = ctx.fs.resolveUserPath(ctx.cwd, destTyped, 'write');
    const destIsDir = dest === '' || ctx.fs.isDir(dest);
    if (words.length > 2 && !destIsDir) throw fatal(`destination '${destTyped}' is not a directory`);
    const editor = new IndexEditor(ctx);
    for (const srcTyped of words.slice(0, -1)) {
      const src = ctx.fs.resolveUserPath(ctx.cwd, srcTyped, 'write');
      const target = destIsDir ? path.posix.join(dest, path.posix.basename(src)) : dest;
      const bad = (why: string) => fatal(`${why}, source=${shownPath(ctx, src)}, destination=${shownPath(ctx, target)}`);
      if (!ctx.fs.exists(src)) {
        if (opts.has('skip')) continue;
        throw bad('bad source');
      }
      const isDir = ctx.fs.isDir(src);
      const tracked = isDir ? editor.paths().filter((p) => p.startsWith(`${src}/`)) : editor.has(src) ? [src] : [];
      if (tracked.length === 0) {
        if (opts.has('skip')) continue;
        throw bad(isDir ? 'source directory is empty' : 'not under version control');
      }
      if (editor.conflicts.has(src)) throw bad('conflicted');
      if (target === src || target.startsWith(`${src}/`)) throw bad('can not move directory into itself');
      if (ctx.fs.exists(target) && !opts.has('force')) throw bad('destination exists');
      if (opts.has('verbose') || opts.has('dryRun')) ctx.out(`Renaming ${shownPath(ctx, src)} to ${shownPath(ctx, target)}`);
      if (opts.has('dryRun')) continue;
      if (ctx.fs.exists(target) && !ctx.fs.isDir(target)) ctx.fs.unlink(target);
      ctx.fs.rename(src, target);
      ctx.fs.removeEmptyParents(src);
      for (const p of tracked) {
        const entry = editor.entries.get(p)!;
        const moved = target + p.slice(src.length);
        editor.remove(p);
        editor.remove(moved);
        editor.set({ ...entry, path: moved });
      }
    }
    editor.save();
    return 0;
  },
});
