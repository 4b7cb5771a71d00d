/**
 * Reading the work tree against the index and HEAD: the walk, the stat-cache check git
 * uses (compare stat data first, hash only files that look changed), and the status that
 * `git status`, `git add -A`, `commit -a` and the UI snapshot share.
 */
import { GITDIR, type SandboxContext } from '../context';
import { compareBytes } from '../jail';
import { entryFromStat, type IndexEntry, type IndexFile } from './index-file';
import { IgnoreRules } from './ignore';
import { hashObject, type TreeEntry } from './objects';
import { headTree, loadIndex, saveIndex } from './repo-ops';

export type IndexCode = ' ' | 'M' | 'A' | 'D' | 'R';
export type WorkCode = ' ' | 'M' | 'D';

export interface TrackedStatus {
  readonly path: string;
  /** HEAD vs index. */
  readonly index: IndexCode;
  /** Index vs work tree. */
  readonly worktree: WorkCode;
  /** For renames: the path in HEAD. */
  readonly from?: string;
}

export interface ConflictStatus {
  readonly path: string;
  /** Git's two letters: UU, AA, DU, UD, AU, UA, DD. */
  readonly code: string;
}

export interface StatusResult {
  readonly tracked: readonly TrackedStatus[];
  readonly conflicts: readonly ConflictStatus[];
  /** Untracked files; wholly untracked folders are shown once as 'dir/'. */
  readonly untracked: readonly string[];
  readonly index: IndexFile;
}

export interface WorkFile {
  readonly path: string;
  readonly symlink: boolean;
}

export function fileMode(st: { mode: number | bigint }): number {
  const mode = Number(st.mode);
  if ((mode & 0o170000) === 0o120000) return 0o120000;
  return mode & 0o111 ? 0o100755 : 0o100644;
}

/** True when the file's stat data still matches the index entry (so its content is unchanged). */
export function statMatches(entry: IndexEntry, st: import('node:fs').BigIntStats, indexMtimeNs: bigint): boolean {
  const mtimeNs = st.mtimeNs;
  if (Number(mtimeNs / 1_000_000_000n) !== entry.mtimeS || Number(mtimeNs % 1_000_000_000n) !== entry.mtimeNs) return false;
  if (Number(st.size & 0xffffffffn) !== entry.size) return false;
  if (Number(st.ino & 0xffffffffn) !== entry.ino) return false;
  if (fileMode(st) !== entry.mode) return false;
  // Racily clean: written in the same instant the index was; only the content can tell.
  if (indexMtimeNs !== 0n && mtimeNs >= indexMtimeNs) return false;
  return true;
}

/**
 * Compares one index entry with its file. Returns 'clean', 'modified' or 'deleted', and a
 * refreshed entry when the stat data was stale but the content matched.
 */
export function compareWithWorkTree(ctx: SandboxContext, entry: IndexEntry, indexMtimeNs: bigint): { state: 'clean' | 'modified' | 'deleted'; refreshed?: IndexEntry } {
  const st = ctx.fs.lstatBig(entry.path);
  if (!st || st.isDirectory()) return { state: 'deleted' };
  if (statMatches(entry, st, indexMtimeNs)) return { state: 'clean' };
  if (st.isSymbolicLink()) return { state: 'modified' };
  if (fileMode(st) !== entry.mode) return { state: 'modified' };
  // Larger than the sandbox ever stages (planted from outside): changed, and not worth reading.
  if (Number(st.size) > ctx.limits.maxFileBytes && Number(st.size) !== entry.size) return { state: 'modified' };
  const content = ctx.fs.readFile(entry.path);
  const oid = hashObject('blob', content);
  if (oid !== entry.oid) return { state: 'modified' };
  return { state: 'clean', refreshed: entryFromStat(entry.path, entry.oid, entry.mode, st) };
}

/** Every file under `under` (repo-relative, '' for all), skipping .git and ignored paths. */
export function walkWorkTree(ctx: SandboxContext, under = '', options: { includeIgnored?: boolean } = {}): WorkFile[] {
  const ignore = new IgnoreRules(ctx.fs);
  const out: WorkFile[] = [];
  const walk = (dir: string): void => {
    const entries = ctx.fs.readdirTyped(dir === '' ? '.' : dir);
    for (const entry of entries) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (dir === '' && entry.name === '.git') continue;
      const isDir = entry.isDirectory();
      if (!options.includeIgnored && ignore.matches(rel, isDir)) continue;
      if (isDir) walk(rel);
      else out.push({ path: rel, symlink: entry.isSymbolicLink() });
    }
  };
  if (under === '' || ctx.fs.isDir(under)) walk(under);
  else if (ctx.fs.exists(under)) out.push({ path: under, symlink: false });
  return out.sort((a, b) => compareBytes(a.path, b.path));
}

const CONFLICT_CODES: Record<string, string> = {
  '123': 'UU', '23': 'AA', '13': 'DU', '12': 'UD', '2': 'AU', '3': 'UA', '1': 'DD',
};

/**
 * The full status. Refreshes stale stat data in the index (as git status does) so the next
 * call is fast.
 */
