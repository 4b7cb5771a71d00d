/**
 * Picks what runs for a command's first word: a file command, `git <subcommand>` (with
 * aliases from config), a registered program, `help`, or a clear refusal for programs the
 * sandbox does not have.
 */
import type { SandboxContext } from './context';
import { CommandError, sandboxError } from './errors';
import { FILE_COMMANDS } from './file-commands';
import { getGitCommand, getProgram, listGitCommands, listPrograms } from './registry';
import { parseCommandLine } from './shell-parser';
import './commands/all';

/** Programs people often reach for, with what to do instead. */
const NOT_AVAILABLE: Record<string, string> = {
  ssh: 'remotes here live inside the sandbox; try `git remote -v` to see them',
  'ssh-keygen': 'remotes here need no keys; try `git remote -v`',
  sudo: 'nothing here needs extra rights',
  su: 'nothing here needs extra rights',
  vim: 'edit files in the editor panel, or write them with `echo "text" > file`',
  vi: 'edit files in the editor panel, or write them with `echo "text" > file`',
  nano: 'edit files in the editor panel, or write them with `echo "text" > file`',
  emacs: 'edit files in the editor panel, or write them with `echo "text" > file`',
  code: 'edit files in the editor panel, or write them with `echo "text" > file`',
  curl: 'the sandbox is offline; remotes are simulated (`git remote -v`)',
  wget: 'the sandbox is offline; remotes are simulated (`git remote -v`)',
  ln: 'symbolic links are not allowed in the sandbox; copy the file with `cp` instead',
  chmod: 'file permissions are fixed in the sandbox',
  chown: 'file permissions are fixed in the sandbox',
  head: 'try `cat <file>` or `git log -n 5`',
  tail: 'try `cat <file>` or `git log -n 5`',
  less: 'try `cat <file>`; long output scrolls in the terminal',
  more: 'try `cat <file>`; long output scrolls in the terminal',
  grep: 'try `git log --oneline` or `cat <file>` and read the output',
  find: 'try `ls` or `git status`',
  sed: 'edit files in the editor panel, or rewrite them with `echo "text" > file`',
  awk: 'edit files in the editor panel, or rewrite them with `echo "text" > file`',
  bash: 'you are already in the sandbox shell',
  sh: 'you are already in the sandbox shell',
  zsh: 'you are already in the sandbox shell',
  exit: 'close the terminal panel instead',
  gitk: 'the graph view shows the history; or try `git log --oneline --graph --all`',
  npm: 'the sandbox only runs git and file commands',
  node: 'the sandbox only runs git and file commands',
  python: 'the sandbox only runs git and file commands',
  python3: 'the sandbox only runs git and file commands',
};

const GIT_VERSION = 'git version 2.39.5 (Roadbook sandbox)';

/** Whether a command cannot change anything (so no undo snapshot is needed before it). */
export function isReadOnlyCommand(argv: readonly string[]): boolean {
  const [program, ...args] = argv;
  if (program === undefined) return true;
  const file = FILE_COMMANDS[program];
  if (file) return file.readOnly;
  if (program === 'help') return true;
  if (program === 'git') {
    const sub = args.find((a) => !a.startsWith('-'));
    if (sub === undefined || sub === 'help') return true;
    const command = getGitCommand(sub);
    if (!command) return true;
    return command.readOnly?.(args.slice(args.indexOf(sub) + 1)) ?? false;
  }
  const registered = getProgram(program);
  if (registered) return registered.readOnly?.(args) ?? false;
  return true;
}

