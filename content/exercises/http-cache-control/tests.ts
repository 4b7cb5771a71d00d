import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

function req(path: string, method = 'GET'): Promise<Response> {
  return handle(new Request(`http://localhost${path}`, { method }));
}

async function cacheControl(path: string): Promise<string | null> {
  const res = await req(path);
  return res.headers.get('cache-control');
}

test('fingerprinted assets are cached for a year and immutable', async () => {
  const res = await req('/assets/app.3f9a2c1b.js');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(await res.text(), 'console.log("shop ready");');
  assert.equal(await cacheControl('/assets/style.77aa01ffe0.css'), 'public, max-age=31536000, immutable');
});

test('assets without a hash in the name are cached for an hour', async () => {
  assert.equal(await cacheControl('/assets/logo.png'), 'public, max-age=3600');
  assert.equal(await cacheControl('/assets/app.js'), 'public, max-age=3600');
});

test('the HTML page must be revalidated every time', async () => {
  assert.equal(await cacheControl('/index.html'), 'no-cache');
  const root = await req('/');
  assert.equal(root.status, 200);
  assert.equal(root.headers.get('cache-control'), 'no-cache');
  assert.match(await root.text(), /<title>Shop<\/title>/);
});

test('shared API data is fresh for a minute and may be served stale', async () => {
  assert.equal(await cacheControl('/api/products'), 'public, max-age=60, stale-while-revalidate=300');
});

test('personal data is private and never stored', async () => {
  assert.equal(await cacheControl('/api/me'), 'private, no-store');
});

test('missing files get 404 with no-store', async () => {
  const res = await req('/assets/missing.js');
  assert.equal(res.status, 404);
  assert.equal(res.headers.get('cache-control'), 'no-store');
});

test('sends a Content-Type for each kind of file', async () => {
  const expected: Record<string, string> = {
    '/index.html': 'text/html; charset=utf-8',
    '/assets/app.3f9a2c1b.js': 'text/javascript; charset=utf-8',
    '/assets/style.77aa01ffe0.css': 'text/css; charset=utf-8',
    '/assets/logo.png': 'image/png',
    '/api/me': 'application/json',
  };
  for (const [path, type] of Object.entries(expected)) {
    assert.equal((await req(path)).headers.get('content-type'), type, path);
  }
});

test('HEAD returns the headers without a body', async () => {
  const res = await req('/assets/app.3f9a2c1b.js', 'HEAD');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(await res.text(), '');
});

test('other methods get 405 with Allow', async () => {
  const res = await req('/api/products', 'POST');
  assert.equal(res.status, 405);
  assert.equal(res.headers.get('allow'), 'GET, HEAD');
});
