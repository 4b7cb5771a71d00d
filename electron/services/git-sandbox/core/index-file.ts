/**
 * The index (`.git/index`, format version 2, read also for 3): the staged snapshot plus the
 * stat data git uses to tell an unchanged file from a changed one without reading it.
 * Extensions (the cache tree, resolve-undo) are dropped on write; git rebuilds them.
 */
import crypto from 'node:crypto';
import type fs from 'node:fs';
import { fatal } from '../errors';
import { compareBytes, type SandboxFs } from '../jail';

export interface IndexEntry {
  readonly path: string;
  readonly oid: string;
  /** 0o100644, 0o100755, 0o120000 or 0o160000. */
  readonly mode: number;
  /** 0 for a normal entry, 1–3 for the base/ours/theirs sides of a conflict. */
  readonly stage: number;
  readonly ctimeS: number;
  readonly ctimeNs: number;
  readonly mtimeS: number;
  readonly mtimeNs: number;
  readonly dev: number;
  readonly ino: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
}

export interface IndexFile {
  /** Sorted by path (bytes), then stage. */
  readonly entries: readonly IndexEntry[];
  /** The index file's own modification time in nanoseconds (for git's "racy" check), or 0. */
  readonly mtimeNs: bigint;
}

const NO_STAT = { ctimeS: 0, ctimeNs: 0, mtimeS: 0, mtimeNs: 0, dev: 0, ino: 0, uid: 0, gid: 0, size: 0 };

/** An entry with no stat data: git and the sandbox will read the file to compare it. */
export function entryWithoutStat(path: string, oid: string, mode: number, stage = 0): IndexEntry {
  return { path, oid, mode, stage, ...NO_STAT };
}

/** An entry carrying the stat data of the file just written or hashed. */
export function entryFromStat(path: string, oid: string, mode: number, st: fs.BigIntStats): IndexEntry {
  return {
    path,
    oid,
    mode,
    stage: 0,
    ctimeS: Number(st.ctimeNs / 1_000_000_000n),
    ctimeNs: Number(st.ctimeNs % 1_000_000_000n),
    mtimeS: Number(st.mtimeNs / 1_000_000_000n),
    mtimeNs: Number(st.mtimeNs % 1_000_000_000n),
    dev: Number(st.dev & 0xffffffffn),
    ino: Number(st.ino & 0xffffffffn),
    uid: Number(st.uid & 0xffffffffn),
    gid: Number(st.gid & 0xffffffffn),
    size: Number(st.size & 0xffffffffn),
  };
}

export function compareEntries(a: IndexEntry, b: IndexEntry): number {
  return compareBytes(a.path, b.path) || a.stage - b.stage;
}

export function readIndex(sfs: SandboxFs, gitdirRel: string): IndexFile {
  const file = `${gitdirRel}/index`;
  const st = sfs.lstatBig(file);
  if (!st) return { entries: [], mtimeNs: 0n };
  const buf = sfs.readFile(file);
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC') throw fatal('index file corrupt');
  const version = buf.readUInt32BE(4);
  if (version !== 2 && version !== 3) throw fatal(`index file version ${version} is not supported by the sandbox`);
  const count = buf.readUInt32BE(8);
  const entries: IndexEntry[] = [];
  let offset = 12;
  for (let i = 0; i < count; i++) {
    const start = offset;
    const flags = buf.readUInt16BE(offset + 60);
    const extended = (flags & 0x4000) !== 0;
    let nameStart = offset + 62;
    if (extended) nameStart += 2;
    const nameLength = flags & 0xfff;
    const nameEnd = nameLength < 0xfff ? nameStart + nameLength : buf.indexOf(0, nameStart);
    entries.push({
      ctimeS: buf.readUInt32BE(offset),
      ctimeNs: buf.readUInt32BE(offset + 4),
      mtimeS: buf.readUInt32BE(offset + 8),
      mtimeNs: buf.readUInt32BE(offset + 12),
      dev: buf.readUInt32BE(offset + 16),
      ino: buf.readUInt32BE(offset + 20),
      mode: buf.readUInt32BE(offset + 24),
      uid: buf.readUInt32BE(offset + 28),
      gid: buf.readUInt32BE(offset + 32),
      size: buf.readUInt32BE(offset + 36),
      oid: buf.toString('hex', offset + 40, offset + 60),
      stage: (flags >> 12) & 0x3,
      path: buf.toString('utf8', nameStart, nameEnd),
    });
    const entryLength = nameEnd - start;
    offset = start + ((entryLength + 8) & ~7);
  }
  return { entries, mtimeNs: st.mtimeNs };
}

export function writeIndex(sfs: SandboxFs, gitdirRel: string, entries: readonly IndexEntry[]): void {
  const sorted = [...entries].sort(compareEntries);
  const names = sorted.map((e) => Buffer.from(e.path));
  let size = 12;
  for (const name of names) size += (62 + name.length + 8) & ~7;
  const b = Buffer.alloc(size + 20);
  b.write('DIRC', 0, 'latin1');
  b.writeUInt32BE(2, 4);
  b.writeUInt32BE(sorted.length, 8);
  let o = 12;
  sorted.forEach((e, i) => {
    const name = names[i]!;
    b.writeUInt32BE(e.ctimeS >>> 0, o);
    b.writeUInt32BE(e.ctimeNs >>> 0, o + 4);
    b.writeUInt32BE(e.mtimeS >>> 0, o + 8);
    b.writeUInt32BE(e.mtimeNs >>> 0, o + 12);
    b.writeUInt32BE(e.dev >>> 0, o + 16);
    b.writeUInt32BE(e.ino >>> 0, o + 20);
    b.writeUInt32BE(e.mode >>> 0, o + 24);
    b.writeUInt32BE(e.uid >>> 0, o + 28);
    b.writeUInt32BE(e.gid >>> 0, o + 32);
    b.writeUInt32BE(e.size >>> 0, o + 36);
    b.write(e.oid, o + 40, 'hex');
    b.writeUInt16BE(((e.stage & 0x3) << 12) | Math.min(name.length, 0xfff), o + 60);
    name.copy(b, o + 62);
    o += (62 + name.length + 8) & ~7;
  });
  crypto.createHash('sha1').update(b.subarray(0, size)).digest().copy(b, size);
  sfs.writeFileAtomic(`${gitdirRel}/index`, b);
}

export function modeToString(mode: number): string {
  return mode.toString(8);
}

export function modeFromString(mode: string): number {
  return parseInt(mode, 8);
}
