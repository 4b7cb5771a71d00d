import { test, assert } from 'roadbook:test';
import { createIdempotencyStore, IdempotencyConflictError } from 'solution';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function counter() {
  let runs = 0;
  return {
    op: async () => ({ paymentId: `p_${++runs}` }),
    runs: () => runs,
  };
}

test('runs the operation the first time', async () => {
  const store = createIdempotencyStore<{ paymentId: string }>({ ttlMs: 1000, now: () => 0 });
  const c = counter();
  assert.deepEqual(await store.execute('k1', 'f1', c.op), { result: { paymentId: 'p_1' }, replayed: false });
  assert.equal(c.runs(), 1);
});

test('replays the stored result for a repeated request', async () => {
  const store = createIdempotencyStore<{ paymentId: string }>({ ttlMs: 1000, now: () => 0 });
  const c = counter();
  await store.execute('k1', 'f1', c.op);
  assert.deepEqual(await store.execute('k1', 'f1', c.op), { result: { paymentId: 'p_1' }, replayed: true });
  assert.equal(c.runs(), 1, 'the card was charged once');
});

test('rejects a reused key with a different fingerprint', async () => {
  const store = createIdempotencyStore<{ paymentId: string }>({ ttlMs: 1000, now: () => 0 });
  const c = counter();
  await store.execute('k1', 'f1', c.op);
  await assert.rejects(store.execute('k1', 'other-body', c.op), IdempotencyConflictError);
  assert.equal(c.runs(), 1);
});

test('a duplicate that arrives mid-flight waits for the first run', async () => {
  const store = createIdempotencyStore<string>({ ttlMs: 1000, now: () => 0 });
  let runs = 0;
  const finishers: Array<(v: string) => void> = [];
  const slow = () => {
    runs++;
    return new Promise<string>((resolve) => { finishers.push(resolve); });
  };
  const first = store.execute('k', 'f', slow);
  const second = store.execute('k', 'f', slow);
  await tick();
  for (const finish of finishers) finish('done');
  assert.deepEqual(await first, { result: 'done', replayed: false });
  assert.deepEqual(await second, { result: 'done', replayed: true });
  assert.equal(runs, 1);
});

test('a conflicting request mid-flight is rejected', async () => {
  const store = createIdempotencyStore<string>({ ttlMs: 1000, now: () => 0 });
  let finish: (v: string) => void = () => {};
  const first = store.execute('k', 'f', () => new Promise<string>((resolve) => { finish = resolve; }));
  await assert.rejects(store.execute('k', 'different', async () => 'nope'), IdempotencyConflictError);
  await tick();
  finish('ok');
  assert.deepEqual(await first, { result: 'ok', replayed: false });
});

test('a failure is shared with waiters but not remembered', async () => {
  const store = createIdempotencyStore<string>({ ttlMs: 1000, now: () => 0 });
  let runs = 0;
  const failers: Array<(e: Error) => void> = [];
  const flaky = () => {
    runs++;
    return new Promise<string>((_, reject) => { failers.push(reject); });
  };
  const first = store.execute('k', 'f', flaky);
  const second = store.execute('k', 'f', flaky);
  await tick();
  for (const fail of failers) fail(new Error('card declined'));
  await assert.rejects(first, /card declined/);
  await assert.rejects(second, /card declined/);
  assert.equal(runs, 1);
  assert.deepEqual(await store.execute('k', 'f', async () => 'second try'), { result: 'second try', replayed: false });
});

test('forgets a result once its TTL has passed', async () => {
  let t = 0;
  const store = createIdempotencyStore<{ paymentId: string }>({ ttlMs: 1000, now: () => t });
  const c = counter();
  await store.execute('k', 'f', c.op);
  t = 999;
  assert.equal((await store.execute('k', 'f', c.op)).replayed, true);
  t = 1000;
  assert.deepEqual(await store.execute('k', 'other', c.op), { result: { paymentId: 'p_2' }, replayed: false });
});

test('keeps keys independent', async () => {
  const store = createIdempotencyStore<{ paymentId: string }>({ ttlMs: 1000, now: () => 0 });
  const c = counter();
  await store.execute('a', 'f', c.op);
  assert.deepEqual(await store.execute('b', 'f', c.op), { result: { paymentId: 'p_2' }, replayed: false });
});
