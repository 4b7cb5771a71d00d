const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
  const { retries, baseDelayMs, maxDelayMs = Infinity, sleep = realSleep, shouldRetry = () => true } = options;
  const attempts = retries + 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= attempts || !shouldRetry(error, attempt)) throw error;
      await sleep(Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
    }
  }
}
