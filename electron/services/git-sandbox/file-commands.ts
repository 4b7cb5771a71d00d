/**
 * The shell commands a learner needs around git: ls, cat, echo, printf, touch, mkdir, rm,
 * mv, cp, cd, pwd, clear. They behave like their Unix namesakes for the common flags, and
 * every path goes through the jail (writes into .git are refused).
 */
import path from 'node:path';
import type { SandboxContext } from './context';
import { CommandError } from './errors';

export interface FileCommand {
  readonly summary: string;
  readonly usage: string;
  readonly readOnly: boolean;
  run(ctx: SandboxContext, args: readonly string[]): number;
}

const fail = (lines: string | string[], code = 1) => new CommandError(Array.isArray(lines) ? lines : [lines], code);

function splitFlags(program: string, args: readonly string[], allowed: string): { flags: Set<string>; rest: string[] } {
  const flags = new Set<string>();
  const rest: string[] = [];
  let done = false;
  for (const arg of args) {
    if (!done && arg === '--') {
      done = true;
      continue;
    }
    if (!done && arg.startsWith('-') && arg.length > 1) {
      for (const c of arg.slice(1)) {
        if (!allowed.includes(c)) throw fail([`${program}: invalid option -- '${c}'`, `Try 'help ${program}' to see what the sandbox supports.`], 2);
        flags.add(c);
      }
      continue;
    }
    rest.push(arg);
  }
  return { flags, rest };
}

const resolveRead = (ctx: SandboxContext, p: string) => ctx.fs.resolveUserPath(ctx.cwd, p, 'read');
const resolveWrite = (ctx: SandboxContext, p: string) => ctx.fs.resolveUserPath(ctx.cwd, p, 'write');

/** Expands backslash escapes the way `echo -e` and `printf` do. */
function unescape(text: string): string {
  return text.replace(/\\(n|t|\\|r|0|a|b|e|f|v)/g, (_, c: string) => ({ n: '\n', t: '\t', '\\': '\\', r: '\r', '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' })[c]!);
}

function formatPrintf(format: string, args: readonly string[]): string {
  let out = '';
  let index = 0;
  do {
    out += unescape(format).replace(/%([%sdib])/g, (_, c: string) => {
      if (c === '%') return '%';
      const value = args[index++] ?? '';
      if (c === 'd' || c === 'i') return String(Number.parseInt(value, 10) || 0);
      if (c === 'b') return unescape(value);
      return value;
    });
  } while (index < args.length && /%[sdib]/.test(format));
  return out;
}

