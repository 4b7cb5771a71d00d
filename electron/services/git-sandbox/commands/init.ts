/** `git init`: creates .git the way git does, with `main` as the first branch. */
import { GITDIR } from '../context';
import { fatal } from '../errors';
import { INITIAL_CONFIG } from '../core/config';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { isValidRefName } from './common';

const USAGE = 'git init [-q | --quiet] [-b <branch-name> | --initial-branch=<branch-name>]';

const EXCLUDE = `# git ls-files --others --exclude-from=.git/info/exclude
# Lines that start with '#' are comments.
# For a project mostly in C, the following would be a good set of
# exclude patterns (uncomment them if you want to use them):
# *.[oa]
# *~
`;

registerGitCommand({
  name: 'init',
  summary: 'create an empty git repository in the sandbox folder',
  usage: USAGE,
  needsRepo: false,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'quiet', short: 'q', long: ['quiet'] },
      { name: 'branch', short: 'b', long: ['initial-branch'], value: true },
    ], USAGE);
    if (opts.positional.length > 1 || (opts.positional.length === 1 && ctx.fs.resolveUserPath(ctx.cwd, opts.positional[0]!, 'write') !== '')) {
      throw fatal('the sandbox holds one repository, at its top folder: run `git init` there without a folder name');
    }
    if (ctx.cwd !== '') throw fatal('run `git init` from the top of the sandbox (`cd` with no folder takes you there)');
    const where = `${ctx.dir}/${GITDIR}/`;
    if (ctx.fs.isFile(`${GITDIR}/HEAD`)) {
      if (!opts.has('quiet')) ctx.out(`Reinitialized existing Git repository in ${where}`);
      if (opts.value('branch')) ctx.err(`warning: re-init: ignored --initial-branch=${opts.value('branch')}`);
      return 0;
    }
    const branch = opts.value('branch') ?? 'main';
    if (!isValidRefName(branch)) throw fatal(`invalid initial branch name: '${branch}'`);
    for (const dir of ['objects/info', 'objects/pack', 'refs/heads', 'refs/tags', 'hooks', 'info', 'branches']) ctx.fs.mkdirp(`${GITDIR}/${dir}`);
    ctx.fs.writeFileAtomic(`${GITDIR}/description`, "Unnamed repository; edit this file 'description' to name the repository.\n");
    ctx.fs.writeFileAtomic(`${GITDIR}/info/exclude`, EXCLUDE);
    ctx.fs.writeFileAtomic(`${GITDIR}/config`, INITIAL_CONFIG);
    ctx.fs.writeFileAtomic(`${GITDIR}/HEAD`, `ref: refs/heads/${branch}\n`);
    ctx.resetRepo();
    if (!opts.has('quiet')) ctx.out(`Initialized empty Git repository in ${where}`);
    return 0;
  },
});
