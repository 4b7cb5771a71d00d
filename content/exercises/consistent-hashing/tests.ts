import { test, assert } from 'roadbook:test';
import { HashRing } from 'solution';

const keys = Array.from({ length: 3000 }, (_, i) => `user:${i}`);

function ringOf(nodes: string[], options?: { replicas?: number }) {
  const ring = new HashRing(options);
  for (const n of nodes) ring.addNode(n);
  return ring;
}

function table(positions: Record<string, number>) {
  return (text: string) => {
    if (!(text in positions)) throw new Error(`test hash has no position for ${JSON.stringify(text)}`);
    return positions[text];
  };
}

test('an empty ring has no node for any key', () => {
  assert.equal(new HashRing().getNode('user:1'), undefined);
});

test('picks the first point at or after the key, wrapping around', () => {
  const hash = table({ 'a#0': 100, 'b#0': 200, 'c#0': 300, k50: 50, k100: 100, k150: 150, k250: 250, k301: 301 });
  const ring = new HashRing({ replicas: 1, hash });
  ring.addNode('a');
  ring.addNode('b');
  ring.addNode('c');
  assert.equal(ring.getNode('k50'), 'a');
  assert.equal(ring.getNode('k100'), 'a', 'a point exactly at the key counts');
  assert.equal(ring.getNode('k150'), 'b');
  assert.equal(ring.getNode('k250'), 'c');
  assert.equal(ring.getNode('k301'), 'a', 'past the last point wraps to the first');
});

test('gives each node one point per replica named node#i', () => {
  const hash = table({ 'a#0': 10, 'a#1': 500, 'b#0': 300, 'b#1': 900, k5: 5, k400: 400, k600: 600, k950: 950 });
  const ring = new HashRing({ replicas: 2, hash });
  ring.addNode('a');
  ring.addNode('b');
  assert.deepEqual(['k5', 'k400', 'k600', 'k950'].map((k) => ring.getNode(k)), ['a', 'a', 'b', 'a']);
});

test('maps the same key to the same node whatever the insertion order', () => {
  const one = ringOf(['cache-a', 'cache-b', 'cache-c']);
  const two = ringOf(['cache-c', 'cache-a', 'cache-b']);
  for (const key of keys) assert.equal(one.getNode(key), two.getNode(key), key);
});

test('spreads keys fairly evenly over the nodes', () => {
  const ring = ringOf(['cache-a', 'cache-b', 'cache-c']);
  const counts: Record<string, number> = {};
  for (const key of keys) {
    const node = ring.getNode(key) as string;
    counts[node] = (counts[node] ?? 0) + 1;
  }
  for (const node of ['cache-a', 'cache-b', 'cache-c']) {
    const share = (counts[node] ?? 0) / keys.length;
    assert.ok(share > 0.2 && share < 0.47, `${node} got ${Math.round(share * 100)}% of the keys`);
  }
});

test('removing a node only moves the keys it held', () => {
  const ring = ringOf(['cache-a', 'cache-b', 'cache-c']);
  const before = new Map(keys.map((k) => [k, ring.getNode(k)]));
  ring.removeNode('cache-b');
  assert.deepEqual(ring.nodes(), ['cache-a', 'cache-c']);
  for (const key of keys) {
    const was = before.get(key);
    if (was !== 'cache-b') assert.equal(ring.getNode(key), was, `${key} should have stayed on ${was}`);
    else assert.notEqual(ring.getNode(key), 'cache-b');
  }
});

test('adding a node moves about a quarter of the keys, all onto it', () => {
  const ring = ringOf(['cache-a', 'cache-b', 'cache-c']);
  const before = new Map(keys.map((k) => [k, ring.getNode(k)]));
  ring.addNode('cache-d');
  let moved = 0;
  for (const key of keys) {
    const now = ring.getNode(key);
    if (now !== before.get(key)) {
      moved++;
      assert.equal(now, 'cache-d', `${key} moved somewhere other than the new node`);
    }
  }
  assert.ok(moved > keys.length * 0.12 && moved < keys.length * 0.4, `${moved} of ${keys.length} keys moved`);
});

test('ignores duplicate adds and unknown removes', () => {
  const ring = ringOf(['cache-a', 'cache-b']);
  const before = keys.slice(0, 200).map((k) => ring.getNode(k));
  ring.addNode('cache-a');
  ring.removeNode('cache-z');
  assert.deepEqual(ring.nodes(), ['cache-a', 'cache-b']);
  assert.deepEqual(keys.slice(0, 200).map((k) => ring.getNode(k)), before);
  ring.removeNode('cache-a');
  ring.removeNode('cache-b');
  assert.equal(ring.getNode('user:1'), undefined);
});
