/**
 * The state of a rebase, stored in .git/rebase-merge exactly where git keeps it (head-name,
 * onto, orig-head, git-rebase-todo, done, msgnum, end, interactive…), so a real `git status`
 * or `git rebase --continue` in the same folder recognises the rebase in progress.
 */
import { GITDIR, type SandboxContext } from '../context';
import { abbrev, messageSubject } from '../core/repo-ops';

export const REBASE_DIR = `${GITDIR}/rebase-merge`;

export type TodoAction = 'pick' | 'reword' | 'edit' | 'squash' | 'fixup' | 'drop';

export interface TodoItem {
  readonly action: TodoAction;
  readonly oid: string;
  /** `fixup -C` (use this commit's message) or `fixup -c` (the same, opening the editor). */
  readonly flag?: 'C' | 'c';
  /** For reword/squash: a message supplied by the caller (the sandbox has no editor). */
  readonly message?: string;
}

export interface RebaseState {
  /** 'refs/heads/feature', or 'detached HEAD'. */
  readonly headName: string;
  readonly onto: string;
  readonly origHead: string;
  readonly todo: readonly TodoItem[];
  readonly done: readonly TodoItem[];
  readonly total: number;
  readonly interactive: boolean;
  /** Messages supplied for reword/squash, keyed by full oid. */
  readonly messages: Readonly<Record<string, string>>;
}

const ALIASES: Record<string, TodoAction> = { p: 'pick', r: 'reword', e: 'edit', s: 'squash', f: 'fixup', d: 'drop' };

function todoLine(ctx: SandboxContext, item: TodoItem): string {
  const subject = messageSubject(ctx.repo().objects.readCommit(item.oid).message);
  return `${item.action}${item.flag ? ` -${item.flag}` : ''} ${item.oid} ${subject}`;
}

export function rebaseInProgress(ctx: SandboxContext): boolean {
  return ctx.fs.isDir(REBASE_DIR);
}

export function writeRebaseState(ctx: SandboxContext, state: RebaseState): void {
  const fs = ctx.fs;
  const put = (name: string, text: string): void => fs.writeFileAtomic(`${REBASE_DIR}/${name}`, text);
  fs.mkdirp(REBASE_DIR);
  put('head-name', `${state.headName}\n`);
  put('onto', `${state.onto}\n`);
  put('orig-head', `${state.origHead}\n`);
  put('git-rebase-todo', state.todo.map((item) => `${todoLine(ctx, item)}\n`).join(''));
  put('done', state.done.map((item) => `${todoLine(ctx, item)}\n`).join(''));
  put('msgnum', `${state.done.length}\n`);
  put('end', `${state.total}\n`);
  put('interactive', '');
  put('sandbox-messages.json', JSON.stringify(state.messages));
  if (state.interactive) put('sandbox-interactive', '');
}

export function readRebaseState(ctx: SandboxContext): RebaseState | undefined {
  if (!rebaseInProgress(ctx)) return undefined;
  const read = (name: string): string => ctx.fs.tryReadText(`${REBASE_DIR}/${name}`) ?? '';
  const messages = JSON.parse(read('sandbox-messages.json') || '{}') as Record<string, string>;
  const parse = (text: string): TodoItem[] => parseTodoText(text).map((item) => ({ ...item, ...(messages[item.oid] !== undefined ? { message: messages[item.oid] } : {}) }));
  return {
    headName: read('head-name').trim(),
    onto: read('onto').trim(),
    origHead: read('orig-head').trim(),
    todo: parse(read('git-rebase-todo')),
    done: parse(read('done')),
    total: Number(read('end').trim()) || 0,
    interactive: ctx.fs.isFile(`${REBASE_DIR}/sandbox-interactive`),
    messages,
  };
}

/** Reads todo text with full ids (as stored); lines with short ids are resolved by the caller. */
export function parseTodoText(text: string): TodoItem[] {
  const items: TodoItem[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(\S+)\s+(?:-([Cc])\s+)?(\S+)/.exec(line);
    if (!match) continue;
    const action = ALIASES[match[1]!] ?? (match[1] as TodoAction);
    const flag = match[2] as 'C' | 'c' | undefined;
    items.push({ action, oid: match[3]!, ...(flag && action === 'fixup' ? { flag } : {}) });
  }
  return items;
}

/** The todo list git shows for `rebase -i`: `pick abc1234 subject` lines and the help comment. */
export function formatTodoForLearner(ctx: SandboxContext, oids: readonly string[], range: string): string {
  const lines = oids.map((oid) => `pick ${abbrev(ctx, oid)} ${messageSubject(ctx.repo().objects.readCommit(oid).message)}`);
  return [
    ...lines,
    '',
    `# Rebase ${range} (${oids.length} command${oids.length === 1 ? '' : 's'})`,
    '#',
    '# Commands:',
    '# p, pick <commit> = use commit',
    '# r, reword <commit> = use commit, but edit the commit message',
    '# e, edit <commit> = use commit, but stop for amending',
    '# s, squash <commit> = use commit, but meld into previous commit',
    "# f, fixup [-C | -c] <commit> = like \"squash\", but discard this commit's log message",
    '#                    (-C: keep only this commit\'s message; -c: the same, with a new message after " -- ")',
    '# d, drop <commit> = remove commit',
    '#',
    '# These lines can be re-ordered; they are executed from top to bottom.',
    '# If you remove a line here THAT COMMIT WILL BE LOST.',
  ].join('\n');
}

export function removeRebaseState(ctx: SandboxContext): void {
  if (ctx.fs.isDir(REBASE_DIR)) ctx.fs.removeTree(REBASE_DIR);
  ctx.fs.removeFileIfPresent(`${GITDIR}/REBASE_HEAD`);
}

/** Splits a plan typed on one line: commands end at a newline or at a `;` not written `\;`. */
export function splitTodo(text: string): string[] {
  return text.split(/(?<!\\)[;\n]/).map((part) => part.replace(/\\;/g, ';'));
}

export interface PlannedStep {
  readonly action: TodoAction;
  /** A commit id (short or full) or any revision. */
  readonly commit: string;
  /** New message for reword/squash; omitted to keep what git would keep. */
  readonly message?: string;
}

/**
 * The command line that runs an interactive rebase with this plan, for callers such as the
 * UI's rebase editor: `git rebase -i <base> --todo '<plan>'`, quoted for the sandbox shell.
 */
export function interactiveRebaseCommand(base: string, steps: readonly PlannedStep[]): string {
  const plan = steps
    .map((step) => {
      const message = step.message !== undefined && (step.action === 'reword' || step.action === 'squash') ? ` -- ${step.message.replace(/\n/g, '\\n').replace(/;/g, '\\;')}` : '';
      return `${step.action} ${step.commit}${message}`;
    })
    .join('; ');
  const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
  return `git rebase -i ${quote(base)} --todo ${quote(plan)}`;
}
