/** `git add`: stage new, changed and deleted files (`.`, paths, globs, `-A`, `-u`, `-f`). */
import { CommandError, fatal } from '../errors';
import { IgnoreRules } from '../core/ignore';
import { IndexEditor } from '../core/staging';
import { walkWorkTree } from '../core/worktree';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { matchesAny, matchesPathspec, parsePathspecs, shownPath } from './common';

const USAGE = 'git add [-A | --all | -u | --update] [-f] [-n] [-v] [--] [<pathspec>...]';

registerGitCommand({
  name: 'add',
  summary: 'stage changes for the next commit',
  usage: USAGE,
  readOnly: (args) => args.includes('-n') || args.includes('--dry-run'),
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'all', short: 'A', long: ['all'] },
      { name: 'update', short: 'u', long: ['update'] },
      { name: 'force', short: 'f', long: ['force'] },
      { name: 'dryRun', short: 'n', long: ['dry-run'] },
      { name: 'verbose', short: 'v', long: ['verbose'] },
      { name: 'patch', short: 'p', long: ['patch'] },
      { name: 'interactive', short: 'i', long: ['interactive'] },
    ], USAGE);
    if (opts.has('patch') || opts.has('interactive')) {
      throw fatal('interactive staging (-p, -i) needs a full terminal; stage whole files with `git add <file>` instead');
    }
    const typed = [...opts.positional, ...(opts.afterDashDash ?? [])];
    const everything = opts.has('all') || opts.has('update');
    if (typed.length === 0 && !everything) {
      ctx.out("Nothing specified, nothing added.\nhint: Maybe you wanted to say 'git add .'?\nhint: Turn this message off by running\nhint: \"git config advice.addEmptyPathspec false\"");
      return 0;
    }
    const specs = parsePathspecs(ctx, typed);
    const editor = new IndexEditor(ctx);
    const candidates = new Set<string>();
    for (const path of editor.paths()) if (matchesAny(path, specs)) candidates.add(path);
    const ignoredHits: string[] = [];
    if (!opts.has('update')) {
      const roots = specs.length ? specs.map((s) => (s.glob ? '' : s.rel)) : [''];
      const ignore = new IgnoreRules(ctx.fs);
      for (const root of new Set(roots)) {
        for (const file of walkWorkTree(ctx, root, { includeIgnored: opts.has('force') || specs.some((s) => !s.glob && s.rel === root && root !== '') })) {
          if (!matchesAny(file.path, specs)) continue;
          if (editor.has(file.path)) {
            candidates.add(file.path);
            continue;
          }
          if (!opts.has('force') && ignore.isIgnored(file.path, false)) {
            if (specs.some((s) => !s.glob && (s.rel === file.path || (s.rel !== '' && s.rel === root)))) ignoredHits.push(file.path);
            continue;
          }
          candidates.add(file.path);
        }
      }
    }
    for (const spec of specs) {
      const hit = [...candidates].some((p) => matchesPathspec(p, spec)) || ignoredHits.some((p) => matchesPathspec(p, spec));
      if (!hit && !(spec.rel === '' && !spec.glob)) throw fatal(`pathspec '${spec.typed}' did not match any files`);
    }
    const verbose = opts.has('verbose') || opts.has('dryRun');
    for (const path of [...candidates].sort()) {
      if (opts.has('dryRun')) {
        ctx.out(`add '${shownPath(ctx, path)}'`);
        continue;
      }
      const result = editor.stageFromWorkTree(path);
      if (verbose && result !== 'unchanged') ctx.out(result === 'removed' ? `remove '${shownPath(ctx, path)}'` : `add '${shownPath(ctx, path)}'`);
    }
    if (!opts.has('dryRun')) editor.save();
    if (ignoredHits.length) {
      throw new CommandError(
        [
          'The following paths are ignored by one of your .gitignore files:',
          ...[...new Set(ignoredHits.map((p) => shownPath(ctx, p)))],
          'hint: Use -f if you really want to add them.',
          'hint: Turn this message off by running',
          'hint: "git config advice.addIgnoredFile false"',
        ],
        1,
      );
    }
    return 0;
  },
});
