export class IdempotencyConflictError extends Error {
  constructor(message = 'this idempotency key was already used for a different request') {
    super(message);
    this.name = 'IdempotencyConflictError';
  }
}

// Remember the result of each key so a retried request is answered without running again.
// This version only remembers finished results (for ttlMs): it ignores the fingerprint
// and requests that are still running.
export function createIdempotencyStore<T>(options: { ttlMs: number; now?: () => number }) {
  const now = options.now ?? (() => Date.now());
  const results = new Map<string, { result: T; completedAt: number }>();
  return {
    async execute(key: string, fingerprint: string, operation: () => Promise<T>): Promise<{ result: T; replayed: boolean }> {
      const stored = results.get(key);
      if (stored && now() - stored.completedAt < options.ttlMs) return { result: stored.result, replayed: true };
      const result = await operation();
      results.set(key, { result, completedAt: now() });
      return { result, replayed: false };
    },
  };
}
