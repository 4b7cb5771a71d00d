export interface TtlCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V, ttlMs?: number): void;
  has(key: string): boolean;
  delete(key: string): boolean;
  size(): number;
  getOrLoad(key: string, loader: () => Promise<V>): Promise<V>;
}

// Entries should expire ttlMs after they were written, measured with `now()`.
// This version checks expiry in `get` only, ignores per-entry TTLs, and calls the
// loader on every getOrLoad call.
export function createTtlCache<V>(options: { ttlMs: number; now?: () => number }): TtlCache<V> {
  const now = options.now ?? (() => Date.now());
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get: (key) => {
      const entry = entries.get(key);
      return entry && now() < entry.expiresAt ? entry.value : undefined;
    },
    set: (key, value) => {
      entries.set(key, { value, expiresAt: now() + options.ttlMs });
    },
    has: (key) => entries.has(key),
    delete: (key) => entries.delete(key),
    size: () => entries.size,
    getOrLoad: async (key, loader) => {
      const value = await loader();
      entries.set(key, { value, expiresAt: now() + options.ttlMs });
      return value;
    },
  };
}
