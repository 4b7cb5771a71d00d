import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

const BASE = 'http://localhost:3000';

test('answers GET /health with 200 and a JSON status', async () => {
  const response = await handle(new Request(`${BASE}/health`));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  assert.deepEqual(await response.json(), { status: 'ok' });
});

test('tells caches not to store the answer', async () => {
  const response = await handle(new Request(`${BASE}/health`));
  assert.equal(response.headers.get('cache-control'), 'no-store');
});

test('ignores the query string when routing', async () => {
  const response = await handle(new Request(`${BASE}/health?verbose=1`));
  assert.equal(response.status, 200);
});

test('refuses other methods with 405 and an Allow header', async () => {
  const response = await handle(new Request(`${BASE}/health`, { method: 'POST', body: '{}' }));
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'GET');
});

test('answers unknown paths with a JSON 404', async () => {
  const response = await handle(new Request(`${BASE}/status`));
  assert.equal(response.status, 404);
  assert.deepEqual(await response.json(), { error: 'not found' });
});
