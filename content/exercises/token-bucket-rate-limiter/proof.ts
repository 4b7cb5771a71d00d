export type Decision = { allowed: boolean; remaining: number; retryAfterMs: number };

export function createRateLimiter(options: {
  capacity: number;
  refillPerSecond: number;
  now?: () => number;
}): { take(key: string, cost?: number): Decision } {
  const { capacity, refillPerSecond } = options;
  const now = options.now ?? (() => Date.now());
  const buckets = new Map<string, { tokens: number; last: number }>();

  return {
    take(key: string, cost = 1): Decision {
      if (cost > capacity) throw new RangeError(`cost ${cost} is more than the capacity ${capacity}`);
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, last: t };
      bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.last) * refillPerSecond) / 1000);
      bucket.last = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= cost) {
        bucket.tokens -= cost;
        return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfterMs: 0 };
      }
      const missing = cost - bucket.tokens;
      return {
        allowed: false,
        remaining: Math.floor(bucket.tokens),
        retryAfterMs: Math.ceil((missing / refillPerSecond) * 1000),
      };
    },
  };
}
