import { test, assert } from 'roadbook:test';
import { LruCache } from 'solution';

test('stores and returns values', () => {
  const cache = new LruCache<string, number>(3);
  cache.set('a', 1).set('b', 2);
  assert.equal(cache.get('a'), 1);
  assert.equal(cache.get('b'), 2);
  assert.equal(cache.get('zzz'), undefined);
  assert.equal(cache.size, 2);
});

test('evicts the least recently used entry when full', () => {
  const cache = new LruCache<string, number>(2);
  cache.set('a', 1).set('b', 2).set('c', 3);
  assert.equal(cache.has('a'), false, 'a was the oldest');
  assert.deepEqual(cache.keys(), ['b', 'c']);
  assert.equal(cache.size, 2);
});

test('get refreshes a key so it survives the next eviction', () => {
  const cache = new LruCache<string, number>(2);
  cache.set('a', 1).set('b', 2);
  cache.get('a');
  cache.set('c', 3);
  assert.deepEqual(cache.keys(), ['a', 'c']);
});

test('peek and has do not change the order', () => {
  const cache = new LruCache<string, number>(2);
  cache.set('a', 1).set('b', 2);
  assert.equal(cache.peek('a'), 1);
  assert.equal(cache.has('a'), true);
  cache.set('c', 3);
  assert.deepEqual(cache.keys(), ['b', 'c']);
});

test('overwriting a key refreshes it without evicting', () => {
  const evicted: string[] = [];
  const cache = new LruCache<string, number>(2, (k) => evicted.push(k));
  cache.set('a', 1).set('b', 2).set('a', 10);
  assert.deepEqual(cache.keys(), ['b', 'a']);
  assert.equal(cache.get('a'), 10);
  assert.deepEqual(evicted, []);
});

test('calls onEvict with the evicted key and value only on eviction', () => {
  const evicted: Array<[string, number]> = [];
  const cache = new LruCache<string, number>(1, (k, v) => evicted.push([k, v]));
  cache.set('a', 1).set('b', 2);
  cache.delete('b');
  cache.set('c', 3).set('d', 4);
  assert.deepEqual(evicted, [['a', 1], ['c', 3]]);
});

test('keeps falsy values', () => {
  const cache = new LruCache<string, unknown>(3);
  cache.set('zero', 0).set('empty', '').set('nothing', null);
  assert.equal(cache.get('zero'), 0);
  assert.equal(cache.get('empty'), '');
  assert.equal(cache.get('nothing'), null);
  assert.deepEqual(cache.keys(), ['zero', 'empty', 'nothing']);
});

test('delete removes an entry and reports whether it existed', () => {
  const cache = new LruCache<string, number>(2);
  cache.set('a', 1);
  assert.equal(cache.delete('a'), true);
  assert.equal(cache.delete('a'), false);
  assert.equal(cache.size, 0);
});

test('rejects a capacity that is not a positive whole number', () => {
  assert.throws(() => new LruCache(0), RangeError);
  assert.throws(() => new LruCache(-1), RangeError);
  assert.throws(() => new LruCache(1.5), RangeError);
});
