/**
 * Read-only access to pack files (`.git/objects/pack/*.pack` with their v2 `.idx`). The
 * sandbox writes loose objects only, but a repository that real git has packed (`git gc`)
 * must still open here. Deltas (offset and ref) are resolved; results are cached.
 */
import zlib from 'node:zlib';
import type { SandboxFs } from '../jail';
import { MAX_OBJECT_BYTES, type GitObject, type ObjectType } from './objects';

const TYPES: Record<number, ObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };

interface Pack {
  readonly packPath: string;
  /** oid → offset in the pack. */
  readonly offsets: Map<string, number>;
  data?: Buffer;
}

function readIdx(idx: Buffer): Map<string, number> {
  const offsets = new Map<string, number>();
  if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) return offsets;
  const count = idx.readUInt32BE(8 + 255 * 4);
  const namesAt = 8 + 256 * 4;
  const offsetsAt = namesAt + count * 20 + count * 4;
  const largeAt = offsetsAt + count * 4;
  for (let i = 0; i < count; i++) {
    const oid = idx.toString('hex', namesAt + i * 20, namesAt + i * 20 + 20);
    let offset = idx.readUInt32BE(offsetsAt + i * 4);
    if (offset & 0x80000000) {
      const large = (offset & 0x7fffffff) * 8;
      offset = Number(idx.readBigUInt64BE(largeAt + large));
    }
    offsets.set(oid, offset);
  }
  return offsets;
}

function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let i = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = delta[i++]!;
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  varint(); // source size
  const out = Buffer.alloc(varint());
  let o = 0;
  while (i < delta.length) {
    const op = delta[i++]!;
    if (op & 0x80) {
      let offset = 0;
      let size = 0;
      for (let b = 0; b < 4; b++) if (op & (1 << b)) offset |= delta[i++]! << (8 * b);
      for (let b = 0; b < 3; b++) if (op & (0x10 << b)) size |= delta[i++]! << (8 * b);
      if (size === 0) size = 0x10000;
      base.copy(out, o, offset >>> 0, (offset >>> 0) + size);
      o += size;
    } else if (op > 0) {
      delta.copy(out, o, i, i + op);
      o += op;
      i += op;
    }
  }
  return out;
}

export class PackStore {
  private packs: Pack[] | undefined;
  private listedNames = '';

  constructor(
    private readonly fs: SandboxFs,
    private readonly packDir: string,
  ) {}

  private load(refresh: boolean): Pack[] {
    if (this.packs && !refresh) return this.packs;
    const names = this.fs.isDir(this.packDir) ? this.fs.readdir(this.packDir).filter((n) => n.endsWith('.idx')) : [];
    const key = names.join(',');
    if (this.packs && key === this.listedNames) return this.packs;
    this.listedNames = key;
    this.packs = names
      .filter((n) => this.fs.isFile(`${this.packDir}/${n.replace(/\.idx$/, '.pack')}`))
      .map((n) => ({ packPath: `${this.packDir}/${n.replace(/\.idx$/, '.pack')}`, offsets: readIdx(this.fs.readFile(`${this.packDir}/${n}`)) }));
    return this.packs;
  }

  /** Ids in packs starting with `prefix`. */
  findByPrefix(prefix: string): string[] {
    const out: string[] = [];
    for (const pack of this.load(false)) for (const oid of pack.offsets.keys()) if (oid.startsWith(prefix)) out.push(oid);
    return out;
  }

  has(oid: string): boolean {
    return this.load(false).some((p) => p.offsets.has(oid)) || this.load(true).some((p) => p.offsets.has(oid));
  }

  read(oid: string, resolveBase: (oid: string) => GitObject | undefined): GitObject | undefined {
    for (const refresh of [false, true]) {
      for (const pack of this.load(refresh)) {
        const offset = pack.offsets.get(oid);
        if (offset === undefined) continue;
        pack.data ??= this.fs.readFile(pack.packPath);
        return this.readAt(pack, offset, resolveBase);
      }
    }
    return undefined;
  }

  private readAt(pack: Pack, offset: number, resolveBase: (oid: string) => GitObject | undefined): GitObject | undefined {
    const data = pack.data!;
    let i = offset;
    let byte = data[i++]!;
    const type = (byte >> 4) & 0x7;
    while (byte & 0x80) byte = data[i++]!; // the size is not needed: inflate knows
    if (type === 6) {
      byte = data[i++]!;
      let back = byte & 0x7f;
      while (byte & 0x80) {
        byte = data[i++]!;
        back = ((back + 1) << 7) | (byte & 0x7f);
      }
      const base = this.readAt(pack, offset - back, resolveBase);
      if (!base) return undefined;
      return { type: base.type, content: applyDelta(base.content, zlib.inflateSync(data.subarray(i), { maxOutputLength: MAX_OBJECT_BYTES })) };
    }
    if (type === 7) {
      const baseOid = data.toString('hex', i, i + 20);
      const base = resolveBase(baseOid);
      if (!base) return undefined;
      return { type: base.type, content: applyDelta(base.content, zlib.inflateSync(data.subarray(i + 20), { maxOutputLength: MAX_OBJECT_BYTES })) };
    }
    const objectType = TYPES[type];
    if (!objectType) return undefined;
    return { type: objectType, content: zlib.inflateSync(data.subarray(i), { maxOutputLength: MAX_OBJECT_BYTES }) };
  }
}
