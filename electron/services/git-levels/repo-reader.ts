/**
 * Read-only access to a level's repository for the goal checker, through isomorphic-git (and
 * a small reader for the index, so conflicted entries are seen too). It works the same on a
 * sandbox repository and on one real git wrote, and it never writes anything.
 */
import nodeFs from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';

export interface CommitInfo {
  readonly oid: string;
  readonly message: string;
  readonly parents: readonly string[];
  readonly tree: string;
}

export interface IndexEntry {
  readonly path: string;
  readonly oid: string;
  readonly stage: number;
}

export interface FileState {
  readonly head?: string;
  /** The stage-0 blob, when the path is not conflicted. */
  readonly index?: string;
  readonly conflicted: boolean;
  /** The work-tree content's blob id, when the file exists. */
  readonly worktree?: string;
  readonly ignored: boolean;
}

/** Folders of the sandbox that are not part of the learner's project. */
const SKIPPED_TOP = new Set(['.git', '.remotes']);

export class RepoReader {
  readonly gitdir: string;
  private readonly commits = new Map<string, CommitInfo>();
  private statusCache: Map<string, FileState> | undefined;

  constructor(readonly dir: string, gitdir?: string) {
    this.gitdir = gitdir ?? path.join(dir, '.git');
  }

  private get opts() {
    return { fs: nodeFs, dir: this.dir, gitdir: this.gitdir };
  }

  hasRepository(): boolean {
    return nodeFs.existsSync(path.join(this.gitdir, 'HEAD'));
  }

  /** The full ref name a short one stands for (`main` → `refs/heads/main`), or undefined. */
  async expandRef(name: string): Promise<string | undefined> {
    if (name === 'HEAD') return 'HEAD';
    try {
      return await git.expandRef({ ...this.opts, ref: name });
    } catch {
      return undefined;
    }
  }

  /** The object a ref points at (a tag object for annotated tags), or undefined. */
  async refTarget(name: string): Promise<string | undefined> {
    const full = await this.expandRef(name);
    if (!full) return undefined;
    try {
      return await git.resolveRef({ ...this.opts, ref: full });
    } catch {
      return undefined;
    }
  }

  async objectType(oid: string): Promise<string | undefined> {
    try {
      const object = await git.readObject({ ...this.opts, oid, format: 'content' });
      return object.type;
    } catch {
      return undefined;
    }
  }

  /** Follows annotated tags down to what they point at. */
  async peel(oid: string): Promise<string> {
    let current = oid;
    for (let i = 0; i < 10; i++) {
      if ((await this.objectType(current)) !== 'tag') return current;
      current = (await git.readTag({ ...this.opts, oid: current })).tag.object;
    }
    return current;
  }

  /**
   * Resolves a revision to a commit id: a branch, tag, remote branch, HEAD or a (short) id,
   * followed by any number of `~N`, `^` and `^N`. Undefined when it leads nowhere.
   */
  async resolve(rev: string): Promise<string | undefined> {
    const match = /^(.*?)((?:[~^]\d*)*)$/.exec(rev);
    if (!match) return undefined;
    const [, name = '', suffix = ''] = match;
    let oid = await this.refTarget(name);
    if (!oid && /^[0-9a-f]{4,40}$/.test(name)) {
      try {
        oid = await git.expandOid({ ...this.opts, oid: name });
      } catch {
        oid = undefined;
      }
    }
    if (!oid) return undefined;
    oid = await this.peel(oid);
    for (const step of suffix.match(/[~^]\d*/g) ?? []) {
      const op = step[0];
      const n = step.length > 1 ? Number(step.slice(1)) : 1;
      if (op === '~') {
        for (let i = 0; i < n; i++) {
          const commit = await this.commit(oid);
          if (!commit?.parents[0]) return undefined;
          oid = commit.parents[0];
        }
      } else if (n > 0) {
        const commit = await this.commit(oid);
        const parent = commit?.parents[n - 1];
        if (!parent) return undefined;
        oid = parent;
      }
    }
    return (await this.commit(oid)) ? oid : undefined;
  }

