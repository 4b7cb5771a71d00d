import { test, assert } from 'roadbook:test';
import { createRateLimiter } from 'solution';

function setup(capacity: number, refillPerSecond: number) {
  let t = 1_000_000;
  const limiter = createRateLimiter({ capacity, refillPerSecond, now: () => t });
  return { limiter, advance: (ms: number) => { t += ms; } };
}

test('allows a burst up to the capacity, then refuses', () => {
  const { limiter } = setup(3, 1);
  assert.deepEqual(limiter.take('a'), { allowed: true, remaining: 2, retryAfterMs: 0 });
  assert.deepEqual(limiter.take('a'), { allowed: true, remaining: 1, retryAfterMs: 0 });
  assert.deepEqual(limiter.take('a'), { allowed: true, remaining: 0, retryAfterMs: 0 });
  assert.equal(limiter.take('a').allowed, false);
});

test('tells a refused caller how long to wait', () => {
  const { limiter, advance } = setup(2, 1);
  limiter.take('a');
  limiter.take('a');
  assert.deepEqual(limiter.take('a'), { allowed: false, remaining: 0, retryAfterMs: 1000 });
  advance(400);
  assert.deepEqual(limiter.take('a'), { allowed: false, remaining: 0, retryAfterMs: 600 });
});

test('refills over time, including fractions of a token', () => {
  const { limiter, advance } = setup(4, 2);
  for (let i = 0; i < 4; i++) limiter.take('a');
  advance(250);
  assert.equal(limiter.take('a').allowed, false, 'half a token is not enough');
  advance(250);
  assert.deepEqual(limiter.take('a'), { allowed: true, remaining: 0, retryAfterMs: 0 });
});

test('never holds more than the capacity', () => {
  const { limiter, advance } = setup(2, 1);
  limiter.take('a');
  advance(60_000);
  assert.deepEqual(limiter.take('a'), { allowed: true, remaining: 1, retryAfterMs: 0 });
  assert.equal(limiter.take('a').allowed, true);
  assert.equal(limiter.take('a').allowed, false);
});

test('keeps a separate bucket per key', () => {
  const { limiter } = setup(1, 1);
  assert.equal(limiter.take('alice').allowed, true);
  assert.equal(limiter.take('alice').allowed, false);
  assert.equal(limiter.take('bob').allowed, true);
});

test('a refused request does not use up tokens', () => {
  const { limiter, advance } = setup(5, 1);
  limiter.take('a', 4);
  assert.deepEqual(limiter.take('a', 3), { allowed: false, remaining: 1, retryAfterMs: 2000 });
  advance(2000);
  assert.deepEqual(limiter.take('a', 3), { allowed: true, remaining: 0, retryAfterMs: 0 });
});

test('rounds the wait up to a whole millisecond', () => {
  const { limiter } = setup(1, 3);
  limiter.take('a');
  assert.equal(limiter.take('a').retryAfterMs, 334);
});

test('rejects a cost bigger than the capacity', () => {
  const { limiter } = setup(2, 1);
  assert.throws(() => limiter.take('a', 3), RangeError);
});
