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

type Point = { position: number; node: string };

export class HashRing {
  private readonly list: string[] = [];
  private points: Point[] = [];
  private readonly replicas: number;
  private readonly hashFn: (text: string) => number;

  constructor(options: { replicas?: number; hash?: (text: string) => number } = {}) {
    this.replicas = options.replicas ?? 100;
    this.hashFn = options.hash ?? hash;
  }

  addNode(node: string): void {
    if (this.list.includes(node)) return;
    this.list.push(node);
    for (let i = 0; i < this.replicas; i++) {
      this.points.push({ position: this.hashFn(`${node}#${i}`), node });
    }
    // Ties are broken by node name so the ring does not depend on insertion order.
    this.points.sort((a, b) => a.position - b.position || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  }

  removeNode(node: string): void {
    const index = this.list.indexOf(node);
    if (index === -1) return;
    this.list.splice(index, 1);
    this.points = this.points.filter((p) => p.node !== node);
  }

  getNode(key: string): string | undefined {
    if (this.points.length === 0) return undefined;
    const target = this.hashFn(key);
    let lo = 0;
    let hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.points[mid].position < target) lo = mid + 1;
      else hi = mid;
    }
    return this.points[lo === this.points.length ? 0 : lo].node;
  }

  nodes(): string[] {
    return [...this.list];
  }
}
