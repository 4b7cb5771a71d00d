export class IdempotencyConflictError extends Error {
  constructor(message = 'this idempotency key was already used for a different request') {
    super(message);
    this.name = 'IdempotencyConflictError';
  }
}

type Entry<T> = { fingerprint: string; promise: Promise<T>; completedAt: number | null };

export function createIdempotencyStore<T>(options: { ttlMs: number; now?: () => number }) {
  const now = options.now ?? (() => Date.now());
  const entries = new Map<string, Entry<T>>();

  return {
    async execute(key: string, fingerprint: string, operation: () => Promise<T>): Promise<{ result: T; replayed: boolean }> {
      let entry = entries.get(key);
      if (entry && entry.completedAt !== null && now() - entry.completedAt >= options.ttlMs) {
        entries.delete(key);
        entry = undefined;
      }
      if (entry) {
        if (entry.fingerprint !== fingerprint) throw new IdempotencyConflictError();
        return { result: await entry.promise, replayed: true };
      }
      const fresh: Entry<T> = { fingerprint, promise: Promise.resolve().then(operation), completedAt: null };
      entries.set(key, fresh);
      try {
        const result = await fresh.promise;
        fresh.completedAt = now();
        return { result, replayed: false };
      } catch (error) {
        if (entries.get(key) === fresh) entries.delete(key);
        throw error;
      }
    },
  };
}
