import { test, assert } from 'roadbook:test';
import { createCircuitBreaker, CircuitOpenError } from 'solution';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function harness(threshold = 3, resetMs = 1000) {
  let t = 0;
  let calls = 0;
  let mode: 'ok' | 'fail' = 'fail';
  const fn = async (x: number) => {
    calls++;
    if (mode === 'fail') throw new Error(`upstream failed on ${x}`);
    return x * 2;
  };
  const breaker = createCircuitBreaker(fn, { failureThreshold: threshold, resetTimeoutMs: resetMs, now: () => t });
  return {
    breaker,
    advance: (ms: number) => { t += ms; },
    setMode: (m: 'ok' | 'fail') => { mode = m; },
    calls: () => calls,
  };
}

async function failTimes(breaker: { call(x: number): Promise<number> }, n: number) {
  for (let i = 0; i < n; i++) await assert.rejects(breaker.call(i), /upstream failed/);
}

test('passes calls and results through while closed', async () => {
  const h = harness();
  h.setMode('ok');
  assert.equal(await h.breaker.call(21), 42);
  assert.equal(h.breaker.state(), 'closed');
});

test('passes the original error through while closed', async () => {
  const h = harness();
  await assert.rejects(h.breaker.call(7), /upstream failed on 7/);
  assert.equal(h.breaker.state(), 'closed', 'one failure is below the threshold');
});

test('opens after the threshold of consecutive failures', async () => {
  const h = harness(3);
  await failTimes(h.breaker, 3);
  assert.equal(h.breaker.state(), 'open');
});

test('a success resets the failure count', async () => {
  const h = harness(3);
  await failTimes(h.breaker, 2);
  h.setMode('ok');
  await h.breaker.call(1);
  h.setMode('fail');
  await failTimes(h.breaker, 2);
  assert.equal(h.breaker.state(), 'closed');
});

test('fails fast without calling the function while open', async () => {
  const h = harness(2);
  await failTimes(h.breaker, 2);
  const before = h.calls();
  await assert.rejects(h.breaker.call(1), CircuitOpenError);
  h.advance(999);
  await assert.rejects(h.breaker.call(1), CircuitOpenError);
  assert.equal(h.calls(), before, 'the wrapped function was not called');
});

test('turns half-open after the reset timeout and closes on a good trial', async () => {
  const h = harness(2, 1000);
  await failTimes(h.breaker, 2);
  h.advance(1000);
  assert.equal(h.breaker.state(), 'half-open');
  h.setMode('ok');
  assert.equal(await h.breaker.call(5), 10);
  assert.equal(h.breaker.state(), 'closed');
});

test('a failed trial opens the circuit again for a full timeout', async () => {
  const h = harness(2, 1000);
  await failTimes(h.breaker, 2);
  h.advance(1500);
  await assert.rejects(h.breaker.call(1), /upstream failed/);
  assert.equal(h.breaker.state(), 'open');
  h.advance(999);
  assert.equal(h.breaker.state(), 'open', 'the cool-down restarted at the failed trial');
  h.advance(1);
  assert.equal(h.breaker.state(), 'half-open');
});

test('lets only one trial call through at a time', async () => {
  let t = 0;
  const releases: Array<() => void> = [];
  let calls = 0;
  let slow = false;
  const fn = async () => {
    calls++;
    if (!slow) throw new Error('down');
    await new Promise<void>((resolve) => { releases.push(resolve); });
    return 'back';
  };
  const breaker = createCircuitBreaker(fn, { failureThreshold: 1, resetTimeoutMs: 100, now: () => t });
  await assert.rejects(breaker.call(), /down/);
  t = 100;
  slow = true;
  const trial = breaker.call();
  const second = breaker.call().then(
    () => 'it ran',
    (error: unknown) => error,
  );
  await tick();
  for (const release of releases) release();
  assert.ok((await second) instanceof CircuitOpenError, 'a second call during the trial fails fast');
  assert.equal(await trial, 'back');
  assert.equal(calls, 2);
  assert.equal(breaker.state(), 'closed');
});
