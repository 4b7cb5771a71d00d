export type Message = { id: string; body: unknown; attempt: number };
export type Outcome = 'processed' | 'duplicate' | 'retry' | 'dead-letter';

export function createConsumer(options: {
  handler: (body: unknown) => Promise<void>;
  maxAttempts: number;
  seenLimit?: number;
}) {
  const seenLimit = options.seenLimit ?? 1000;
  const inFlight = new Set<string>();
  const done = new Set<string>();
  const dead: Message[] = [];

  function finish(id: string) {
    done.add(id);
    while (done.size > seenLimit) done.delete(done.values().next().value as string);
  }

  return {
    async deliver(message: Message): Promise<Outcome> {
      if (done.has(message.id) || inFlight.has(message.id)) return 'duplicate';
      inFlight.add(message.id);
      try {
        await options.handler(message.body);
        finish(message.id);
        return 'processed';
      } catch {
        if (message.attempt < options.maxAttempts) return 'retry';
        dead.push(message);
        finish(message.id);
        return 'dead-letter';
      } finally {
        inFlight.delete(message.id);
      }
    },
    deadLetters: (): Message[] => [...dead],
  };
}
