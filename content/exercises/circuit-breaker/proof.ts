export class CircuitOpenError extends Error {
  constructor(message = 'the circuit is open: failing fast') {
    super(message);
    this.name = 'CircuitOpenError';
  }
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export function createCircuitBreaker<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  options: { failureThreshold: number; resetTimeoutMs: number; now?: () => number },
): { call(...args: A): Promise<R>; state(): BreakerState } {
  const now = options.now ?? (() => Date.now());
  let failures = 0;
  let openedAt: number | null = null;
  let trialRunning = false;

  function state(): BreakerState {
    if (openedAt === null) return 'closed';
    return now() - openedAt >= options.resetTimeoutMs ? 'half-open' : 'open';
  }

  async function call(...args: A): Promise<R> {
    const current = state();
    if (current === 'open') throw new CircuitOpenError();
    const isTrial = current === 'half-open';
    if (isTrial) {
      if (trialRunning) throw new CircuitOpenError('the circuit is half-open and a trial call is running');
      trialRunning = true;
    }
    try {
      const result = await fn(...args);
      failures = 0;
      openedAt = null;
      return result;
    } catch (error) {
      if (isTrial) {
        openedAt = now();
      } else {
        failures++;
        if (failures >= options.failureThreshold) openedAt = now();
      }
      throw error;
    } finally {
      if (isTrial) trialRunning = false;
    }
  }

  return { call, state };
}