export const FILE_COMMANDS: Record<string, FileCommand> = {
  ls: {
    summary: 'list files in a folder',
    usage: 'ls [-a] [-1] [<path>...]',
    readOnly: true,
    run(ctx, args) {
      const { flags, rest } = splitFlags('ls', args, 'a1lA');
      const targets = rest.length ? rest : ['.'];
      const listing = (rel: string) => {
        const names = ctx.fs
          .readdirTyped(rel === '' ? '.' : rel)
          .filter((d) => flags.has('a') || flags.has('A') || !d.name.startsWith('.'))
          .map((d) => (d.isDirectory() ? `${d.name}/` : d.name))
          .sort((a, b) => a.localeCompare(b));
        if (flags.has('a')) names.unshift('./', '../');
        return flags.has('1') || flags.has('l') ? names.join('\n') : names.join('  ');
      };
      // Like ls: files named on the command line first, then each folder with a heading.
      const files: string[] = [];
      const folders: { typed: string; rel: string }[] = [];
      let code = 0;
      for (const target of targets) {
        const rel = resolveRead(ctx, target);
        const st = ctx.fs.lstat(rel === '' ? '.' : rel);
        if (!st) {
          ctx.err(`ls: cannot access '${target}': No such file or directory`);
          code = 2;
        } else if (st.isDirectory()) folders.push({ typed: target, rel });
        else files.push(target);
      }
      const blocks: string[] = [];
      if (files.length) blocks.push(files.join(flags.has('1') || flags.has('l') ? '\n' : '  '));
      const headed = targets.length > 1;
      for (const folder of folders) {
        const body = listing(folder.rel);
        blocks.push(headed ? `${folder.typed}:${body ? `\n${body}` : ''}` : body);
      }
      const text = blocks.filter((b) => b !== '').join(headed ? '\n\n' : '\n');
      if (text !== '') ctx.out(text);
      return code;
    },
  },
  cat: {
    summary: 'print the contents of files',
    usage: 'cat <file>...',
    readOnly: true,
    run(ctx, args) {
      const { rest } = splitFlags('cat', args, '');
      if (rest.length === 0) throw fail('cat: give a file to print, e.g. cat README.md', 2);
      let code = 0;
      for (const file of rest) {
        const rel = resolveRead(ctx, file);
        const st = ctx.fs.lstat(rel === '' ? '.' : rel);
        if (!st) {
          ctx.err(`cat: ${file}: No such file or directory`);
          code = 1;
        } else if (st.isDirectory()) {
          ctx.err(`cat: ${file}: Is a directory`);
          code = 1;
        } else {
          const content = ctx.fs.readFile(rel);
          ctx.write(content.includes(0) ? `(binary file, ${content.length} bytes)\n` : content.toString('utf8'));
        }
      }
      return code;
    },
  },
  echo: {
    summary: 'print text (use > file or >> file to write it into a file)',
    usage: 'echo [-n] [-e] <text>...',
    readOnly: true,
    run(ctx, args) {
      let i = 0;
      let newline = true;
      let escapes = false;
      while (i < args.length && /^-[neE]+$/.test(args[i]!)) {
        for (const c of args[i]!.slice(1)) {
          if (c === 'n') newline = false;
          else if (c === 'e') escapes = true;
          else escapes = false;
        }
        i++;
      }
      const text = args.slice(i).join(' ');
      ctx.write((escapes ? unescape(text) : text) + (newline ? '\n' : ''));
      return 0;
    },
  },
  printf: {
    summary: 'print formatted text (\\n for new lines, %s for arguments)',
    usage: 'printf <format> [<argument>...]',
    readOnly: true,
    run(ctx, args) {
      if (args.length === 0) throw fail('printf: usage: printf <format> [<argument>...]', 2);
      ctx.write(formatPrintf(args[0]!, args.slice(1)));
      return 0;
    },
  },
  touch: {
    summary: 'create empty files (or update their time)',
    usage: 'touch <file>...',
    readOnly: false,
    run(ctx, args) {
      const { rest } = splitFlags('touch', args, '');
      if (rest.length === 0) throw fail('touch: missing file operand', 1);
      for (const file of rest) {
        const rel = resolveWrite(ctx, file);
        const parent = path.posix.dirname(rel);
        if (parent !== '.' && !ctx.fs.isDir(parent)) throw fail(`touch: cannot touch '${file}': No such file or directory`);
        ctx.fs.touch(rel);
      }
      return 0;
    },
  },
  mkdir: {
    summary: 'create folders (-p: with their parents, no error if present)',
    usage: 'mkdir [-p] <folder>...',
    readOnly: false,
    run(ctx, args) {
      const { flags, rest } = splitFlags('mkdir', args, 'p');
      if (rest.length === 0) throw fail('mkdir: missing operand', 1);
      let code = 0;
      for (const dir of rest) {
        const rel = resolveWrite(ctx, dir);
        if (ctx.fs.exists(rel === '' ? '.' : rel)) {
          if (flags.has('p') && ctx.fs.isDir(rel)) continue;
          ctx.err(`mkdir: cannot create directory '${dir}': File exists`);
          code = 1;
          continue;
        }
        const parent = path.posix.dirname(rel);
        if (!flags.has('p') && parent !== '.' && !ctx.fs.isDir(parent)) {
          ctx.err(`mkdir: cannot create directory '${dir}': No such file or directory`);
          code = 1;
          continue;
        }
        ctx.fs.mkdirp(rel);
      }
      return code;
    },
  },
  rm: {
    summary: 'delete files (-r for folders, -f to ignore missing ones)',
    usage: 'rm [-r] [-f] <path>...',
    readOnly: false,
    run(ctx, args) {
      const { flags, rest } = splitFlags('rm', args, 'rRf');
      if (rest.length === 0) {
        if (flags.has('f')) return 0;
        throw fail('rm: missing operand', 1);
      }
      let code = 0;
      for (const target of rest) {
        const rel = resolveWrite(ctx, target);
        if (rel === '') throw fail(`rm: refusing to remove '${target}': it is the whole sandbox`);
        const st = ctx.fs.lstat(rel);
        if (!st) {
          if (!flags.has('f')) {
            ctx.err(`rm: cannot remove '${target}': No such file or directory`);
            code = 1;
          }
          continue;
        }
        if (st.isDirectory()) {
          if (!flags.has('r') && !flags.has('R')) {
            ctx.err(`rm: cannot remove '${target}': Is a directory`);
            code = 1;
            continue;
          }
          if (ctx.cwd === rel || ctx.cwd.startsWith(`${rel}/`)) ctx.cwd = path.posix.dirname(rel) === '.' ? '' : path.posix.dirname(rel);
          ctx.fs.removeTree(rel);
        } else ctx.fs.unlink(rel);
      }
      return code;
    },
  },
  mv: {
    summary: 'move or rename files and folders',
    usage: 'mv <source>... <destination>',
    readOnly: false,
    run(ctx, args) {
      const { rest } = splitFlags('mv', args, 'f');
      if (rest.length < 2) throw fail(rest.length ? `mv: missing destination file operand after '${rest[0]}'` : 'mv: missing file operand', 1);
      const dest = rest.at(-1)!;
      const destRel = resolveWrite(ctx, dest);
      const destIsDir = ctx.fs.isDir(destRel === '' ? '.' : destRel);
      if (rest.length > 2 && !destIsDir) throw fail(`mv: target '${dest}' is not a directory`);
      let code = 0;
      for (const source of rest.slice(0, -1)) {
        const srcRel = resolveWrite(ctx, source);
        if (!ctx.fs.exists(srcRel)) {
          ctx.err(`mv: cannot stat '${source}': No such file or directory`);
          code = 1;
          continue;
        }
        const target = destIsDir ? path.posix.join(destRel, path.posix.basename(srcRel)) : destRel;
        if (target === srcRel) continue;
        if (target.startsWith(`${srcRel}/`)) {
          ctx.err(`mv: cannot move '${source}' to a subdirectory of itself, '${dest}'`);
          code = 1;
          continue;
        }
        if (ctx.fs.isDir(target)) throw fail(`mv: cannot overwrite directory '${dest}' with non-directory`);
        ctx.fs.rename(srcRel, target);
      }
      return code;
    },
  },
  cp: {
    summary: 'copy files (-r for folders)',
    usage: 'cp [-r] <source>... <destination>',
    readOnly: false,
    run(ctx, args) {
      const { flags, rest } = splitFlags('cp', args, 'rRf');
      if (rest.length < 2) throw fail(rest.length ? `cp: missing destination file operand after '${rest[0]}'` : 'cp: missing file operand', 1);
      const dest = rest.at(-1)!;
      const destRel = resolveWrite(ctx, dest);
      const destIsDir = ctx.fs.isDir(destRel === '' ? '.' : destRel);
      if (rest.length > 2 && !destIsDir) throw fail(`cp: target '${dest}' is not a directory`);
      let code = 0;
      const copyTree = (from: string, to: string): void => {
        ctx.fs.mkdirp(to);
        for (const entry of ctx.fs.readdirTyped(from)) {
          const a = `${from}/${entry.name}`;
          const b = `${to}/${entry.name}`;
          if (entry.isDirectory()) copyTree(a, b);
          else if (entry.isFile()) ctx.fs.copyFile(a, b);
        }
      };
      for (const source of rest.slice(0, -1)) {
        const srcRel = resolveRead(ctx, source);
        const st = ctx.fs.lstat(srcRel === '' ? '.' : srcRel);
        if (!st) {
          ctx.err(`cp: cannot stat '${source}': No such file or directory`);
          code = 1;
          continue;
        }
        const target = destIsDir ? path.posix.join(destRel, path.posix.basename(srcRel)) : destRel;
        resolveWrite(ctx, target);
        if (st.isDirectory()) {
          if (!flags.has('r') && !flags.has('R')) {
            ctx.err(`cp: -r not specified; omitting directory '${source}'`);
            code = 1;
            continue;
          }
          if (target === srcRel || target.startsWith(`${srcRel}/`)) throw fail(`cp: cannot copy a directory, '${source}', into itself, '${dest}'`);
          copyTree(srcRel, target);
        } else ctx.fs.copyFile(srcRel, target);
      }
      return code;
    },
  },
  cd: {
    summary: 'change the current folder (cd .. to go up, cd alone for the top)',
    usage: 'cd [<folder>]',
    readOnly: true,
    run(ctx, args) {
      if (args.length > 1) throw fail('cd: too many arguments');
      if (args.length === 0 || args[0] === '~' || args[0] === '/') {
        ctx.cwd = '';
        return 0;
      }
      const rel = resolveRead(ctx, args[0]!);
      if (rel !== '' && !ctx.fs.exists(rel)) throw fail(`cd: ${args[0]}: No such file or directory`);
      if (rel !== '' && !ctx.fs.isDir(rel)) throw fail(`cd: ${args[0]}: Not a directory`);
      ctx.cwd = rel;
      return 0;
    },
  },
  pwd: {
    summary: 'print the current folder',
    usage: 'pwd',
    readOnly: true,
    run(ctx) {
      const name = path.basename(ctx.dir);
      ctx.out(`/${name}${ctx.cwd ? `/${ctx.cwd}` : ''}`);
      return 0;
    },
  },
  clear: {
    summary: 'clear the screen',
    usage: 'clear',
    readOnly: true,
    run(ctx) {
      ctx.clearScreen();
      return 0;
    },
  },
};
