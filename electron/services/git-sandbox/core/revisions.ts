/**
 * Revision syntax as git reads it: names (HEAD, branches, tags, remote branches, ORIG_HEAD…),
 * full and short ids, `@`, `X@{N}`, `@{-N}`, `X@{upstream}`, `~N`, `^N`, `^{type}`,
 * `rev:path`, and the `A..B` / `A...B` / `^A` forms that `log` accepts.
 */
import { CommandError, fatal } from '../errors';
import type { SandboxContext } from '../context';
import type { ObjectType } from './objects';
import { previousBranch } from './repo-ops';
import { readIndex } from './index-file';

/** The full ref a short name means, in git's order: as given, refs/, tags, heads, remotes. */
export function dwimRef(ctx: SandboxContext, name: string): string | undefined {
  const { refs } = ctx.repo();
  if (name === '' || name.includes('..') || name.includes('\0')) return undefined;
  const candidates: string[] = [];
  if (/^[A-Z][A-Z_]*$/.test(name) || name.startsWith('refs/')) candidates.push(name);
  candidates.push(`refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`, `refs/remotes/${name}/HEAD`);
  return candidates.find((ref) => refs.resolve(ref) !== undefined);
}

/** The upstream ref of a branch (`branch.<b>.remote` + `.merge`), e.g. refs/remotes/origin/main. */
export function upstreamOf(ctx: SandboxContext, branch: string): string | undefined {
  const { config } = ctx.repo();
  const remote = config.get(`branch.${branch}.remote`);
  const merge = config.get(`branch.${branch}.merge`);
  if (!remote || !merge || !merge.startsWith('refs/heads/')) return undefined;
  if (remote === '.') return merge;
  return `refs/remotes/${remote}/${merge.slice('refs/heads/'.length)}`;
}

function peel(ctx: SandboxContext, oid: string, to: ObjectType | 'any'): string | undefined {
  const { objects } = ctx.repo();
  let current = oid;
  for (let i = 0; i < 10; i++) {
    const object = objects.tryRead(current);
    if (!object) return undefined;
    if (to === 'any' ? object.type !== 'tag' : object.type === to) return current;
    if (object.type === 'tag') {
      current = objects.readTag(current).object;
      continue;
    }
    if (object.type === 'commit' && to === 'tree') return objects.readCommit(current).tree;
    return undefined;
  }
  return undefined;
}

function resolveReflog(ctx: SandboxContext, ref: string, n: number): string | undefined {
  const entries = ctx.repo().refs.reflog(ref);
  if (n === 0 && entries.length === 0) return ctx.repo().refs.resolve(ref);
  if (n < entries.length) return entries[n]!.new;
  if (n === entries.length && entries.length > 0) {
    const old = entries[n - 1]!.old;
    return /^0+$/.test(old) ? undefined : old;
  }
  return undefined;
}

function resolveBase(ctx: SandboxContext, base: string): string | undefined {
  const { refs, objects } = ctx.repo();
  const at = /^(.*)@\{([^}]*)\}$/.exec(base);
  if (at) {
    const name = at[1]!;
    const inner = at[2]!;
    if (/^-\d+$/.test(inner)) {
      if (name !== '') return undefined;
      const branch = previousBranch(ctx, Number(inner.slice(1)));
      return branch === undefined ? undefined : resolveBase(ctx, branch);
    }
    const head = refs.head();
    if (/^(u|upstream|push)$/i.test(inner)) {
      const branch = name === '' || name === 'HEAD' ? head.branch : name;
      const up = branch ? upstreamOf(ctx, branch) : undefined;
      return up ? refs.resolve(up) : undefined;
    }
    if (/^\d+$/.test(inner)) {
      let ref: string | undefined;
      if (name === '') ref = head.attached ? head.ref : 'HEAD';
      else if (name === 'HEAD') ref = 'HEAD';
      else ref = dwimRef(ctx, name);
      return ref ? resolveReflog(ctx, ref, Number(inner)) : undefined;
    }
    return undefined;
  }
  if (base === '@') return refs.resolve('HEAD');
  if (/^[0-9a-f]{40}$/i.test(base) && objects.has(base.toLowerCase())) return base.toLowerCase();
  const ref = dwimRef(ctx, base);
  if (ref) return refs.resolve(ref);
  if (/^[0-9a-f]{4,39}$/i.test(base)) {
    const matches = objects.findByPrefix(base);
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      throw fatal(`ambiguous argument '${base}': the short id matches ${matches.length} objects; type more digits`);
    }
  }
  return undefined;
}

