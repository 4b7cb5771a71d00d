import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

const valid = { customerEmail: 'ada@example.com', items: [{ sku: 'BOK-042', quantity: 2 }, { sku: 'PEN-001', quantity: 3 }] };

function post(body: unknown, contentType = 'application/json', path = '/orders'): Promise<Response> {
  return handle(
    new Request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

async function problemOf(res: Response, status: number) {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = await res.json();
  assert.equal(typeof body.type, 'string', 'problem has a type');
  assert.equal(typeof body.title, 'string', 'problem has a title');
  assert.equal(body.status, status, 'problem repeats the status');
  return body;
}

async function pointers(body: unknown): Promise<string[]> {
  const problem = await problemOf(await post(body), 422);
  assert.ok(Array.isArray(problem.errors), 'a 422 lists its errors');
  for (const e of problem.errors) assert.ok(typeof e.detail === 'string' && e.detail.length > 0, `detail for ${e.pointer}`);
  return problem.errors.map((e: { pointer: string }) => e.pointer);
}

test('accepts a valid order with 201 and a Location', async () => {
  const res = await post({ ...valid, couponCode: 'SPRING24' }, 'application/json; charset=utf-8');
  assert.equal(res.status, 201);
  const body = await res.json();
  assert.equal(body.itemCount, 5);
  assert.equal(typeof body.id, 'string');
  assert.equal(res.headers.get('location'), `/orders/${body.id}`);
});

test('rejects a body that is not JSON with 400', async () => {
  await problemOf(await post('{"customerEmail": '), 400);
});

test('rejects other content types with 415', async () => {
  await problemOf(await post('customerEmail=ada%40example.com', 'application/x-www-form-urlencoded'), 415);
  await problemOf(await post(JSON.stringify(valid), 'text/plain'), 415);
});

test('answers other methods with 405 and Allow: POST', async () => {
  const res = await handle(new Request('http://localhost/orders'));
  await problemOf(res, 405);
  assert.equal(res.headers.get('allow'), 'POST');
});

test('answers unknown paths with a 404 problem', async () => {
  await problemOf(await post(valid, 'application/json', '/carts'), 404);
});

test('rejects JSON that is not an object with pointer ""', async () => {
  assert.deepEqual(await pointers([valid]), ['']);
  assert.deepEqual(await pointers('"hello"'), ['']);
});

test('points at each invalid top-level field', async () => {
  assert.deepEqual(await pointers({}), ['/customerEmail', '/items']);
  assert.deepEqual(await pointers({ ...valid, customerEmail: 'ada.example.com' }), ['/customerEmail']);
  assert.deepEqual(await pointers({ ...valid, items: [] }), ['/items']);
  assert.deepEqual(await pointers({ ...valid, couponCode: 'no spaces!' }), ['/couponCode']);
});

test('points inside the items array', async () => {
  const items = [
    { sku: 'BOK-042', quantity: 0 },
    { sku: 'bok-42', quantity: 1 },
    { sku: 'PEN-001', quantity: 2.5 },
    'not an item',
  ];
  assert.deepEqual(await pointers({ ...valid, items }), [
    '/items/0/quantity',
    '/items/1/sku',
    '/items/2/quantity',
    '/items/3/sku',
    '/items/3/quantity',
  ]);
});

test('lists every problem at once, in order', async () => {
  assert.deepEqual(
    await pointers({ customerEmail: 42, items: [{ sku: 'BOK-042', quantity: 100 }], couponCode: 'x' }),
    ['/customerEmail', '/items/0/quantity', '/couponCode'],
  );
});