export async function dispatchProgram(ctx: SandboxContext, argv: readonly string[]): Promise<number> {
  const [program, ...args] = argv;
  if (program === undefined) return 0;
  const file = FILE_COMMANDS[program];
  if (file) return file.run(ctx, args);
  if (program === 'git') return runGit(ctx, args);
  if (program === 'help') return runHelp(ctx, args);
  const registered = getProgram(program);
  if (registered) return registered.run(ctx, args);
  const advice = NOT_AVAILABLE[program];
  if (advice) throw sandboxError(`sandbox: \`${program}\` is not available in the sandbox; ${advice}.`, 127);
  throw sandboxError(`sandbox: ${program}: command not found. Type \`help\` to see what the sandbox can run.`, 127);
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

async function runGit(ctx: SandboxContext, args: readonly string[], aliasDepth = 0): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
    ctx.out(gitOverview());
    return args.length === 0 ? 1 : 0;
  }
  // Global options people paste from tutorials: --no-pager (there is no pager) and -C <dir>.
  if (args[0] === '--no-pager' || args[0] === '--paginate' || args[0] === '-P') return runGit(ctx, args.slice(1), aliasDepth);
  if (args[0] === '-C') {
    if (args.length < 2) throw sandboxError('error: switch `C\' requires a value', 129);
    const dir = ctx.fs.resolveUserPath(ctx.cwd, args[1]!, 'read');
    if (dir !== '' && !ctx.fs.isDir(dir)) throw sandboxError(`fatal: cannot change to '${args[1]}': No such file or directory`, 128);
    const saved = ctx.cwd;
    ctx.cwd = dir;
    try {
      return await runGit(ctx, args.slice(2), aliasDepth);
    } finally {
      ctx.cwd = saved;
    }
  }
  const [sub, ...rest] = args;
  if (sub === '--version' || sub === 'version') {
    ctx.out(GIT_VERSION);
    return 0;
  }
  if (sub!.startsWith('-')) {
    throw sandboxError(`sandbox: the git option '${sub}' is not supported here; run git commands from the folder you want (use cd)`, 129);
  }
  if (sub === 'help') return runHelp(ctx, rest.length ? ['git', ...rest] : ['git']);
  const command = getGitCommand(sub!);
  if (command) {
    if (command.needsRepo !== false) ctx.repo();
    if (rest.includes('--help') || rest.includes('-h')) {
      ctx.out(`usage: ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    return command.run(ctx, rest);
  }
  if (ctx.hasRepo() && aliasDepth < 5) {
    const alias = ctx.repo().config.get(`alias.${sub}`);
    if (alias !== undefined) {
      if (alias.startsWith('!')) throw sandboxError(`sandbox: the alias '${sub}' runs a shell command, which the sandbox cannot do`, 1);
      const words = parseCommandLine(alias)[0]?.command.words.map((w) => w.text) ?? [];
      return runGit(ctx, [...words, ...rest], aliasDepth + 1);
    }
  }
  const names = listGitCommands().map((c) => c.name);
  const close = names.filter((n) => levenshtein(n, sub!) <= 2).sort((a, b) => levenshtein(a, sub!) - levenshtein(b, sub!));
  const lines = [`git: '${sub}' is not a git command. See 'git --help'.`];
  if (close.length) lines.push('', close.length === 1 ? 'The most similar command is' : 'The most similar commands are', ...close.slice(0, 3).map((c) => `\t${c}`));
  throw new CommandError(lines, 1);
}

function gitOverview(): string {
  const commands = listGitCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'usage: git <command> [<args>]',
    '',
    'Commands available in the sandbox:',
    ...commands.map((c) => `   ${c.name.padEnd(width)}   ${c.summary}`),
    '',
    "See 'git help <command>' or 'git <command> -h' for a command's options.",
  ].join('\n');
}

function runHelp(ctx: SandboxContext, args: readonly string[]): number {
  if (args.length === 0) {
    const files = Object.entries(FILE_COMMANDS);
    const width = Math.max(...files.map(([n]) => n.length), 8);
    ctx.out(
      [
        'The sandbox runs git and a few shell commands, in a folder of its own.',
        '',
        'Shell commands:',
        ...files.map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
        `  ${'undo'.padEnd(width)}  step back over the last command that changed something`,
        `  ${'help'.padEnd(width)}  this list; \`help <command>\` for one command`,
        ...listPrograms().map((p) => `  ${p.name.padEnd(width)}  ${p.summary}`),
        '',
        'Git: `git help` lists the git commands.',
        'Quotes, `&&`, `;` and `> file` / `>> file` work as in a shell.',
      ].join('\n'),
    );
    return 0;
  }
  const [name, sub] = args;
  if (name === 'git') {
    if (!sub) {
      ctx.out(gitOverview());
      return 0;
    }
    const command = getGitCommand(sub);
    if (!command) throw sandboxError(`help: there is no git command '${sub}' in the sandbox`, 1);
    ctx.out(`usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  const file = FILE_COMMANDS[name!];
  if (file) {
    ctx.out(`usage: ${file.usage}\n\n${file.summary}`);
    return 0;
  }
  const program = getProgram(name!);
  if (program) {
    ctx.out(`usage: ${program.usage}\n\n${program.summary}`);
    return 0;
  }
  if (name === 'undo') {
    ctx.out('usage: undo\n\nstep back over the last command that changed something (up to 20 steps)');
    return 0;
  }
  const git = getGitCommand(name!);
  if (git) {
    ctx.out(`usage: ${git.usage}\n\n${git.summary}`);
    return 0;
  }
  throw sandboxError(`help: no help for '${name}': it is not a sandbox command`, 1);
}
