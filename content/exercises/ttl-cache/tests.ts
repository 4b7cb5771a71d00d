import { test, assert } from 'roadbook:test';
import { createTtlCache } from 'solution';

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

test('returns a value until its TTL runs out', () => {
  const c = clock();
  const cache = createTtlCache<string>({ ttlMs: 1000, now: c.now });
  cache.set('user:1', 'Ada');
  c.advance(999);
  assert.equal(cache.get('user:1'), 'Ada', 'still alive at 999 ms');
  c.advance(1);
  assert.equal(cache.get('user:1'), undefined, 'expired at exactly 1000 ms');
  assert.equal(cache.has('user:1'), false);
});

test('a per-entry TTL overrides the default', () => {
  const c = clock();
  const cache = createTtlCache<string>({ ttlMs: 1000, now: c.now });
  cache.set('short', 'x', 100);
  cache.set('long', 'y', 5000);
  c.advance(100);
  assert.equal(cache.get('short'), undefined);
  c.advance(3000);
  assert.equal(cache.get('long'), 'y');
});

test('writing a key again restarts its TTL', () => {
  const c = clock();
  const cache = createTtlCache<number>({ ttlMs: 1000, now: c.now });
  cache.set('n', 1);
  c.advance(800);
  cache.set('n', 2);
  c.advance(800);
  assert.equal(cache.get('n'), 2);
});

test('size counts only live entries', () => {
  const c = clock();
  const cache = createTtlCache<number>({ ttlMs: 1000, now: c.now });
  cache.set('a', 1);
  cache.set('b', 2, 50);
  cache.set('c', 3);
  assert.equal(cache.size(), 3);
  c.advance(50);
  assert.equal(cache.size(), 2);
  assert.equal(cache.delete('a'), true);
  assert.equal(cache.size(), 1);
});

test('getOrLoad uses the cache on a hit and the loader on a miss', async () => {
  const c = clock();
  const cache = createTtlCache<string>({ ttlMs: 1000, now: c.now });
  let calls = 0;
  const loader = async () => `loaded-${++calls}`;
  assert.equal(await cache.getOrLoad('k', loader), 'loaded-1');
  assert.equal(await cache.getOrLoad('k', loader), 'loaded-1');
  assert.equal(calls, 1, 'second call is a cache hit');
  c.advance(1000);
  assert.equal(await cache.getOrLoad('k', loader), 'loaded-2', 'reloads after expiry');
});

test('concurrent misses for one key share a single load', async () => {
  const cache = createTtlCache<string>({ ttlMs: 1000, now: clock().now });
  let calls = 0;
  const waiting: Array<(v: string) => void> = [];
  const loader = () => {
    calls++;
    return new Promise<string>((resolve) => { waiting.push(resolve); });
  };
  const first = cache.getOrLoad('hot', loader);
  const second = cache.getOrLoad('hot', loader);
  const third = cache.getOrLoad('hot', loader);
  for (const resolve of waiting) resolve('fresh');
  assert.deepEqual(await Promise.all([first, second, third]), ['fresh', 'fresh', 'fresh']);
  assert.equal(calls, 1, 'the loader ran once');
});

test('a failed load is shared, not cached, and retried next time', async () => {
  const cache = createTtlCache<string>({ ttlMs: 1000, now: clock().now });
  let calls = 0;
  const failing = async () => {
    calls++;
    throw new Error('database is down');
  };
  const a = cache.getOrLoad('k', failing);
  const b = cache.getOrLoad('k', failing);
  await assert.rejects(a, /database is down/);
  await assert.rejects(b, /database is down/);
  assert.equal(calls, 1, 'both callers shared one attempt');
  assert.equal(cache.has('k'), false);
  assert.equal(await cache.getOrLoad('k', async () => 'ok'), 'ok');
});

test('loads for different keys do not block each other', async () => {
  const cache = createTtlCache<string>({ ttlMs: 1000, now: clock().now });
  const never = new Promise<string>(() => {});
  void cache.getOrLoad('slow', () => never);
  assert.equal(await cache.getOrLoad('fast', async () => 'done'), 'done');
});
