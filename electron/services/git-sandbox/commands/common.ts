/**
 * Pieces several git commands share: pathspecs, paths shown relative to the current folder,
 * git's date format, ref decorations, and the patch / stat printers used by diff, show, log
 * and commit.
 */
import path from 'node:path';
import type { SandboxContext } from '../context';
import { CommandError } from '../errors';
import { countChanges, isBinary, unifiedHunks, type FileChange } from '../core/diff';
import { ZERO_OID } from '../core/objects';
import { abbrev } from '../core/repo-ops';
import { compileGlob, type Matcher } from '../core/wildmatch';

export interface Pathspec {
  /** Repo-relative path or pattern ('' matches everything). */
  readonly rel: string;
  readonly typed: string;
  readonly glob?: Matcher;
}

/** Turns typed pathspecs into repo-relative ones (globs kept as patterns, as git does). */
export function parsePathspecs(ctx: SandboxContext, typed: readonly string[]): Pathspec[] {
  return typed.map((t) => {
    const rel = ctx.fs.resolveUserPath(ctx.cwd, t, 'read');
    if (/[*?[]/.test(t)) {
      // In git pathspecs `*` also matches '/': 'src/*.js' matches src/lib/a.js.
      return { rel, typed: t, glob: compileGlob(rel, { starCrossesSlash: true }) };
    }
    return { rel, typed: t };
  });
}

export function matchesPathspec(file: string, spec: Pathspec): boolean {
  if (spec.glob) return spec.glob.test(file);
  return spec.rel === '' || file === spec.rel || file.startsWith(`${spec.rel}/`);
}

export function matchesAny(file: string, specs: readonly Pathspec[]): boolean {
  return specs.length === 0 || specs.some((s) => matchesPathspec(file, s));
}

/** A repo-relative path as git prints it from the current folder ('../a.txt'). */
export function shownPath(ctx: SandboxContext, rel: string): string {
  if (ctx.cwd === '') return rel;
  const out = path.posix.relative(ctx.cwd, rel) || '.';
  return rel.endsWith('/') && !out.endsWith('/') ? `${out}/` : out;
}

/**
 * Git's quoting of unusual paths ("caf\303\251.txt"); plain ones are shown as they are.
 * Short status also quotes paths with spaces (`quoteSpaces`).
 */
export function quotePath(p: string, quoteSpaces = false): string {
  // eslint-disable-next-line no-control-regex
  if (!/["\\\x00-\x1f\x7f]/.test(p) && !/[^\x00-\x7f]/.test(p) && !(quoteSpaces && p.includes(' '))) return p;
  const escaped = [...Buffer.from(p)]
    .map((byte) => {
      if (byte === 0x22) return '\\"';
      if (byte === 0x5c) return '\\\\';
      if (byte === 0x0a) return '\\n';
      if (byte === 0x09) return '\\t';
      if (byte < 0x20 || byte >= 0x7f) return `\\${byte.toString(8).padStart(3, '0')}`;
      return String.fromCharCode(byte);
    })
    .join('');
  return `"${escaped}"`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function tzMinutes(tz: string): number {
  const sign = tz.startsWith('-') ? -1 : 1;
  return sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(3, 5)));
}

/** git's default date format: 'Tue Nov 14 22:13:20 2023 +0000', in the signature's own zone. */
export function formatGitDate(timestamp: number, tz: string): string {
  const d = new Date((timestamp + tzMinutes(tz) * 60) * 1000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  const ss = String(d.getUTCSeconds()).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${hh}:${mm}:${ss} ${d.getUTCFullYear()} ${tz}`;
}

/** The decoration text for a commit: 'HEAD -> main, tag: v1, origin/main, feature'. */
export function decorations(ctx: SandboxContext): (oid: string) => string {
  const { refs, objects } = ctx.repo();
  const byOid = new Map<string, string[]>();
  const all = refs.list('refs/').filter((r) => /^refs\/(heads|tags|remotes|stash)/.test(r.name));
  const head = refs.head();
  for (const ref of [...all].reverse()) {
    let oid = ref.oid;
    let name = ref.name;
    if (name.startsWith('refs/tags/')) {
      const object = objects.tryRead(oid);
      if (object?.type === 'tag') oid = objects.readTag(oid).object;
      name = `tag: ${name.slice('refs/tags/'.length)}`;
    } else if (name.startsWith('refs/heads/')) name = name.slice('refs/heads/'.length);
    else if (name.startsWith('refs/remotes/')) name = name.slice('refs/remotes/'.length);
    if (head.attached && ref.name === head.ref) continue;
    const list = byOid.get(oid) ?? [];
    list.push(name);
    byOid.set(oid, list);
  }
  return (oid: string) => {
    const names = [...(byOid.get(oid) ?? [])];
    if (head.oid === oid) names.unshift(head.attached ? `HEAD -> ${head.branch}` : 'HEAD');
    return names.length ? names.join(', ') : '';
  };
}

function readBlobText(ctx: SandboxContext, oid: string | undefined): Buffer {
  if (!oid || oid === ZERO_OID) return Buffer.alloc(0);
  return ctx.repo().objects.readBlob(oid);
}

export interface PatchSide {
  readonly oid?: string;
  readonly mode?: string;
  /** Content given directly (work-tree files). */
  readonly content?: Buffer;
}

/** Prints `diff --git` blocks for a list of changes. `load` gives each side's content. */
export function printPatch(ctx: SandboxContext, changes: readonly FileChange[], load: (side: PatchSide | undefined) => Buffer = (side) => side?.content ?? readBlobText(ctx, side?.oid)): void {
  for (const change of changes) {
    const oldPath = change.from ?? change.path;
    const lines = [`diff --git ${quotePath(`a/${oldPath}`)} ${quotePath(`b/${change.path}`)}`];
    const oldSide = change.old as PatchSide | undefined;
    const newSide = change.new as PatchSide | undefined;
    const short = (oid: string | undefined) => (oid && oid !== ZERO_OID ? abbrev(ctx, oid) : '0000000');
    if (change.kind === 'A') lines.push(`new file mode ${newSide!.mode}`);
    if (change.kind === 'D') lines.push(`deleted file mode ${oldSide!.mode}`);
    if (change.kind === 'M' && oldSide!.mode !== newSide!.mode) lines.push(`old mode ${oldSide!.mode}`, `new mode ${newSide!.mode}`);
    if (change.kind === 'R') {
      lines.push('similarity index 100%', `rename from ${quotePath(change.from!)}`, `rename to ${quotePath(change.path)}`);
      ctx.out(lines.join('\n'));
      continue;
    }
    const a = load(oldSide);
    const b = load(newSide);
    const modeSuffix = change.kind === 'M' && oldSide!.mode === newSide!.mode ? ` ${newSide!.mode}` : '';
    if (oldSide?.oid !== newSide?.oid || change.kind !== 'M') lines.push(`index ${short(oldSide?.oid)}..${short(newSide?.oid)}${modeSuffix}`);
    if (isBinary(a) || isBinary(b)) {
      lines.push(`Binary files ${change.kind === 'A' ? '/dev/null' : quotePath(`a/${oldPath}`)} and ${change.kind === 'D' ? '/dev/null' : quotePath(`b/${change.path}`)} differ`);
      ctx.out(lines.join('\n'));
      continue;
    }
    const hunks = unifiedHunks(a.toString('utf8'), b.toString('utf8'));
    if (hunks.text.length) {
      lines.push(change.kind === 'A' ? '--- /dev/null' : `--- ${quotePath(`a/${oldPath}`)}`, change.kind === 'D' ? '+++ /dev/null' : `+++ ${quotePath(`b/${change.path}`)}`, ...hunks.text);
    }
    ctx.out(lines.join('\n'));
  }
}

/** `a/{x => y}/b` style names for renames, as git's diffstat prints them. */
export function renameLabel(from: string, to: string): string {
  if (quotePath(from) !== from || quotePath(to) !== to) return `${quotePath(from)} => ${quotePath(to)}`;
  const a = from.split('/');
  const b = to.split('/');
  let pre = 0;
  while (pre < a.length - 1 && pre < b.length - 1 && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - 1 - pre && suf < b.length - 1 - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const prefix = a.slice(0, pre).join('/');
  const suffix = a.slice(a.length - suf).join('/');
  const midA = a.slice(pre, a.length - suf).join('/');
  const midB = b.slice(pre, b.length - suf).join('/');
  if (!prefix && !suffix) return `${from} => ${to}`;
  return `${prefix ? `${prefix}/` : ''}{${midA} => ${midB}}${suffix ? `/${suffix}` : ''}`;
}

export interface StatLine {
  readonly label: string;
  readonly added: number;
  readonly removed: number;
  readonly binary: boolean;
}

export function statLines(ctx: SandboxContext, changes: readonly FileChange[], load: (side: PatchSide | undefined) => Buffer = (side) => side?.content ?? readBlobText(ctx, side?.oid)): StatLine[] {
  return changes.map((change) => {
    const label = change.kind === 'R' ? renameLabel(change.from!, change.path) : quotePath(change.path);
    if (change.kind === 'R') return { label, added: 0, removed: 0, binary: false };
    const a = load(change.old as PatchSide | undefined);
    const b = load(change.new as PatchSide | undefined);
    if (isBinary(a) || isBinary(b)) return { label, added: 0, removed: 0, binary: true };
    const counts = countChanges(a.toString('utf8'), b.toString('utf8'));
    return { label, added: counts.added, removed: counts.removed, binary: false };
  });
}

/** ' 2 files changed, 3 insertions(+), 1 deletion(-)' */
export function summaryLine(stats: readonly StatLine[]): string {
  const files = stats.length;
  const added = stats.reduce((n, s) => n + s.added, 0);
  const removed = stats.reduce((n, s) => n + s.removed, 0);
  let text = ` ${files} file${files === 1 ? '' : 's'} changed`;
  if (added || !removed) text += `, ${added} insertion${added === 1 ? '' : 's'}(+)`;
  if (removed || !added) text += `, ${removed} deletion${removed === 1 ? '' : 's'}(-)`;
  return text;
}

/** The `--stat` block: ' a.txt | 2 +-' lines and the summary. */
export function printStat(ctx: SandboxContext, stats: readonly StatLine[]): void {
  if (stats.length === 0) return;
  const width = Math.max(...stats.map((s) => s.label.length));
  const maxChanges = Math.max(...stats.map((s) => s.added + s.removed));
  const countWidth = String(maxChanges).length;
  const barRoom = Math.max(10, 80 - width - countWidth - 6);
  for (const s of stats) {
    if (s.binary) {
      ctx.out(` ${s.label.padEnd(width)} | Bin`);
      continue;
    }
    const total = s.added + s.removed;
    let plus = s.added;
    let minus = s.removed;
    if (maxChanges > barRoom) {
      plus = Math.round((s.added * barRoom) / maxChanges);
      minus = Math.round((s.removed * barRoom) / maxChanges);
    }
    ctx.out(` ${s.label.padEnd(width)} | ${String(total).padStart(countWidth)}${total ? ' ' : ''}${'+'.repeat(plus)}${'-'.repeat(minus)}`);
  }
  ctx.out(summaryLine(stats));
}

/** ' create mode 100644 a.txt' / ' delete mode …' / ' rename a => b (100%)' lines. */
export function modeSummary(changes: readonly FileChange[]): string[] {
  const out: string[] = [];
  for (const c of changes) {
    if (c.kind === 'A') out.push(` create mode ${c.new!.mode} ${quotePath(c.path)}`);
    else if (c.kind === 'D') out.push(` delete mode ${c.old!.mode} ${quotePath(c.path)}`);
    else if (c.kind === 'R') out.push(` rename ${renameLabel(c.from!, c.path)} (100%)`);
    else if (c.old!.mode !== c.new!.mode) out.push(` mode change ${c.old!.mode} => ${c.new!.mode} ${quotePath(c.path)}`);
  }
  return out;
}

/** git's branch/tag name rules (check-ref-format), enough to refuse what git refuses. */
export function isValidRefName(name: string): boolean {
  if (name === '' || name === '@' || name.startsWith('-') || name.startsWith('/') || name.endsWith('/') || name.endsWith('.') || name.endsWith('.lock')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{|\/\/|\/\./.test(name) || name.startsWith('.')) return false;
  return name.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

export function requireNoExtra(args: readonly string[], usage: string): void {
  if (args.length) throw new CommandError([`error: unexpected argument '${args[0]}'`, `usage: ${usage}`], 129);
}
