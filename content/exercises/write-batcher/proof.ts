type Entry<T> = { item: T; resolve: () => void; reject: (error: unknown) => void };

const defaultSchedule = (fn: () => void, ms: number) => {
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
};

export function createBatcher<T>(options: {
  maxSize: number;
  maxWaitMs: number;
  flush: (items: T[]) => Promise<void>;
  schedule?: (fn: () => void, ms: number) => () => void;
}) {
  const schedule = options.schedule ?? defaultSchedule;
  let batch: Entry<T>[] = [];
  let cancelTimer: (() => void) | null = null;

  function flushBatch(): Promise<void> {
    const entries = batch;
    batch = [];
    if (cancelTimer) {
      cancelTimer();
      cancelTimer = null;
    }
    if (entries.length === 0) return Promise.resolve();
    let written: Promise<void>;
    try {
      written = Promise.resolve(options.flush(entries.map((e) => e.item)));
    } catch (error) {
      written = Promise.reject(error);
    }
    return written.then(
      () => {
        for (const e of entries) e.resolve();
      },
      (error: unknown) => {
        for (const e of entries) e.reject(error);
        throw error;
      },
    );
  }

  return {
    add(item: T): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        batch.push({ item, resolve, reject });
        if (batch.length >= options.maxSize) {
          flushBatch().catch(() => {});
        } else if (batch.length === 1) {
          cancelTimer = schedule(() => {
            cancelTimer = null;
            flushBatch().catch(() => {});
          }, options.maxWaitMs);
        }
      });
    },
    flushNow(): Promise<void> {
      return flushBatch();
    },
    pending: (): number => batch.length,
  };
}
