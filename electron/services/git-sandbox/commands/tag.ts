/** `git tag`: list (with patterns, -n), lightweight tags, annotated tags (-a -m), -d, -f. */
import { identity } from '../context';
import { CommandError, fatal } from '../errors';
import { abbrev, cleanMessage } from '../core/repo-ops';
import { resolveRevision } from '../core/revisions';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { globMatcher } from '../shell-parser';
import { isValidRefName } from './common';

const USAGE = 'git tag [-l [<pattern>]] [-n] | [-a] [-f] [-m <msg>] <tagname> [<commit>] | -d <tagname>...';

registerGitCommand({
  name: 'tag',
  summary: 'list, create (lightweight or annotated with -a -m) or delete tags',
  usage: USAGE,
  readOnly: (args) => args.length === 0 || args[0] === '-l' || args[0] === '--list' || args[0] === '-n',
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'list', short: 'l', long: ['list'] },
      { name: 'annotate', short: 'a', long: ['annotate'] },
      { name: 'message', short: 'm', long: ['message'], value: true, repeat: true },
      { name: 'delete', short: 'd', long: ['delete'] },
      { name: 'force', short: 'f', long: ['force'] },
      { name: 'lines', short: 'n', value: true, optionalValue: true },
      { name: 'sign', short: 's', long: ['sign'] },
      { name: 'file', short: 'F', long: ['file'], value: true },
    ], USAGE);
    const { refs, objects } = ctx.repo();
    if (opts.has('sign')) throw fatal('signed tags need a GPG key, which the sandbox does not have; use -a -m for an annotated tag');
    if (opts.has('delete')) {
      if (opts.positional.length === 0) throw fatal('tag name required');
      let code = 0;
      for (const name of opts.positional) {
        const oid = refs.resolve(`refs/tags/${name}`);
        if (!oid) {
          ctx.err(`error: tag '${name}' not found.`);
          code = 1;
          continue;
        }
        refs.delete(`refs/tags/${name}`);
        ctx.out(`Deleted tag '${name}' (was ${abbrev(ctx, oid)})`);
      }
      return code;
    }
    const creating = !opts.has('list') && opts.positional.length > 0;
    if (!creating) {
      const patterns = opts.positional.map((p) => globMatcher(p));
      const showLines = opts.has('lines');
      const lines: string[] = [];
      for (const ref of refs.list('refs/tags/')) {
        const name = ref.name.slice('refs/tags/'.length);
        if (patterns.length && !patterns.some((re) => re.test(name))) continue;
        if (!showLines) {
          lines.push(name);
          continue;
        }
        const object = objects.tryRead(ref.oid);
        const message = object?.type === 'tag' ? objects.readTag(ref.oid).message : object?.type === 'commit' ? objects.readCommit(ref.oid).message : '';
        lines.push(`${name.padEnd(15)} ${message.split('\n')[0] ?? ''}`);
      }
      if (lines.length) ctx.out(lines.join('\n'));
      return 0;
    }
    const [name, target = 'HEAD'] = opts.positional;
    if (opts.positional.length > 2) throw new CommandError(['fatal: too many arguments'], 128);
    if (!isValidRefName(name!)) throw fatal(`'${name}' is not a valid tag name.`);
    const oid = resolveRevision(ctx, target);
    if (!oid) throw fatal(target === 'HEAD' ? 'Failed to resolve \'HEAD\' as a valid ref.' : `Failed to resolve '${target}' as a valid ref.`);
    const existing = refs.resolve(`refs/tags/${name}`);
    if (existing && !opts.has('force')) throw fatal(`tag '${name}' already exists`);
    const messages = opts.all('message');
    let tagOid = oid;
    if (opts.has('annotate') || messages.length || opts.has('file')) {
      let raw: string;
      if (messages.length) raw = messages.join('\n\n');
      else if (opts.value('file') !== undefined) {
        const text = ctx.fs.tryReadText(ctx.fs.resolveUserPath(ctx.cwd, opts.value('file')!, 'read'));
        if (text === undefined) throw fatal(`could not open or read '${opts.value('file')}': No such file or directory`);
        raw = text;
      } else {
        throw new CommandError(['sandbox: there is no text editor in the sandbox, so give the tag message with -m:', `  git tag -a ${name} -m "Describe this release"`], 1);
      }
      const message = cleanMessage(raw, 'strip');
      const type = objects.read(oid).type;
      tagOid = objects.writeTag({ object: oid, type, tag: name!, tagger: identity(ctx), message });
    }
    refs.writeRaw(`refs/tags/${name}`, tagOid);
    if (existing && existing !== tagOid) ctx.out(`Updated tag '${name}' (was ${abbrev(ctx, existing)})`);
    return 0;
  },
});