  async tagMessage(oid: string): Promise<string> {
    return (await git.readTag({ ...this.opts, oid })).tag.message;
  }

  async commit(oid: string): Promise<CommitInfo | undefined> {
    const cached = this.commits.get(oid);
    if (cached) return cached;
    try {
      const { commit } = await git.readCommit({ ...this.opts, oid });
      const info: CommitInfo = { oid, message: commit.message, parents: commit.parent, tree: commit.tree };
      this.commits.set(oid, info);
      return info;
    } catch {
      return undefined;
    }
  }

  /** Every commit reachable from `oid`, including it. */
  async reachable(oid: string): Promise<CommitInfo[]> {
    const seen = new Set<string>();
    const out: CommitInfo[] = [];
    const stack = [oid];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      const commit = await this.commit(next);
      if (!commit) continue;
      out.push(commit);
      stack.push(...commit.parents);
    }
    return out;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.reachable(descendant)).some((c) => c.oid === ancestor);
  }

  /** The text of `filepath` in the commit `oid`, or undefined when it is not there. */
  async fileAt(oid: string, filepath: string): Promise<string | undefined> {
    try {
      const { blob } = await git.readBlob({ ...this.opts, oid, filepath });
      return Buffer.from(blob).toString('utf8');
    } catch {
      return undefined;
    }
  }

  workFile(filepath: string): string | undefined {
    const full = path.join(this.dir, filepath);
    if (!full.startsWith(this.dir + path.sep)) return undefined;
    try {
      const stat = nodeFs.lstatSync(full);
      return stat.isFile() ? nodeFs.readFileSync(full, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  }

  /** HEAD: the branch it is on, or the commit it is detached at. */
  head(): { branch?: string; oid?: string } {
    const text = nodeFs.readFileSync(path.join(this.gitdir, 'HEAD'), 'utf8').trim();
    if (text.startsWith('ref: ')) return { branch: text.slice(5).replace(/^refs\/heads\//, '') };
    return { oid: text };
  }

  async config(key: string): Promise<string | undefined> {
    try {
      const value: unknown = await git.getConfig({ ...this.opts, path: key });
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** The operations a state file in .git says are in progress. */
  operations(): string[] {
    const has = (name: string) => nodeFs.existsSync(path.join(this.gitdir, name));
    const out: string[] = [];
    if (has('rebase-merge') || has('rebase-apply')) out.push('rebase');
    if (has('MERGE_HEAD')) out.push('merge');
    if (has('CHERRY_PICK_HEAD')) out.push('cherry-pick');
    if (has('REVERT_HEAD')) out.push('revert');
    if (has('BISECT_LOG') || has('BISECT_START')) out.push('bisect');
    return out;
  }

  /** How many entries the stash holds (the lines of refs/stash's reflog). */
  async stashSize(): Promise<number> {
    if (!(await this.refTarget('refs/stash'))) return 0;
    try {
      return nodeFs
        .readFileSync(path.join(this.gitdir, 'logs', 'refs', 'stash'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '').length;
    } catch {
      return 1;
    }
  }

  /** The index entries, conflicted stages included. */
  readIndex(): IndexEntry[] {
    let data: Buffer;
    try {
      data = nodeFs.readFileSync(path.join(this.gitdir, 'index'));
    } catch {
      return [];
    }
    if (data.length < 12 || data.toString('latin1', 0, 4) !== 'DIRC') throw new Error('the repository index is not in a format Roadbook can read');
    const version = data.readUInt32BE(4);
    if (version !== 2 && version !== 3) throw new Error(`the repository index uses version ${version}; Roadbook reads versions 2 and 3`);
    const count = data.readUInt32BE(8);
    const entries: IndexEntry[] = [];
    let offset = 12;
    for (let i = 0; i < count; i++) {
      const start = offset;
      const oid = data.toString('hex', start + 40, start + 60);
      const flags = data.readUInt16BE(start + 60);
      let nameStart = start + 62;
      if (version === 3 && flags & 0x4000) nameStart += 2;
      const nameEnd = data.indexOf(0, nameStart);
      const name = data.toString('utf8', nameStart, nameEnd);
      entries.push({ path: name, oid, stage: (flags >> 12) & 3 });
      const length = nameEnd - start;
      offset = start + Math.ceil((length + 1) / 8) * 8;
    }
    return entries;
  }

  private async treeFiles(oid: string | undefined): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    if (!oid) return files;
    const commit = await this.commit(oid);
    if (!commit) return files;
    const walk = async (tree: string, prefix: string): Promise<void> => {
      const { tree: entries } = await git.readTree({ ...this.opts, oid: tree });
      for (const entry of entries) {
        const full = prefix ? `${prefix}/${entry.path}` : entry.path;
        if (entry.type === 'tree') await walk(entry.oid, full);
        else if (entry.type === 'blob') files.set(full, entry.oid);
      }
    };
    await walk(commit.tree, '');
    return files;
  }

  private workTreeFiles(): string[] {
    const out: string[] = [];
    const walk = (rel: string): void => {
      const abs = rel ? path.join(this.dir, rel) : this.dir;
      for (const entry of nodeFs.readdirSync(abs, { withFileTypes: true })) {
        if (!rel && SKIPPED_TOP.has(entry.name)) continue;
        if (entry.name === '.git') continue;
        const child = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(child);
        else if (entry.isFile()) out.push(child);
      }
    };
    walk('');
    return out;
  }

  /** HEAD, index and work tree side by side for every path any of them has. */
  async fileStates(): Promise<Map<string, FileState>> {
    if (this.statusCache) return this.statusCache;
    const head = this.head();
    const headOid = head.branch ? await this.refTarget(`refs/heads/${head.branch}`) : head.oid;
    const headFiles = await this.treeFiles(headOid);
    const index = new Map<string, string>();
    const conflicted = new Set<string>();
    for (const entry of this.readIndex()) {
      if (entry.stage === 0) index.set(entry.path, entry.oid);
      else conflicted.add(entry.path);
    }
    const work = new Map<string, string>();
    for (const file of this.workTreeFiles()) {
      const content = nodeFs.readFileSync(path.join(this.dir, file));
      work.set(file, (await git.hashBlob({ object: content })).oid);
    }
    const states = new Map<string, FileState>();
    for (const file of new Set([...headFiles.keys(), ...index.keys(), ...conflicted, ...work.keys()])) {
      const tracked = headFiles.has(file) || index.has(file) || conflicted.has(file);
      let ignored = false;
      if (!tracked) {
        try {
          ignored = await git.isIgnored({ ...this.opts, filepath: file });
        } catch {
          ignored = false;
        }
      }
      states.set(file, {
        head: headFiles.get(file),
        index: index.get(file),
        conflicted: conflicted.has(file),
        worktree: work.get(file),
        ignored,
      });
    }
    this.statusCache = states;
    return states;
  }
}

export type FileStatusName = 'untracked' | 'unmodified' | 'modified' | 'staged' | 'staged-and-modified' | 'deleted' | 'conflicted' | 'absent' | 'ignored';

/** One word for a file's state, matching the goal checker's `file-status` names. */
export function statusName(state: FileState | undefined): FileStatusName {
  if (!state) return 'absent';
  if (state.conflicted) return 'conflicted';
  if (state.head === undefined && state.index === undefined) {
    if (state.worktree === undefined) return 'absent';
    return state.ignored ? 'ignored' : 'untracked';
  }
  if (state.head !== undefined && state.worktree === undefined) return 'deleted';
  const stagedChange = state.index !== state.head;
  const workChange = state.worktree !== state.index;
  if (stagedChange && workChange) return 'staged-and-modified';
  if (stagedChange) return 'staged';
  if (workChange) return 'modified';
  return 'unmodified';
}
