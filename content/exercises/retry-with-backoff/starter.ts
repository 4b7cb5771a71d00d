// Call fn until it succeeds, at most retries + 1 times, waiting longer after each failure.
// This version retries right away, never waits, and ignores shouldRetry.
export async function retry<T>(
  fn: (attempt: number) => Promise<T>,
  options: {
    retries: number;
    baseDelayMs: number;
    maxDelayMs?: number;
    sleep?: (ms: number) => Promise<void>;
    shouldRetry?: (error: unknown, attempt: number) => boolean;
  },
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= options.retries + 1; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
