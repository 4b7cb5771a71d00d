/**
 * The few plumbing commands learners meet when they look under the hood: `rev-parse`,
 * `cat-file` and `ls-files`.
 */
import { GITDIR } from '../context';
import { CommandError, fatal } from '../errors';
import { abbrev, loadIndex } from '../core/repo-ops';
import { resolveRevision } from '../core/revisions';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { matchesAny, parsePathspecs, quotePath, shownPath } from './common';
import { compareWithWorkTree, walkWorkTree } from '../core/worktree';

const REV_PARSE_USAGE = 'git rev-parse [--short] [--abbrev-ref] [--verify] [--show-toplevel] [--git-dir] <revision>...';
const CAT_FILE_USAGE = 'git cat-file (-t | -s | -p | <type>) <object>';
const LS_FILES_USAGE = 'git ls-files [-s | --stage] [-o | --others] [-m | --modified] [--] [<path>...]';

registerGitCommand({
  name: 'rev-parse',
  summary: 'turn a revision name into a commit id (or show the current branch name)',
  usage: REV_PARSE_USAGE,
  readOnly: () => true,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'short', long: ['short'], value: true, optionalValue: true },
      { name: 'abbrevRef', long: ['abbrev-ref'] },
      { name: 'verify', long: ['verify'] },
      { name: 'quiet', short: 'q', long: ['quiet'] },
      { name: 'toplevel', long: ['show-toplevel'] },
      { name: 'gitDir', long: ['git-dir'] },
      { name: 'symbolicFullName', long: ['symbolic-full-name'] },
    ], REV_PARSE_USAGE);
    const out: string[] = [];
    if (opts.has('toplevel')) out.push(ctx.dir);
    if (opts.has('gitDir')) out.push(ctx.cwd === '' ? GITDIR : `${ctx.dir}/${GITDIR}`);
    const { refs } = ctx.repo();
    for (const spec of opts.positional) {
      if (opts.has('abbrevRef') || opts.has('symbolicFullName')) {
        if (spec === 'HEAD' || spec === '@') {
          const head = refs.head();
          out.push(head.attached ? (opts.has('abbrevRef') ? head.branch! : head.ref!) : 'HEAD');
          continue;
        }
      }
      const oid = resolveRevision(ctx, spec);
      if (!oid) {
        if (opts.has('verify')) {
          if (opts.has('quiet')) return 1;
          throw fatal('Needed a single revision');
        }
        throw new CommandError([spec, `fatal: ambiguous argument '${spec}': unknown revision or path not in the working tree.`, "Use '--' to separate paths from revisions, like this:", "'git <command> [<revision>...] -- [<file>...]'"], 128);
      }
      if (opts.has('short')) {
        const n = Number(opts.value('short') || 7);
        out.push(abbrev(ctx, oid, Number.isInteger(n) && n >= 4 ? n : 7));
      } else out.push(oid);
    }
    if (out.length) ctx.out(out.join('\n'));
    return 0;
  },
});

registerGitCommand({
  name: 'cat-file',
  summary: "show an object's type, size or content (-t, -s, -p)",
  usage: CAT_FILE_USAGE,
  readOnly: () => true,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'type', short: 't' },
      { name: 'size', short: 's' },
      { name: 'pretty', short: 'p' },
      { name: 'exists', short: 'e' },
    ], CAT_FILE_USAGE);
    const words = opts.positional;
    const modes = ['type', 'size', 'pretty', 'exists'].filter((m) => opts.has(m));
    if (modes.length + (words.length === 2 ? 1 : 0) !== 1 || words.length === 0) throw new CommandError([`usage: ${CAT_FILE_USAGE}`], 129);
    const spec = words.at(-1)!;
    const oid = resolveRevision(ctx, spec);
    const { objects } = ctx.repo();
    if (opts.has('exists')) return oid && objects.has(oid) ? 0 : 1;
    if (!oid) throw fatal(`Not a valid object name ${spec}`);
    const object = objects.read(oid);
    if (opts.has('type')) ctx.out(object.type);
    else if (opts.has('size')) ctx.out(String(object.content.length));
    else if (opts.has('pretty') && object.type === 'tree') {
      const lines = objects.readTree(oid).map((e) => {
        const type = e.mode === '40000' ? 'tree' : e.mode === '160000' ? 'commit' : 'blob';
        return `${e.mode.padStart(6, '0')} ${type} ${e.oid}\t${quotePath(e.name)}`;
      });
      if (lines.length) ctx.out(lines.join('\n'));
    } else {
      if (!opts.has('pretty') && words[0] !== object.type) throw fatal(`git cat-file ${spec}: bad file`);
      ctx.write(object.content.toString('utf8'));
    }
    return 0;
  },
});

registerGitCommand({
  name: 'ls-files',
  summary: 'list the files in the index (-s with their ids, -o untracked, -m modified)',
  usage: LS_FILES_USAGE,
  readOnly: () => true,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'stage', short: 's', long: ['stage'] },
      { name: 'others', short: 'o', long: ['others'] },
      { name: 'modified', short: 'm', long: ['modified'] },
      { name: 'cached', short: 'c', long: ['cached'] },
      { name: 'unmerged', short: 'u', long: ['unmerged'] },
      { name: 'excludeStandard', long: ['exclude-standard'] },
    ], LS_FILES_USAGE);
    const specs = parsePathspecs(ctx, [...opts.positional, ...(opts.afterDashDash ?? [])]);
    const under = (p: string) => ctx.cwd === '' || p.startsWith(`${ctx.cwd}/`);
    const index = loadIndex(ctx);
    const out: string[] = [];
    if (opts.has('others')) {
      const tracked = new Set(index.entries.map((e) => e.path));
      for (const file of walkWorkTree(ctx, '', { includeIgnored: !opts.has('excludeStandard') })) {
        if (!tracked.has(file.path) && under(file.path) && matchesAny(file.path, specs)) out.push(quotePath(shownPath(ctx, file.path)));
      }
    } else {
      for (const e of index.entries) {
        if (!under(e.path) || !matchesAny(e.path, specs)) continue;
        if (opts.has('unmerged') && e.stage === 0) continue;
        if (opts.has('modified') && (e.stage !== 0 || compareWithWorkTree(ctx, e, index.mtimeNs).state === 'clean')) continue;
        out.push(opts.has('stage') || opts.has('unmerged') ? `${e.mode.toString(8)} ${e.oid} ${e.stage}\t${quotePath(shownPath(ctx, e.path))}` : quotePath(shownPath(ctx, e.path)));
      }
    }
    const unique = opts.has('stage') || opts.has('unmerged') ? out : [...new Set(out)];
    if (unique.length) ctx.out(unique.join('\n'));
    return 0;
  },
});