/** Resolves a revision to an object id, or undefined when it names nothing. */
export function resolveRevision(ctx: SandboxContext, spec: string): string | undefined {
  if (spec === '' || spec.includes('\0')) return undefined;
  // rev:path names a blob or tree inside a commit; :path names the staged blob.
  const colon = findPathColon(spec);
  if (colon !== -1) {
    const rev = spec.slice(0, colon);
    const filePath = spec.slice(colon + 1).replace(/^\.\//, '');
    if (rev === '') {
      const entry = readIndex(ctx.fs, '.git').entries.find((e) => e.path === filePath && e.stage === 0);
      return entry?.oid;
    }
    const tree = resolveRevision(ctx, `${rev}^{tree}`);
    if (!tree) return undefined;
    if (filePath === '') return tree;
    return ctx.repo().objects.flattenTree(tree).get(filePath)?.oid ?? findSubtree(ctx, tree, filePath);
  }
  const match = /^(.*?)((?:[~^](?:\{[^}]*\}|\d*))*)$/.exec(spec);
  if (!match) return undefined;
  const base = match[1]!;
  let oid = resolveBase(ctx, base === '' ? 'HEAD' : base);
  if (base === '' && match[2] === '') return undefined;
  const ops = match[2]!.match(/[~^](?:\{[^}]*\}|\d*)/g) ?? [];
  for (const op of ops) {
    if (!oid) return undefined;
    const { objects } = ctx.repo();
    if (op.startsWith('^{')) {
      const type = op.slice(2, -1);
      if (type === '') oid = peel(ctx, oid, 'any');
      else if (type === 'commit' || type === 'tree' || type === 'blob' || type === 'tag') oid = peel(ctx, oid, type);
      else return undefined;
      continue;
    }
    const commit = peel(ctx, oid, 'commit');
    if (!commit) return undefined;
    const digits = op.slice(1);
    if (op[0] === '~') {
      let steps = digits === '' ? 1 : Number(digits);
      oid = commit;
      while (steps-- > 0 && oid) oid = objects.readCommit(oid).parents[0];
    } else {
      const n = digits === '' ? 1 : Number(digits);
      oid = n === 0 ? commit : objects.readCommit(commit).parents[n - 1];
    }
  }
  return oid;
}

function findPathColon(spec: string): number {
  let depth = 0;
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ':' && depth === 0) return i;
  }
  return -1;
}

function findSubtree(ctx: SandboxContext, tree: string, filePath: string): string | undefined {
  let current = tree;
  for (const part of filePath.replace(/\/$/, '').split('/')) {
    const entry = ctx.repo().objects.readTree(current).find((e) => e.name === part);
    if (!entry || entry.mode !== '40000') return undefined;
    current = entry.oid;
  }
  return current;
}

/** Resolves to a commit (peeling annotated tags), or undefined. */
export function resolveCommit(ctx: SandboxContext, spec: string): string | undefined {
  const oid = resolveRevision(ctx, spec);
  return oid ? peel(ctx, oid, 'commit') : undefined;
}

/** git's message for a name that is neither a revision nor a path. */
export function unknownRevision(spec: string): CommandError {
  return new CommandError(
    [
      `fatal: ambiguous argument '${spec}': unknown revision or path not in the working tree.`,
      "Use '--' to separate paths from revisions, like this:",
      "'git <command> [<revision>...] -- [<file>...]'",
    ],
    128,
  );
}

export interface RevisionSet {
  /** Commits to start walking from. */
  readonly include: string[];
  /** Commits whose ancestors (and themselves) are left out. */
  readonly exclude: string[];
}

/** Parses log-style revision arguments: `A`, `^A`, `A..B`, `A...B` (symmetric difference). */
export function parseRevisionArgs(ctx: SandboxContext, args: readonly string[], mergeBases: (a: string, b: string) => string[]): RevisionSet {
  const include: string[] = [];
  const exclude: string[] = [];
  const need = (spec: string): string => {
    const oid = resolveCommit(ctx, spec === '' ? 'HEAD' : spec);
    if (!oid) throw unknownRevision(spec);
    return oid;
  };
  for (const arg of args) {
    const sym = arg.indexOf('...');
    if (sym !== -1) {
      const a = need(arg.slice(0, sym));
      const b = need(arg.slice(sym + 3));
      include.push(a, b);
      exclude.push(...mergeBases(a, b));
      continue;
    }
    const dots = arg.indexOf('..');
    if (dots !== -1) {
      exclude.push(need(arg.slice(0, dots)));
      include.push(need(arg.slice(dots + 2)));
      continue;
    }
    if (arg.startsWith('^')) exclude.push(need(arg.slice(1)));
    else include.push(need(arg));
  }
  return { include, exclude };
}
