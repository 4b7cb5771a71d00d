/**
 * Git's object database, loose objects only: `.git/objects/ab/cdef…`, zlib-deflated
 * `<type> <size>\0<content>`. Parsing and serialising commits, trees and tags here is
 * byte-for-byte what git writes, which is why sandbox commit ids match real git's.
 */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { fatal } from '../errors';
import { compareBytes, type SandboxFs } from '../jail';
import { PackStore } from './packs';

export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface GitObject {
  readonly type: ObjectType;
  readonly content: Buffer;
}

export interface TreeEntry {
  readonly mode: string; // '100644' | '100755' | '40000' | '120000' | '160000'
  readonly name: string;
  readonly oid: string;
}

export interface Signature {
  readonly name: string;
  readonly email: string;
  readonly timestamp: number; // seconds since the epoch
  readonly tz: string; // '+0000', '-0530'
}

export interface Commit {
  readonly tree: string;
  readonly parents: readonly string[];
  readonly author: Signature;
  readonly committer: Signature;
  /** Extra headers (gpgsig, encoding, mergetag) kept verbatim so rewriting does not lose them. */
  readonly extraHeaders?: readonly string[];
  /** The message exactly as stored, normally ending in '\n'. */
  readonly message: string;
}

export interface Tag {
  readonly object: string;
  readonly type: ObjectType;
  readonly tag: string;
  readonly tagger?: Signature;
  readonly message: string;
}

/** Largest object the sandbox inflates (work-tree files are capped far lower). */
export const MAX_OBJECT_BYTES = 64 * 1024 * 1024;

export const EMPTY_TREE_OID = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
export const ZERO_OID = '0000000000000000000000000000000000000000';

export function hashObject(type: ObjectType, content: Buffer): string {
  const header = Buffer.from(`${type} ${content.length}\0`);
  return crypto.createHash('sha1').update(header).update(content).digest('hex');
}

export class ObjectStore {
  /** Objects never change, so a cache keyed by id is always valid. */
  private readonly cache = new Map<string, GitObject>();
  private readonly commitCache = new Map<string, Commit>();
  private readonly treeCache = new Map<string, readonly TreeEntry[]>();

  private readonly packs: PackStore;

  constructor(
    private readonly fs: SandboxFs,
    private readonly gitdirRel: string,
  ) {
    this.packs = new PackStore(fs, `${gitdirRel}/objects/pack`);
  }

  private pathOf(oid: string): string {
    return `${this.gitdirRel}/objects/${oid.slice(0, 2)}/${oid.slice(2)}`;
  }

  has(oid: string): boolean {
    if (this.cache.has(oid)) return true;
    if (!/^[0-9a-f]{40}$/.test(oid)) return false;
    return this.fs.isFile(this.pathOf(oid)) || this.packs.has(oid);
  }

  /** Reads an object, or undefined when the store does not have it. */
  tryRead(oid: string): GitObject | undefined {
    const cached = this.cache.get(oid);
    if (cached) return cached;
    if (!/^[0-9a-f]{40}$/.test(oid)) return undefined;
    const raw = this.fs.tryReadFile(this.pathOf(oid));
    let object: GitObject | undefined;
    if (raw) {
      // A cap on the inflated size, so a hostile object cannot balloon in memory.
      const data = zlib.inflateSync(raw, { maxOutputLength: MAX_OBJECT_BYTES });
      const space = data.indexOf(0x20);
      const nul = data.indexOf(0);
      object = { type: data.subarray(0, space).toString() as ObjectType, content: data.subarray(nul + 1) };
    } else {
      object = this.packs.read(oid, (base) => this.tryRead(base));
      if (!object) return undefined;
    }
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(oid, object);
    return object;
  }

  read(oid: string): GitObject {
    const object = this.tryRead(oid);
    if (!object) throw fatal(`unable to read object ${oid}`);
    return object;
  }

