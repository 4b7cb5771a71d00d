import { test, assert } from 'roadbook:test';
import { retry } from 'solution';

function recorder() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => { delays.push(ms); } };
}

function failTimes(n: number, value = 'ok') {
  const seen: number[] = [];
  const fn = async (attempt: number) => {
    seen.push(attempt);
    if (seen.length <= n) throw new Error(`failure ${seen.length}`);
    return value;
  };
  return { fn, seen };
}

test('returns the first successful result without waiting', async () => {
  const { delays, sleep } = recorder();
  const { fn, seen } = failTimes(0);
  assert.equal(await retry(fn, { retries: 3, baseDelayMs: 100, sleep }), 'ok');
  assert.deepEqual(seen, [1]);
  assert.deepEqual(delays, []);
});

test('doubles the delay after each failure', async () => {
  const { delays, sleep } = recorder();
  const { fn, seen } = failTimes(3);
  assert.equal(await retry(fn, { retries: 5, baseDelayMs: 100, sleep }), 'ok');
  assert.deepEqual(seen, [1, 2, 3, 4], 'attempt numbers start at 1');
  assert.deepEqual(delays, [100, 200, 400]);
});

test('caps each delay at maxDelayMs', async () => {
  const { delays, sleep } = recorder();
  const { fn } = failTimes(5);
  await retry(fn, { retries: 5, baseDelayMs: 100, maxDelayMs: 500, sleep });
  assert.deepEqual(delays, [100, 200, 400, 500, 500]);
});

test('gives up after retries + 1 attempts with the last error', async () => {
  const { delays, sleep } = recorder();
  const { fn, seen } = failTimes(10);
  await assert.rejects(retry(fn, { retries: 2, baseDelayMs: 50, sleep }), /failure 3/);
  assert.deepEqual(seen, [1, 2, 3]);
  assert.deepEqual(delays, [50, 100], 'no sleep after the final failure');
});

test('rejects with the very same error object', async () => {
  const boom = new Error('boom');
  let caught: unknown;
  try {
    await retry(async () => { throw boom; }, { retries: 1, baseDelayMs: 1, sleep: async () => {} });
  } catch (error) {
    caught = error;
  }
  assert.equal(caught, boom);
});

test('retries: 0 means a single attempt', async () => {
  const { delays, sleep } = recorder();
  const { fn, seen } = failTimes(1);
  await assert.rejects(retry(fn, { retries: 0, baseDelayMs: 100, sleep }), /failure 1/);
  assert.deepEqual(seen, [1]);
  assert.deepEqual(delays, []);
});

test('stops at once when shouldRetry says no', async () => {
  const { delays, sleep } = recorder();
  const seen: number[] = [];
  const fn = async (attempt: number) => {
    seen.push(attempt);
    throw new Error(attempt === 1 ? 'timeout' : 'bad request');
  };
  const shouldRetry = (error: unknown) => (error as Error).message === 'timeout';
  await assert.rejects(retry(fn, { retries: 5, baseDelayMs: 10, sleep, shouldRetry }), /bad request/);
  assert.deepEqual(seen, [1, 2]);
  assert.deepEqual(delays, [10]);
});

test('passes the error and attempt number to shouldRetry', async () => {
  const calls: Array<[string, number]> = [];
  const shouldRetry = (error: unknown, attempt: number) => {
    calls.push([(error as Error).message, attempt]);
    return true;
  };
  const { fn } = failTimes(2);
  await retry(fn, { retries: 3, baseDelayMs: 1, sleep: async () => {}, shouldRetry });
  assert.deepEqual(calls, [['failure 1', 1], ['failure 2', 2]]);
});
