export class CircuitOpenError extends Error {
  constructor(message = 'the circuit is open: failing fast') {
    super(message);
    this.name = 'CircuitOpenError';
  }
}

export type BreakerState = 'closed' | 'open' | 'half-open';

// closed → (failureThreshold failures in a row) → open → (resetTimeoutMs) → half-open → closed or open.
// This version opens after too many failures but never recovers: there is no
// half-open state and no cool-down, so once open it stays open forever.
export function createCircuitBreaker<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  options: { failureThreshold: number; resetTimeoutMs: number; now?: () => number },
): { call(...args: A): Promise<R>; state(): BreakerState } {
  let failures = 0;
  return {
    async call(...args: A): Promise<R> {
      if (failures >= options.failureThreshold) throw new CircuitOpenError();
      try {
        const result = await fn(...args);
        failures = 0;
        return result;
      } catch (error) {
        failures++;
        throw error;
      }
    },
    state: () => (failures >= options.failureThreshold ? 'open' : 'closed'),
  };
}
