export interface TtlCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V, ttlMs?: number): void;
  has(key: string): boolean;
  delete(key: string): boolean;
  size(): number;
  getOrLoad(key: string, loader: () => Promise<V>): Promise<V>;
}

export function createTtlCache<V>(options: { ttlMs: number; now?: () => number }): TtlCache<V> {
  const now = options.now ?? (() => Date.now());
  const entries = new Map<string, { value: V; expiresAt: number }>();
  const loading = new Map<string, Promise<V>>();

  function live(key: string): { value: V } | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (now() >= entry.expiresAt) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  const cache: TtlCache<V> = {
    get: (key) => live(key)?.value,
    set: (key, value, ttlMs = options.ttlMs) => {
      entries.set(key, { value, expiresAt: now() + ttlMs });
    },
    has: (key) => live(key) !== undefined,
    delete: (key) => entries.delete(key),
    size: () => {
      for (const key of [...entries.keys()]) live(key);
      return entries.size;
    },
    getOrLoad: (key, loader) => {
      const hit = live(key);
      if (hit) return Promise.resolve(hit.value);
      const pending = loading.get(key);
      if (pending) return pending;
      const promise = (async () => {
        try {
          const value = await loader();
          cache.set(key, value);
          return value;
        } finally {
          loading.delete(key);
        }
      })();
      loading.set(key, promise);
      return promise;
    },
  };
  return cache;
}
