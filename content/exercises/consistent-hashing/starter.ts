// 32-bit FNV-1a over the string's UTF-16 code units, followed by a bit mixer so that
// similar strings ("node#1", "node#2") land far apart on the ring. Use it as is.
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Place `replicas` points per node on the ring; a key belongs to the first point at or after hash(key).
// This version ignores the ring and uses hash(key) % nodeCount, which moves
// almost every key whenever a node is added or removed.
export class HashRing {
  private readonly list: string[] = [];
  private readonly hashFn: (text: string) => number;

  constructor(options: { replicas?: number; hash?: (text: string) => number } = {}) {
    this.hashFn = options.hash ?? hash;
  }

  addNode(node: string): void {
    this.list.push(node);
  }

  removeNode(node: string): void {
    const index = this.list.indexOf(node);
    if (index !== -1) this.list.splice(index, 1);
  }

  getNode(key: string): string | undefined {
    if (this.list.length === 0) return undefined;
    return this.list[this.hashFn(key) % this.list.length];
  }

  nodes(): string[] {
    return [...this.list];
  }
}