  /** Writes an object (a no-op when it already exists) and returns its id. */
  write(type: ObjectType, content: Buffer): string {
    const oid = hashObject(type, content);
    if (this.cache.has(oid)) return oid;
    const file = this.pathOf(oid);
    if (!this.fs.isFile(file)) {
      const data = Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]);
      this.fs.writeFileAtomic(file, zlib.deflateSync(data, { level: 1 }));
    }
    this.fanout.get(oid.slice(0, 2))?.add(oid);
    this.cache.set(oid, { type, content });
    return oid;
  }

  writeBlob(content: Buffer | string): string {
    return this.write('blob', typeof content === 'string' ? Buffer.from(content) : content);
  }

  readBlob(oid: string): Buffer {
    const object = this.read(oid);
    if (object.type !== 'blob') throw fatal(`object ${oid} is a ${object.type}, not a blob`);
    return object.content;
  }

  readCommit(oid: string): Commit {
    const cached = this.commitCache.get(oid);
    if (cached) return cached;
    const object = this.read(oid);
    if (object.type !== 'commit') throw fatal(`object ${oid} is a ${object.type}, not a commit`);
    const commit = parseCommit(object.content);
    this.commitCache.set(oid, commit);
    return commit;
  }

  writeCommit(commit: Commit): string {
    const oid = this.write('commit', serializeCommit(commit));
    this.commitCache.set(oid, commit);
    return oid;
  }

  readTree(oid: string): readonly TreeEntry[] {
    const cached = this.treeCache.get(oid);
    if (cached) return cached;
    if (oid === EMPTY_TREE_OID && !this.has(oid)) return [];
    const object = this.read(oid);
    if (object.type !== 'tree') throw fatal(`object ${oid} is a ${object.type}, not a tree`);
    const entries = parseTree(object.content);
    this.treeCache.set(oid, entries);
    return entries;
  }

  writeTree(entries: readonly TreeEntry[]): string {
    const sorted = [...entries].sort(compareTreeEntries);
    const oid = this.write('tree', serializeTree(sorted));
    this.treeCache.set(oid, sorted);
    return oid;
  }

  readTag(oid: string): Tag {
    const object = this.read(oid);
    if (object.type !== 'tag') throw fatal(`object ${oid} is a ${object.type}, not a tag`);
    return parseTag(object.content);
  }

  writeTag(tag: Tag): string {
    return this.write('tag', serializeTag(tag));
  }

  /** Loose object ids per fan-out folder ('ab' → ids), filled on first use. */
  private readonly fanout = new Map<string, Set<string>>();

  private listFanout(dirName: string, refresh: boolean): Set<string> {
    let ids = this.fanout.get(dirName);
    if (ids && !refresh) return ids;
    const dir = `${this.gitdirRel}/objects/${dirName}`;
    ids = new Set(this.fs.isDir(dir) ? this.fs.readdir(dir).filter((n) => n.length === 38).map((n) => dirName + n) : []);
    this.fanout.set(dirName, ids);
    return ids;
  }

  /**
   * Every object id starting with `prefix` (at least 2 hex digits). Folder listings are
   * cached (objects are never deleted); a miss lists the folder again in case another writer
   * added objects.
   */
  findByPrefix(prefix: string): string[] {
    const lower = prefix.toLowerCase();
    const dirName = lower.slice(0, 2);
    const scan = (ids: Set<string>) => [...ids].filter((id) => id.startsWith(lower));
    let found = scan(this.listFanout(dirName, false));
    if (!found.length) found = scan(this.listFanout(dirName, true));
    const packed = this.packs.findByPrefix(lower).filter((id) => !found.includes(id));
    return packed.length ? [...found, ...packed] : found;
  }

  private readonly flatCache = new Map<string, Map<string, TreeEntry>>();

  /**
   * Flattens a tree into path → entry for every file (blobs, links, submodules). The result
   * is cached and shared: treat it as read-only.
   */
  flattenTree(treeOid: string | undefined): ReadonlyMap<string, TreeEntry> {
    if (!treeOid) return new Map();
    const cached = this.flatCache.get(treeOid);
    if (cached) return cached;
    const out = new Map<string, TreeEntry>();
    const walk = (oid: string, prefix: string): void => {
      for (const entry of this.readTree(oid)) {
        const full = prefix + entry.name;
        if (entry.mode === '40000') walk(entry.oid, `${full}/`);
        else out.set(full, { ...entry, name: full });
      }
    };
    walk(treeOid, '');
    if (this.flatCache.size >= 16) this.flatCache.delete(this.flatCache.keys().next().value!);
    this.flatCache.set(treeOid, out);
    return out;
  }

  /** Builds nested trees from path → (mode, oid) and returns the root tree id. */
  writeTreeFromPaths(files: Iterable<{ path: string; mode: string; oid: string }>): string {
    interface Dir {
      files: TreeEntry[];
      dirs: Map<string, Dir>;
    }
    const root: Dir = { files: [], dirs: new Map() };
    for (const file of files) {
      const parts = file.path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) {
        let next = dir.dirs.get(part);
        if (!next) {
          next = { files: [], dirs: new Map() };
          dir.dirs.set(part, next);
        }
        dir = next;
      }
      dir.files.push({ mode: file.mode, name: parts[parts.length - 1]!, oid: file.oid });
    }
    const writeDir = (dir: Dir): string => {
      const entries = [...dir.files];
      for (const [name, sub] of dir.dirs) entries.push({ mode: '40000', name, oid: writeDir(sub) });
      return this.writeTree(entries);
    };
    return writeDir(root);
  }
}

