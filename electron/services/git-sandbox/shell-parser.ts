/**
 * The sandbox's small shell language: words, 'single' and "double" quotes, backslash
 * escapes, `#` comments, `&&`, `||` and `;` between commands, and `>` / `>>` redirection of
 * standard output into a file. Everything else a real shell would do (pipes, variables,
 * command substitution, background jobs) is refused with a message saying so.
 */
import { compileGlob, type Matcher } from './core/wildmatch';
import { sandboxError } from './errors';

export interface Word {
  readonly text: string;
  /** True when an unquoted *, ? or [ appeared, so the runner may expand it like a shell. */
  readonly glob: boolean;
}

export interface SimpleCommand {
  readonly words: readonly Word[];
  readonly redirect?: { readonly append: boolean; readonly target: string };
}

export interface ChainItem {
  /** How this command joins the previous one; undefined for the first. */
  readonly joiner?: '&&' | '||' | ';';
  readonly command: SimpleCommand;
}

const unsupported = (what: string, advice: string) => sandboxError(`sandbox: ${what} ${advice}`, 2);

/** Splits one line into commands. Throws a CommandError (exit 2) for syntax the sandbox refuses. */
export function parseCommandLine(line: string): ChainItem[] {
  const items: ChainItem[] = [];
  let words: Word[] = [];
  let redirect: SimpleCommand['redirect'];
  let pendingRedirect: boolean | undefined; // append flag while waiting for the target word
  let joiner: ChainItem['joiner'];
  let current = '';
  let inWord = false;
  let glob = false;
  let i = 0;

  const endWord = () => {
    if (!inWord) return;
    if (pendingRedirect !== undefined) {
      redirect = { append: pendingRedirect, target: current };
      pendingRedirect = undefined;
    } else {
      words.push({ text: current, glob });
    }
    current = '';
    inWord = false;
    glob = false;
  };
  const endCommand = (next: ChainItem['joiner'] | 'end') => {
    endWord();
    if (pendingRedirect !== undefined) throw sandboxError('sandbox: a `>` needs a file name after it', 2);
    if (words.length === 0) {
      if (next === 'end' && items.length === 0 && redirect === undefined) return;
      if (next === 'end' && joiner === ';') return;
      throw sandboxError(`sandbox: syntax error near \`${next === 'end' ? joiner : next}\``, 2);
    }
    items.push({ ...(joiner ? { joiner } : {}), command: { words, ...(redirect ? { redirect } : {}) } });
    words = [];
    redirect = undefined;
    joiner = next === 'end' ? undefined : next;
  };

  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      endWord();
      i++;
    } else if (c === '#' && !inWord) {
      break;
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close === -1) throw sandboxError("sandbox: unterminated quote (') in the command", 2);
      current += line.slice(i + 1, close);
      inWord = true;
      i = close + 1;
    } else if (c === '"') {
      inWord = true;
      i++;
      let closed = false;
      while (i < line.length) {
        const d = line[i]!;
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1]!)) {
          current += line[i + 1];
          i += 2;
          continue;
        }
        if (d === '$' && /[A-Za-z_{(0-9?@*#!-]/.test(line[i + 1] ?? '')) {
          throw unsupported('variables and `$(...)` are not supported;', 'write the value out in full');
        }
        if (d === '`') throw unsupported('command substitution (`...`) is not supported;', 'run the inner command on its own first');
        current += d;
        i++;
      }
      if (!closed) throw sandboxError('sandbox: unterminated quote (") in the command', 2);
    } else if (c === '\\') {
      if (i + 1 < line.length) current += line[i + 1];
      inWord = true;
      i += 2;
    } else if (c === '&') {
      if (line[i + 1] === '&') {
        endCommand('&&');
        i += 2;
      } else if (line[i + 1] === '>') {
        throw unsupported('`&>` is not supported;', 'use `>` to send output to a file');
      } else {
        throw unsupported('background jobs (`&`) are not supported;', 'commands here finish before the next one starts');
      }
    } else if (c === '|') {
      if (line[i + 1] === '|') {
        endCommand('||');
        i += 2;
      } else {
        throw unsupported('pipes (`|`) are not supported;', 'run the commands one at a time (git log -n 5 instead of git log | head)');
      }
    } else if (c === ';') {
      endCommand(';');
      i++;
    } else if (c === '>') {
      if (inWord && /^\d+$/.test(current)) throw unsupported(`redirecting stream ${current} is not supported;`, 'only standard output can go to a file (`>` or `>>`)');
      endWord();
      if (pendingRedirect !== undefined || redirect !== undefined) throw sandboxError('sandbox: only one `>` per command', 2);
      const append = line[i + 1] === '>';
      pendingRedirect = append;
      i += append ? 2 : 1;
      if (line[i] === '&') throw unsupported('`>&` is not supported;', 'use `>` to send output to a file');
    } else if (c === '<') {
      throw unsupported('reading input with `<` is not supported;', 'pass text as arguments instead');
    } else if (c === '$' && /[A-Za-z_{(0-9?@*#!-]/.test(line[i + 1] ?? '')) {
      throw unsupported('variables and `$(...)` are not supported;', 'write the value out in full');
    } else if (c === '`') {
      throw unsupported('command substitution (`...`) is not supported;', 'run the inner command on its own first');
    } else {
      if (c === '*' || c === '?' || c === '[') glob = true;
      current += c;
      inWord = true;
      i++;
    }
  }
  endCommand('end');
  return items;
}

/** A matcher for a shell glob (`*`, `?`, `[abc]`) against one name; never backtracks. */
export function globMatcher(pattern: string): Matcher {
  return compileGlob(pattern);
}
