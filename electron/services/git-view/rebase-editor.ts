/**
 * `git rebase -i` the way git does it: the plan opens in an editor, and saving it continues the
 * rebase. The engine takes the plan as `--todo`, so this module writes the plan text for the
 * editor and turns the saved text back into the command the engine runs.
 */
import type { SandboxContext } from '../git-sandbox/context';
import { isCommandError } from '../git-sandbox/errors';
import { subjectOf } from '../git-sandbox/core/objects';
import { resolveCommit } from '../git-sandbox/core/revisions';
import { defaultUpstream, rebasePlan } from '../git-sandbox/advanced/rebase';
import { parseCommandLine } from '../git-sandbox/shell-parser';

export interface PendingRebase {
  readonly upstreamName: string;
  readonly ontoName?: string;
  /** Subjects by full oid, to tell a reworded line from an untouched one. */
  readonly subjects: ReadonlyMap<string, string>;
  readonly text: string;
}

const HELP = [
  '',
  '# Rebase plan: one commit per line, oldest first. Save to run it; close to cancel.',
  '#',
  '# Change the word at the start of a line:',
  '#   pick   = use the commit as it is',
  '#   reword = use the commit, with the message you write after its id on this line',
  '#   edit   = stop after this commit so you can amend it',
  '#   squash = fold it into the commit above, keeping both messages',
  '#   fixup  = fold it into the commit above, keeping only the message above',
  '#   drop   = leave the commit out (deleting the line does the same)',
  '#',
  '# Move lines to change the order. Lines starting with # are ignored.',
];

/** The words of an interactive rebase with no plan given, or undefined for any other line. */
export function interactiveRebaseArgs(line: string): { upstream?: string; onto?: string } | undefined {
  let chain;
  try {
    chain = parseCommandLine(line);
  } catch {
    return undefined;
  }
  if (chain.length !== 1 || chain[0]!.command.redirect) return undefined;
  const words = chain[0]!.command.words.map((w) => w.text);
  if (words[0] !== 'git' || words[1] !== 'rebase') return undefined;
  let interactive = false;
  let onto: string | undefined;
  const positional: string[] = [];
  for (let i = 2; i < words.length; i++) {
    const word = words[i]!;
    if (word === '-i' || word === '--interactive') interactive = true;
    else if (word === '--onto' && i + 1 < words.length) onto = words[++i];
    else if (word.startsWith('--onto=')) onto = word.slice('--onto='.length);
    else if (word.startsWith('-')) return undefined; // --todo, --continue, …: the engine handles them
    else positional.push(word);
  }
  if (!interactive || positional.length > 1) return undefined;
  return { ...(positional[0] ? { upstream: positional[0] } : {}), ...(onto ? { onto } : {}) };
}

/** The plan git would open in its editor; undefined when the engine should answer instead (errors, nothing to do). */
export function openRebasePlan(ctx: SandboxContext, args: { upstream?: string; onto?: string }): PendingRebase | undefined {
  try {
    const upstreamName = args.upstream ?? defaultUpstream(ctx);
    const upstream = resolveCommit(ctx, upstreamName);
    if (!upstream) return undefined;
    if (args.onto && !resolveCommit(ctx, args.onto)) return undefined;
    const plan = rebasePlan(ctx, upstream);
    if (plan.length === 0) return undefined;
    const { objects } = ctx.repo();
    const subjects = new Map<string, string>();
    const lines = plan.map((oid) => {
      const subject = subjectOf(objects.readCommit(oid).message);
      subjects.set(oid, subject);
      return `pick ${oid.slice(0, 7)} ${subject}`;
    });
    return { upstreamName, ...(args.onto ? { ontoName: args.onto } : {}), subjects, text: [...lines, ...HELP].join('\n') + '\n' };
  } catch (error) {
    if (isCommandError(error)) return undefined;
    throw error;
  }
}

/** Quotes a word for the sandbox shell. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./@^~:=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The engine command for a saved plan, or undefined when the plan is empty (git stops with
 * "Nothing to do"). A `reword` line whose text after the id was changed carries that text as
 * the new message.
 */
export function planCommand(ctx: SandboxContext, pending: PendingRebase, saved: string): string | undefined {
  const items: string[] = [];
  for (const raw of saved.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    // `fixup -C <id>` / `fixup -c <id>`: the flag stays with the command.
    const match = /^(\S+)\s+(?:(-[Cc])\s+)?(\S+)(?:\s+(.*))?$/.exec(line);
    if (!match) {
      items.push(line); // the engine explains what is wrong with it
      continue;
    }
    const [, word, flag, id, rest = ''] = match;
    const action = flag ? `${word} ${flag}` : word;
    const oid = resolveCommit(ctx, id!);
    const original = oid ? pending.subjects.get(oid) : undefined;
    const isReword = action === 'reword' || action === 'r' || flag === '-c';
    // The engine splits the plan at `;`, so a `;` inside a message goes as `\;` (kept if typed so).
    const message = (text: string): string => text.replace(/\\?;/g, '\\;');
    if (isReword && rest.startsWith('-- ')) items.push(`${action} ${id} -- ${message(rest.slice(3))}`);
    else if (isReword && rest.trim() !== '' && rest.trim() !== original) items.push(`${action} ${id} -- ${message(rest.trim())}`);
    else items.push(`${action} ${id}`);
  }
  if (items.length === 0) return undefined;
  const onto = pending.ontoName ? ` --onto ${shellQuote(pending.ontoName)}` : '';
  return `git rebase -i ${shellQuote(pending.upstreamName)}${onto} --todo ${shellQuote(items.join('; '))}`;
}
