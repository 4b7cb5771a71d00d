export type Decision = { allowed: boolean; remaining: number; retryAfterMs: number };

// Each key gets a bucket of `capacity` tokens that refills at `refillPerSecond`.
// This version counts requests but never refills and never says when to retry.
export function createRateLimiter(options: {
  capacity: number;
  refillPerSecond: number;
  now?: () => number;
}): { take(key: string, cost?: number): Decision } {
  const used = new Map<string, number>();
  return {
    take(key: string, cost = 1): Decision {
      const count = (used.get(key) ?? 0) + cost;
      used.set(key, count);
      const allowed = count <= options.capacity;
      return { allowed, remaining: Math.max(0, options.capacity - count), retryAfterMs: 0 };
    },
  };
}
