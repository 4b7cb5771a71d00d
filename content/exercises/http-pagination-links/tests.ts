import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

const BASE = 'http://localhost/items';

function get(query = '', method = 'GET'): Promise<Response> {
  return handle(new Request(`${BASE}${query}`, { method }));
}

function links(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const piece of (res.headers.get('link') ?? '').split(', ')) {
    const m = /^<([^>]+)>; rel="([a-z]+)"$/.exec(piece);
    if (m) out[m[2]] = m[1];
  }
  return out;
}

test('serves the first page of 10 by default', async () => {
  const res = await get();
  assert.equal(res.status, 200);
  const items = await res.json();
  assert.deepEqual(items.map((i: { id: number }) => i.id), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.equal(res.headers.get('x-total-count'), '95');
});

test('serves the requested page and size', async () => {
  const items = await (await get('?page=3&per_page=20')).json();
  assert.equal(items.length, 20);
  assert.equal(items[0].id, 41);
  assert.equal(items[19].id, 60);
});

test('the first page links to next and last but not prev', async () => {
  const res = await get('?per_page=30');
  assert.deepEqual(links(res), {
    first: `${BASE}?page=1&per_page=30`,
    next: `${BASE}?page=2&per_page=30`,
    last: `${BASE}?page=4&per_page=30`,
  });
});

test('a middle page has all four links in order', async () => {
  const res = await get('?page=2&per_page=30');
  assert.equal(
    res.headers.get('link'),
    `<${BASE}?page=1&per_page=30>; rel="first", <${BASE}?page=1&per_page=30>; rel="prev", ` +
      `<${BASE}?page=3&per_page=30>; rel="next", <${BASE}?page=4&per_page=30>; rel="last"`,
  );
});

test('the last page is partial and has no next link', async () => {
  const res = await get('?page=10');
  const items = await res.json();
  assert.deepEqual(items.map((i: { id: number }) => i.id), [91, 92, 93, 94, 95]);
  assert.deepEqual(links(res), {
    first: `${BASE}?page=1&per_page=10`,
    prev: `${BASE}?page=9&per_page=10`,
    last: `${BASE}?page=10&per_page=10`,
  });
});

test('a page past the end is empty with first and last links', async () => {
  const res = await get('?page=12');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), []);
  assert.deepEqual(links(res), { first: `${BASE}?page=1&per_page=10`, last: `${BASE}?page=10&per_page=10` });
});

test('rejects malformed or out-of-range parameters with 400', async () => {
  for (const query of ['?page=0', '?page=-1', '?page=two', '?page=1.5', '?per_page=0', '?per_page=51', '?per_page=', '?page=2e1']) {
    const res = await get(query);
    assert.equal(res.status, 400, query);
    const body = await res.json();
    assert.match(body.error, /page|per_page/, query);
  }
  assert.equal((await get('?per_page=50')).status, 200, 'per_page=50 is allowed');
});

test('answers other methods with 405 and other paths with 404', async () => {
  const res = await get('', 'POST');
  assert.equal(res.status, 405);
  assert.equal(res.headers.get('allow'), 'GET');
  assert.equal((await handle(new Request('http://localhost/things'))).status, 404);
});