/** Git's tree order: names compared as bytes, with folders compared as if they ended in '/'. */
export function compareTreeEntries(a: TreeEntry, b: TreeEntry): number {
  return compareBytes(a.mode === '40000' ? `${a.name}/` : a.name, b.mode === '40000' ? `${b.name}/` : b.name);
}

export function parseTree(content: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let i = 0;
  while (i < content.length) {
    const space = content.indexOf(0x20, i);
    const nul = content.indexOf(0, space);
    const mode = content.subarray(i, space).toString();
    const name = content.subarray(space + 1, nul).toString('utf8');
    const oid = content.subarray(nul + 1, nul + 21).toString('hex');
    entries.push({ mode, name, oid });
    i = nul + 21;
  }
  return entries;
}

export function serializeTree(entries: readonly TreeEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    parts.push(Buffer.from(`${entry.mode} ${entry.name}\0`), Buffer.from(entry.oid, 'hex'));
  }
  return Buffer.concat(parts);
}

export function formatSignature(sig: Signature): string {
  return `${sig.name} <${sig.email}> ${sig.timestamp} ${sig.tz}`;
}

export function parseSignature(text: string): Signature {
  const match = /^(.*?) ?<([^>]*)> (-?\d+) ([+-]\d{4})$/.exec(text);
  if (!match) return { name: text, email: '', timestamp: 0, tz: '+0000' };
  return { name: match[1]!, email: match[2]!, timestamp: Number(match[3]), tz: match[4]! };
}

export function parseCommit(content: Buffer): Commit {
  const text = content.toString('utf8');
  const split = text.indexOf('\n\n');
  const headerText = split === -1 ? text : text.slice(0, split);
  const message = split === -1 ? '' : text.slice(split + 2);
  let tree = '';
  const parents: string[] = [];
  let author: Signature | undefined;
  let committer: Signature | undefined;
  const extraHeaders: string[] = [];
  for (const line of headerText.split('\n')) {
    if (line.startsWith(' ') && extraHeaders.length > 0) {
      extraHeaders[extraHeaders.length - 1] += `\n${line}`;
      continue;
    }
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === 'tree') tree = value;
    else if (key === 'parent') parents.push(value);
    else if (key === 'author') author = parseSignature(value);
    else if (key === 'committer') committer = parseSignature(value);
    else extraHeaders.push(line);
  }
  const fallback: Signature = { name: '', email: '', timestamp: 0, tz: '+0000' };
  return { tree, parents, author: author ?? fallback, committer: committer ?? fallback, message, ...(extraHeaders.length ? { extraHeaders } : {}) };
}

export function serializeCommit(commit: Commit): Buffer {
  const lines = [`tree ${commit.tree}`];
  for (const parent of commit.parents) lines.push(`parent ${parent}`);
  lines.push(`author ${formatSignature(commit.author)}`);
  lines.push(`committer ${formatSignature(commit.committer)}`);
  for (const extra of commit.extraHeaders ?? []) lines.push(extra);
  return Buffer.from(`${lines.join('\n')}\n\n${commit.message}`);
}

export function parseTag(content: Buffer): Tag {
  const text = content.toString('utf8');
  const split = text.indexOf('\n\n');
  const headerText = split === -1 ? text : text.slice(0, split);
  const message = split === -1 ? '' : text.slice(split + 2);
  let object = '';
  let type: ObjectType = 'commit';
  let tag = '';
  let tagger: Signature | undefined;
  for (const line of headerText.split('\n')) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === 'object') object = value;
    else if (key === 'type') type = value as ObjectType;
    else if (key === 'tag') tag = value;
    else if (key === 'tagger') tagger = parseSignature(value);
  }
  return { object, type, tag, message, ...(tagger ? { tagger } : {}) };
}

export function serializeTag(tag: Tag): Buffer {
  const lines = [`object ${tag.object}`, `type ${tag.type}`, `tag ${tag.tag}`];
  if (tag.tagger) lines.push(`tagger ${formatSignature(tag.tagger)}`);
  return Buffer.from(`${lines.join('\n')}\n\n${tag.message}`);
}

/** The subject of a message as `git log --oneline` shows it: the first paragraph on one line. */
export function subjectOf(message: string): string {
  const out: string[] = [];
  for (const line of message.split('\n')) {
    if (line.trim() === '') {
      if (out.length) break;
      continue;
    }
    out.push(line.replace(/\s+$/, ''));
  }
  return out.join(' ');
}
