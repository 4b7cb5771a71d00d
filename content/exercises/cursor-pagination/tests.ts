import { test, assert } from 'roadbook:test';
import { paginate } from 'solution';

function make(ids: number[]) {
  return ids.map((id) => ({ id, name: `item ${id}` }));
}
const ids = (page: { items: Array<{ id: number }> }) => page.items.map((i) => i.id);

test('returns the first page and a cursor for the next', () => {
  const page = paginate(make([1, 2, 3, 4, 5]), { limit: 2 });
  assert.deepEqual(ids(page), [1, 2]);
  assert.equal(typeof page.nextCursor, 'string');
});

test('walks through every item exactly once', () => {
  const items = make([2, 3, 5, 8, 13, 21, 34]);
  const seen: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = paginate(items, { limit: 3, cursor });
    seen.push(...ids(page));
    cursor = page.nextCursor;
    pages++;
  } while (cursor !== null && pages < 10);
  assert.deepEqual(seen, [2, 3, 5, 8, 13, 21, 34]);
  assert.equal(pages, 3);
});

test('the last page has no next cursor, even when it is exactly full', () => {
  const items = make([1, 2, 3, 4]);
  const first = paginate(items, { limit: 2 });
  const second = paginate(items, { limit: 2, cursor: first.nextCursor });
  assert.deepEqual(ids(second), [3, 4]);
  assert.equal(second.nextCursor, null);
});

test('defaults to 20 items and clamps the limit to 100', () => {
  const items = make(Array.from({ length: 150 }, (_, i) => i + 1));
  assert.equal(paginate(items).items.length, 20);
  assert.equal(paginate(items, { limit: 500 }).items.length, 100);
});

test('continues after the last seen id when earlier items were removed', () => {
  const items = make([1, 2, 3, 4, 5, 6]);
  const first = paginate(items, { limit: 3 });
  const afterDelete = items.filter((i) => i.id !== 2);
  const second = paginate(afterDelete, { limit: 3, cursor: first.nextCursor });
  assert.deepEqual(ids(second), [4, 5, 6], 'no item skipped');
});

test('does not repeat items when new ones appear before the cursor', () => {
  const items = make([10, 20, 30, 40]);
  const first = paginate(items, { limit: 2 });
  const grown = make([1, 5, 10, 20, 30, 40]);
  const second = paginate(grown, { limit: 2, cursor: first.nextCursor });
  assert.deepEqual(ids(second), [30, 40]);
});

test('rejects a limit that is not a positive whole number', () => {
  const items = make([1, 2]);
  assert.throws(() => paginate(items, { limit: 0 }), RangeError);
  assert.throws(() => paginate(items, { limit: -5 }), RangeError);
  assert.throws(() => paginate(items, { limit: 2.5 }), RangeError);
});

test('rejects cursors it did not make', () => {
  const items = make([1, 2, 3]);
  assert.throws(() => paginate(items, { cursor: 'hello' }), /cursor/i);
  assert.throws(() => paginate(items, { cursor: btoa('{"after":"x"}') }), /cursor/i);
  assert.throws(() => paginate(items, { cursor: btoa('not json') }), /cursor/i);
});

test('does not modify the input array', () => {
  const items = make([1, 2, 3]);
  const copy = JSON.stringify(items);
  paginate(items, { limit: 1 });
  assert.equal(JSON.stringify(items), copy);
});