export function computeStatus(ctx: SandboxContext): StatusResult {
  const index = loadIndex(ctx);
  const head = ctx.repo().objects.flattenTree(headTree(ctx));
  const stage0 = new Map<string, IndexEntry>();
  const stages = new Map<string, string>();
  for (const entry of index.entries) {
    if (entry.stage === 0) stage0.set(entry.path, entry);
    else stages.set(entry.path, (stages.get(entry.path) ?? '') + String(entry.stage));
  }
  let refreshed: Map<string, IndexEntry> | undefined;
  const tracked: TrackedStatus[] = [];
  const paths = new Set<string>([...stage0.keys(), ...head.keys()]);
  for (const path of stages.keys()) paths.delete(path);
  for (const path of [...paths].sort(compareBytes)) {
    const entry = stage0.get(path);
    const base = head.get(path);
    let indexCode: IndexCode = ' ';
    if (!entry) indexCode = 'D';
    else if (!base) indexCode = 'A';
    else if (base.oid !== entry.oid || base.mode !== entry.mode.toString(8)) indexCode = 'M';
    let workCode: WorkCode = ' ';
    if (entry) {
      const compared = compareWithWorkTree(ctx, entry, index.mtimeNs);
      if (compared.state === 'deleted') workCode = 'D';
      else if (compared.state === 'modified') workCode = 'M';
      if (compared.refreshed) (refreshed ??= new Map()).set(path, compared.refreshed);
    }
    if (indexCode !== ' ' || workCode !== ' ') tracked.push({ path, index: indexCode, worktree: workCode });
  }
  detectStagedRenames(tracked, head, stage0);
  const conflicts = [...stages].map(([path, s]) => ({ path, code: CONFLICT_CODES[s] ?? 'UU' })).sort((a, b) => compareBytes(a.path, b.path));
  const untracked = listUntracked(ctx, index.entries);
  if (refreshed) {
    saveIndex(ctx, index.entries.map((e) => (e.stage === 0 ? (refreshed!.get(e.path) ?? e) : e)));
  }
  return { tracked, conflicts, untracked, index };
}

/** Exact renames: a staged deletion and a staged addition with the same content. */
function detectStagedRenames(tracked: TrackedStatus[], head: ReadonlyMap<string, TreeEntry>, stage0: Map<string, IndexEntry>): void {
  const deleted = tracked.filter((t) => t.index === 'D');
  if (deleted.length === 0) return;
  for (let i = 0; i < tracked.length; i++) {
    const added = tracked[i]!;
    if (added.index !== 'A') continue;
    const oid = stage0.get(added.path)!.oid;
    const source = deleted.find((d) => head.get(d.path)?.oid === oid);
    if (!source) continue;
    deleted.splice(deleted.indexOf(source), 1);
    tracked[i] = { path: added.path, index: 'R', worktree: added.worktree, from: source.path };
    const at = tracked.indexOf(source);
    if (source.worktree === ' ') tracked.splice(at, 1);
    else tracked[at] = { path: source.path, index: ' ', worktree: source.worktree };
    if (at < i) i--;
  }
}

function listUntracked(ctx: SandboxContext, entries: readonly IndexEntry[]): string[] {
  const trackedDirs = new Set<string>();
  const trackedFiles = new Set<string>();
  for (const entry of entries) {
    trackedFiles.add(entry.path);
    let slash = entry.path.lastIndexOf('/');
    while (slash > 0) {
      const dir = entry.path.slice(0, slash);
      if (trackedDirs.has(dir)) break;
      trackedDirs.add(dir);
      slash = dir.lastIndexOf('/');
    }
  }
  const ignore = new IgnoreRules(ctx.fs);
  const out: string[] = [];
  const hasVisibleFile = (dir: string): boolean => {
    for (const entry of ctx.fs.readdirTyped(dir)) {
      const rel = `${dir}/${entry.name}`;
      const isDir = entry.isDirectory();
      if (ignore.matches(rel, isDir)) continue;
      if (!isDir || hasVisibleFile(rel)) return true;
    }
    return false;
  };
  const walk = (dir: string): void => {
    for (const entry of ctx.fs.readdirTyped(dir === '' ? '.' : dir)) {
      if (dir === '' && entry.name === GITDIR) continue;
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      const isDir = entry.isDirectory();
      if (isDir) {
        if (trackedDirs.has(rel)) {
          if (!ignore.matches(rel, true)) walk(rel);
        } else if (!ignore.matches(rel, true) && hasVisibleFile(rel)) out.push(`${rel}/`);
      } else if (!trackedFiles.has(rel) && !ignore.matches(rel, false)) out.push(rel);
    }
  };
  walk('');
  return out.sort(compareBytes);
}

/** Ignored paths that are not tracked (`git status --ignored`): ignored folders shown once as 'dir/'. */
export function listIgnored(ctx: SandboxContext, entries: readonly IndexEntry[]): string[] {
  const tracked = new Set(entries.map((e) => e.path));
  const trackedDirs = new Set<string>();
  for (const e of entries) {
    const parts = e.path.split('/');
    for (let i = 1; i < parts.length; i++) trackedDirs.add(parts.slice(0, i).join('/'));
  }
  const ignore = new IgnoreRules(ctx.fs);
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of ctx.fs.readdirTyped(dir === '' ? '.' : dir)) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (rel === GITDIR) continue;
      const isDir = entry.isDirectory();
      const ignored = ignore.matches(rel, isDir);
      if (isDir) {
        if (ignored && !trackedDirs.has(rel)) out.push(`${rel}/`);
        else walk(rel);
      } else if (ignored && !tracked.has(rel)) out.push(rel);
    }
  };
  walk('');
  return out.sort(compareBytes);
}
