import { test, assert } from 'roadbook:test';
import { createConsumer } from 'solution';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function recorder(failFor: (body: unknown) => boolean = () => false) {
  const calls: unknown[] = [];
  const handler = async (body: unknown) => {
    calls.push(body);
    if (failFor(body)) throw new Error(`could not handle ${JSON.stringify(body)}`);
  };
  return { calls, handler };
}

const msg = (id: string, attempt = 1, body: unknown = { id }) => ({ id, body, attempt });

test('processes a new message once', async () => {
  const r = recorder();
  const consumer = createConsumer({ handler: r.handler, maxAttempts: 3 });
  assert.equal(await consumer.deliver(msg('m1', 1, { orderId: 7 })), 'processed');
  assert.deepEqual(r.calls, [{ orderId: 7 }]);
});

test('skips a redelivered message that was already processed', async () => {
  const r = recorder();
  const consumer = createConsumer({ handler: r.handler, maxAttempts: 3 });
  await consumer.deliver(msg('m1'));
  assert.equal(await consumer.deliver(msg('m1')), 'duplicate');
  assert.equal(await consumer.deliver(msg('m1', 2)), 'duplicate');
  assert.equal(r.calls.length, 1, 'the handler ran once');
});

test('skips a duplicate that arrives while the first is still running', async () => {
  const finishers: Array<() => void> = [];
  let calls = 0;
  const handler = () => {
    calls++;
    return new Promise<void>((resolve) => { finishers.push(resolve); });
  };
  const consumer = createConsumer({ handler, maxAttempts: 3 });
  const first = consumer.deliver(msg('m1'));
  const second = consumer.deliver(msg('m1'));
  await tick();
  for (const finish of finishers) finish();
  assert.equal(await second, 'duplicate');
  assert.equal(await first, 'processed');
  assert.equal(calls, 1);
});

test('asks for a retry and processes the redelivery', async () => {
  let failing = true;
  const r = recorder(() => failing);
  const consumer = createConsumer({ handler: r.handler, maxAttempts: 3 });
  assert.equal(await consumer.deliver(msg('m1', 1)), 'retry');
  failing = false;
  assert.equal(await consumer.deliver(msg('m1', 2)), 'processed');
  assert.equal(r.calls.length, 2);
  assert.deepEqual(consumer.deadLetters(), []);
});

test('dead-letters a message that fails on its last attempt', async () => {
  const r = recorder(() => true);
  const consumer = createConsumer({ handler: r.handler, maxAttempts: 2 });
  assert.equal(await consumer.deliver(msg('poison', 1)), 'retry');
  assert.equal(await consumer.deliver(msg('poison', 2)), 'dead-letter');
  assert.deepEqual(consumer.deadLetters(), [msg('poison', 2)]);
  assert.equal(await consumer.deliver(msg('poison', 3)), 'duplicate', 'a dead-lettered id counts as finished');
  assert.equal(r.calls.length, 2);
});

test('treats a handler that throws synchronously as a failure', async () => {
  const handler = ((body: unknown) => {
    throw new Error(`bad body ${JSON.stringify(body)}`);
  }) as unknown as (body: unknown) => Promise<void>;
  const consumer = createConsumer({ handler, maxAttempts: 1 });
  assert.equal(await consumer.deliver(msg('m1')), 'dead-letter');
  assert.equal(consumer.deadLetters().length, 1);
});

test('keeps dead letters in order', async () => {
  const r = recorder(() => true);
  const consumer = createConsumer({ handler: r.handler, maxAttempts: 1 });
  await consumer.deliver(msg('b'));
  await consumer.deliver(msg('a'));
  assert.deepEqual(consumer.deadLetters().map((m) => m.id), ['b', 'a']);
});

test('remembers only the most recent seenLimit ids', async () => {
  const r = recorder();
  const consumer = createConsumer({ handler: r.handler, maxAttempts: 3, seenLimit: 2 });
  for (const id of ['a', 'b', 'c']) await consumer.deliver(msg(id));
  assert.equal(await consumer.deliver(msg('c')), 'duplicate');
  assert.equal(await consumer.deliver(msg('b')), 'duplicate');
  assert.equal(await consumer.deliver(msg('a')), 'processed', 'a was forgotten and runs again');
  assert.equal(r.calls.length, 4);
});
