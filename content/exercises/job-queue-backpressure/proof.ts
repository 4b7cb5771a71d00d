export class QueueFullError extends Error {
  constructor(message = 'the queue is full, try again later') {
    super(message);
    this.name = 'QueueFullError';
  }
}

type Entry = {
  job: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

export function createJobQueue(options: { concurrency: number; maxWaiting: number }) {
  let running = 0;
  const waiting: Entry[] = [];
  let idleWaiters: Array<() => void> = [];

  function checkIdle() {
    if (running === 0 && waiting.length === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  }

  function start(entry: Entry) {
    running++;
    let promise: Promise<unknown>;
    try {
      promise = Promise.resolve(entry.job());
    } catch (error) {
      promise = Promise.reject(error);
    }
    const done = () => {
      running--;
      const next = waiting.shift();
      if (next) start(next);
      else checkIdle();
    };
    promise.then(
      (value) => {
        done();
        entry.resolve(value);
      },
      (error) => {
        done();
        entry.reject(error);
      },
    );
  }

  return {
    add<T>(job: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const entry: Entry = { job, resolve: resolve as (value: unknown) => void, reject };
        if (running < options.concurrency) start(entry);
        else if (waiting.length < options.maxWaiting) waiting.push(entry);
        else reject(new QueueFullError());
      });
    },
    stats: () => ({ running, waiting: waiting.length }),
    onIdle(): Promise<void> {
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
