/**
 * `git blame [-L <start>,<end>] [<rev>] [--] <file>`: which commit last changed each line.
 * Blame passes from a commit to its parents through the lines a diff shows as unchanged; the
 * lines no parent explains belong to the commit. Without a revision the work-tree file is
 * blamed, and lines not committed yet show as "Not Committed Yet", as in git.
 */
import { CommandError, fatal } from '../errors';
import { diffLines } from '../core/diff';
import type { Signature } from '../core/objects';
import { resolveCommit } from '../core/revisions';
import { identity, type SandboxContext } from '../context';

const USAGE = 'git blame [-L <start>,<end>] [<rev>] [--] <file>';

interface Origin {
  /** The commit the line comes from, or undefined for a line not committed yet. */
  readonly commit?: string;
  readonly line: number;
}

function splitText(data: Buffer): string[] {
  const text = data.toString('utf8');
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function fileAt(ctx: SandboxContext, commit: string, path: string): string[] | undefined {
  const { objects } = ctx.repo();
  const entry = objects.flattenTree(objects.readCommit(commit).tree).get(path);
  return entry ? splitText(objects.readBlob(entry.oid)) : undefined;
}

/**
 * For each line of `path` at `start`, the commit that introduced it (and the line number
 * there). Lines pass to the first parent that has them unchanged.
 */
export function blameLines(ctx: SandboxContext, start: string, path: string, lines: readonly string[]): Origin[] {
  const { objects } = ctx.repo();
  const result: Origin[] = new Array<Origin>(lines.length);
  // Work items: a commit, the file's lines there, and which result lines they stand for.
  let queue: { commit: string; lines: readonly string[]; map: Map<number, number> }[] = [
    { commit: start, lines, map: new Map(lines.map((_, i) => [i, i])) },
  ];
  while (queue.length > 0) {
    const next: typeof queue = [];
    for (const item of queue) {
      const pending = new Map(item.map);
      for (const parent of objects.readCommit(item.commit).parents) {
        if (pending.size === 0) break;
        const parentLines = fileAt(ctx, parent, path);
        if (!parentLines) continue;
        const passed = new Map<number, number>();
        for (const edit of diffLines(parentLines, item.lines)) {
          if (edit.op !== '=') continue;
          const target = pending.get(edit.b);
          if (target === undefined) continue;
          passed.set(edit.a, target);
          pending.delete(edit.b);
        }
        if (passed.size > 0) {
          const existing = next.find((n) => n.commit === parent);
          if (existing) for (const [k, v] of passed) existing.map.set(k, v);
          else next.push({ commit: parent, lines: parentLines, map: passed });
        }
      }
      for (const [line, target] of pending) result[target] = { commit: item.commit, line };
    }
    queue = next;
  }
  return result;
}

function formatBlameDate(sig: Signature): string {
  const sign = sig.tz.startsWith('-') ? -1 : 1;
  const offset = sign * (Number(sig.tz.slice(1, 3)) * 60 + Number(sig.tz.slice(3, 5)));
  const d = new Date((sig.timestamp + offset * 60) * 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${sig.tz}`;
}

function parseRange(text: string, total: number): { from: number; to: number } {
  const match = /^(\d+)(?:,(\+?)(\d+))?$/.exec(text);
  if (!match) throw fatal(`invalid -L range '${text}'; write it as <start>,<end>`);
  const from = Number(match[1]);
  let to = match[3] === undefined ? total : Number(match[3]);
  if (match[2] === '+') to = from + to - 1;
  if (from < 1 || from > total) throw fatal(`file has only ${total} line${total === 1 ? '' : 's'}`);
  return { from, to: Math.min(to, total) };
}

/** The `git blame` command line. */
export function runBlame(ctx: SandboxContext, args: readonly string[]): number {
  let range: string | undefined;
  const words: string[] = [];
  let afterDashDash: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      afterDashDash = args.slice(i + 1);
      break;
    }
    if (arg === '-L') range = args[++i];
    else if (arg.startsWith('-L')) range = arg.slice(2);
    else if (arg.startsWith('-')) throw new CommandError([`error: unknown option \`${arg.replace(/^-+/, '')}'`, `usage: ${USAGE}`], 129);
    else words.push(arg);
  }
  const fileArg = afterDashDash?.[0] ?? words.at(-1);
  const revArg = afterDashDash ? words[0] : words.length > 1 ? words[0] : undefined;
  if (!fileArg) throw new CommandError([`usage: ${USAGE}`], 129);
  const path = ctx.fs.resolveUserPath(ctx.cwd, fileArg, 'read');
  const { refs, objects } = ctx.repo();
  const start = revArg ? resolveCommit(ctx, revArg) : refs.head().oid;
  if (revArg && !start) throw fatal(`bad revision '${revArg}'`);
  let lines: string[];
  let fromWorkTree = false;
  if (revArg) {
    const atRev = fileAt(ctx, start!, path);
    if (!atRev) throw fatal(`no such path ${path} in ${revArg}`);
    lines = atRev;
  } else {
    const data = ctx.fs.tryReadFile(path);
    if (!data) throw fatal(`no such path '${path}' in HEAD`);
    if (start && !fileAt(ctx, start, path)) throw fatal(`no such path '${path}' in HEAD`);
    lines = splitText(data);
    fromWorkTree = true;
  }
  let origins: Origin[];
  if (!start) origins = lines.map((_, i) => ({ line: i }));
  else if (fromWorkTree) {
    // The work tree acts as a commit on top of HEAD whose lines are "not committed yet".
    const headLines = fileAt(ctx, start, path)!;
    const fromHead = blameLines(ctx, start, path, headLines);
    origins = lines.map((_, i) => ({ line: i }));
    for (const edit of diffLines(headLines, lines)) if (edit.op === '=') origins[edit.b] = fromHead[edit.a]!;
  } else origins = blameLines(ctx, start, path, lines);

  const { from, to } = range ? parseRange(range, lines.length) : { from: 1, to: lines.length };
  const now = identity(ctx);
  const rows = origins.slice(from - 1, to).map((origin, k) => {
    const n = from + k;
    if (!origin.commit) return { hash: '0'.repeat(8), who: 'Not Committed Yet', when: formatBlameDate(now), n, text: lines[n - 1]! };
    const commit = objects.readCommit(origin.commit);
    const boundary = commit.parents.length === 0;
    return { hash: boundary ? `^${origin.commit.slice(0, 7)}` : origin.commit.slice(0, 8), who: commit.author.name, when: formatBlameDate(commit.author), n, text: lines[n - 1]! };
  });
  const nameWidth = Math.max(0, ...rows.map((r) => r.who.length));
  const numberWidth = String(to).length;
  for (const r of rows) ctx.out(`${r.hash} (${r.who.padEnd(nameWidth)} ${r.when} ${String(r.n).padStart(numberWidth)}) ${r.text}`);
  return 0;
}
