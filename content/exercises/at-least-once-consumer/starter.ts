export type Message = { id: string; body: unknown; attempt: number };
export type Outcome = 'processed' | 'duplicate' | 'retry' | 'dead-letter';

// Skip duplicates (finished or in flight), retry failures up to maxAttempts, then dead-letter.
// This version calls the handler for every delivery and always asks for a retry on failure.
export function createConsumer(options: {
  handler: (body: unknown) => Promise<void>;
  maxAttempts: number;
  seenLimit?: number;
}) {
  const dead: Message[] = [];
  return {
    async deliver(message: Message): Promise<Outcome> {
      try {
        await options.handler(message.body);
        return 'processed';
      } catch {
        return 'retry';
      }
    },
    deadLetters: (): Message[] => [...dead],
  };
}
