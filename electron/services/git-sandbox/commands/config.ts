/**
 * `git config`: read and write settings (user.name, user.email, alias.*, …). The sandbox
 * has one settings file, the repository's; `--global` writes there too and says so.
 */
import { CommandError, fatal } from '../errors';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';

const USAGE = 'git config [--global | --local] <name> [<value>] | --get <name> | --unset <name> | --list';

registerGitCommand({
  name: 'config',
  summary: 'read or set options such as user.name, user.email and alias.<name>',
  usage: USAGE,
  needsRepo: false,
  readOnly: (args) => args.includes('--get') || args.includes('-l') || args.includes('--list') || args.filter((a) => !a.startsWith('-')).length === 1,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'global', long: ['global'] },
      { name: 'local', long: ['local'] },
      { name: 'system', long: ['system'] },
      { name: 'list', short: 'l', long: ['list'] },
      { name: 'get', long: ['get'] },
      { name: 'getAll', long: ['get-all'] },
      { name: 'unset', long: ['unset'] },
      { name: 'unsetAll', long: ['unset-all'] },
      { name: 'add', long: ['add'] },
      { name: 'showOrigin', long: ['show-origin'] },
    ], USAGE);
    if (opts.has('system')) throw fatal('the sandbox has no system-wide settings; use `git config <name> <value>`');
    if (!ctx.hasRepo()) {
      throw fatal('the sandbox keeps settings in the repository, and there is none yet: run `git init` first');
    }
    const { config } = ctx.repo();
    if (opts.has('global') && opts.positional.length === 2) ctx.err('note: the sandbox has a single settings file, so this is saved in .git/config');
    if (opts.has('list')) {
      for (const entry of config.entries()) ctx.out(`${entry.key}=${entry.value}`);
      return 0;
    }
    const [name, value] = opts.positional;
    if (!name) throw new CommandError(['error: no action specified', `usage: ${USAGE}`], 129);
    if (!/^[A-Za-z][A-Za-z0-9-]*(\..+)?\.[A-Za-z][A-Za-z0-9-]*$/.test(name)) {
      throw new CommandError([`error: key does not contain a section: ${name}`], name.includes('.') ? 1 : 2);
    }
    if (opts.has('unset') || opts.has('unsetAll')) {
      return config.unset(name) ? 0 : 5;
    }
    if (opts.has('getAll')) {
      const all = config.getAll(name);
      for (const v of all) ctx.out(v);
      return all.length ? 0 : 1;
    }
    if (value === undefined || opts.has('get')) {
      const found = config.get(name);
      if (found === undefined) return 1;
      ctx.out(found);
      return 0;
    }
    if (opts.positional.length > 2) throw new CommandError(['error: wrong number of arguments, should be from 1 to 2', `usage: ${USAGE}`], 129);
    config.set(name, value);
    return 0;
  },
});
