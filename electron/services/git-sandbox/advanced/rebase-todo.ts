/**
 * Reads a rebase plan typed by a person or sent by the UI: `pick a1b2c3d; squash HEAD~1;
 * reword 4e5f6a7 -- New message`, with git's one-letter aliases.
 */
import { CommandError, fatal } from '../errors';
import type { SandboxContext } from '../context';
import { resolveCommit } from '../core/revisions';
import { splitTodo, type TodoItem } from './rebase-state';

/** Resolves a todo text typed by a person (short ids, aliases) into full items. */
export function resolveTodo(ctx: SandboxContext, text: string): TodoItem[] {
  const items: TodoItem[] = [];
  for (const raw of splitTodo(text)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(\S+)\s+(?:-([Cc])\s+)?(\S+)(?:\s+(.*))?$/.exec(line);
    if (!match) throw fatal(`invalid line in the rebase plan: '${line}'`);
    const aliases: Record<string, TodoItem['action']> = { p: 'pick', r: 'reword', e: 'edit', s: 'squash', f: 'fixup', d: 'drop' };
    const word = match[1]!;
    const action = aliases[word] ?? word;
    if (!['pick', 'reword', 'edit', 'squash', 'fixup', 'drop'].includes(action)) {
      throw fatal(`'${word}' is not a rebase command the sandbox knows (pick, reword, edit, squash, fixup, drop)`);
    }
    const flag = match[2] as 'C' | 'c' | undefined;
    if (flag && action !== 'fixup') throw fatal(`'-${flag}' only goes with fixup in a rebase plan: '${line}'`);
    const oid = resolveCommit(ctx, match[3]!);
    if (!oid) throw fatal(`could not parse '${match[3]}' in the rebase plan: no such commit`);
    const rest = match[4] ?? '';
    const sep = rest.indexOf(' -- ');
    const typed = rest.startsWith('-- ') ? rest.slice(3) : sep === -1 ? undefined : rest.slice(sep + 4);
    // `\n` in a message typed on one line starts a new line (a body after the subject).
    const message = typed?.replace(/\\n/g, '\n');
    if (items.length === 0 && (action === 'squash' || action === 'fixup')) {
      throw new CommandError([`error: cannot '${action}' without a previous commit`], 1);
    }
    const takesMessage = action === 'reword' || action === 'squash' || flag === 'c';
    items.push({ action: action as TodoItem['action'], oid, ...(flag ? { flag } : {}), ...(message !== undefined && takesMessage ? { message } : {}) });
  }
  return items;
}
