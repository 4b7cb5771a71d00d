/** `git clean`: delete untracked files (-n to preview, -f to do it, -d for folders, -x/-X for ignored files). */
import { CommandError, fatal } from '../errors';
import { IgnoreRules } from '../core/ignore';
import { loadIndex } from '../core/repo-ops';
import { compareBytes } from '../jail';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { matchesAny, parsePathspecs, quotePath, shownPath } from './common';

const USAGE = 'git clean [-n] [-f] [-d] [-x | -X] [-q] [--] [<pathspec>...]';

registerGitCommand({
  name: 'clean',
  summary: 'delete untracked files (-n shows what would go, -f deletes, -d includes folders)',
  usage: USAGE,
  readOnly: (args) => args.some((a) => /^-[a-zA-Z]*n/.test(a) || a === '--dry-run'),
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'dryRun', short: 'n', long: ['dry-run'] },
      { name: 'force', short: 'f', long: ['force'] },
      { name: 'dirs', short: 'd' },
      { name: 'ignoredToo', short: 'x' },
      { name: 'onlyIgnored', short: 'X' },
      { name: 'quiet', short: 'q', long: ['quiet'] },
      { name: 'interactive', short: 'i', long: ['interactive'] },
    ], USAGE);
    if (opts.has('interactive')) throw fatal('interactive clean (-i) needs a full terminal; preview with -n, then run with -f');
    if (opts.has('ignoredToo') && opts.has('onlyIgnored')) throw fatal('-x and -X cannot be used together');
    if (!opts.has('force') && !opts.has('dryRun')) {
      throw new CommandError(['fatal: clean.requireForce defaults to true and neither -i, -n, nor -f given; refusing to clean'], 128);
    }
    const specs = parsePathspecs(ctx, [...opts.positional, ...(opts.afterDashDash ?? [])]);
    const entries = loadIndex(ctx).entries;
    const tracked = new Set(entries.map((e) => e.path));
    const trackedDirs = new Set<string>();
    for (const e of entries) {
      const parts = e.path.split('/');
      for (let i = 1; i < parts.length; i++) trackedDirs.add(parts.slice(0, i).join('/'));
    }
    const ignore = new IgnoreRules(ctx.fs);
    const wantIgnored = (ignored: boolean) => (opts.has('onlyIgnored') ? ignored : ignored ? opts.has('ignoredToo') : true);
    const doomed: string[] = [];
    /** Whether a folder holds ignored files (which -d alone must leave alone). */
    const holdsIgnored = (dir: string): boolean =>
      ctx.fs.readdirTyped(dir).some((e) => {
        const rel = `${dir}/${e.name}`;
        if (ignore.matches(rel, e.isDirectory())) return true;
        return e.isDirectory() && holdsIgnored(rel);
      });
    const walk = (dir: string, parentIgnored: boolean): void => {
      for (const entry of ctx.fs.readdirTyped(dir === '' ? '.' : dir)) {
        const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (rel === '.git') continue;
        const isDir = entry.isDirectory();
        const ignored = parentIgnored || ignore.matches(rel, isDir);
        if (isDir) {
          const whole = !ignored && !opts.has('ignoredToo') && !opts.has('onlyIgnored') && holdsIgnored(rel) ? false : true;
          if (trackedDirs.has(rel) || (opts.has('dirs') && !whole)) walk(rel, ignored);
          else if (opts.has('dirs') && wantIgnored(ignored) && matchesAny(rel, specs)) doomed.push(`${rel}/`);
          else if (opts.has('dirs') && opts.has('onlyIgnored') && !ignored) walk(rel, false);
        } else if (!tracked.has(rel) && wantIgnored(ignored) && matchesAny(rel, specs)) doomed.push(rel);
      }
    };
    walk('', false);
    doomed.sort(compareBytes);
    const lines: string[] = [];
    for (const rel of doomed) {
      lines.push(`${opts.has('dryRun') ? 'Would remove' : 'Removing'} ${quotePath(shownPath(ctx, rel))}`);
      if (opts.has('dryRun')) continue;
      if (rel.endsWith('/')) ctx.fs.removeTree(rel.slice(0, -1));
      else ctx.fs.unlink(rel);
    }
    if (lines.length && !opts.has('quiet')) ctx.out(lines.join('\n'));
    return 0;
  },
});
