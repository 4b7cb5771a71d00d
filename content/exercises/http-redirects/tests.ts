import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

function call(path: string, method = 'GET', body?: string): Promise<Response> {
  return handle(new Request(`http://localhost${path}`, { method, body, redirect: 'manual' }));
}

async function expectRedirect(path: string, status: number, location: string, method = 'GET') {
  const res = await call(path, method, method === 'GET' ? undefined : '{}');
  assert.equal(res.status, status, `${method} ${path} status`);
  assert.equal(res.headers.get('location'), location, `${method} ${path} Location`);
}

test('a moved blog post is a permanent 301', async () => {
  await expectRedirect('/old-blog/http-caching', 301, '/blog/http-caching');
});

test('keeps the query string on redirects', async () => {
  await expectRedirect('/old-blog/http-caching?ref=rss&page=2', 301, '/blog/http-caching?ref=rss&page=2');
  await expectRedirect('/api/v1/orders?limit=5', 307, '/api/v2/orders?limit=5');
});

test('a temporary API move keeps the method with 307', async () => {
  await expectRedirect('/api/v1/orders/42', 307, '/api/v2/orders/42');
  await expectRedirect('/api/v1/orders', 307, '/api/v2/orders', 'POST');
  await expectRedirect('/api/v1/orders/42', 307, '/api/v2/orders/42', 'DELETE');
});

test('a login form post is followed by 303 See Other', async () => {
  await expectRedirect('/login', 303, '/account', 'POST');
  assert.equal((await call('/login')).status, 200, 'GET /login just shows the page');
});

test('a campaign link is a temporary 302', async () => {
  await expectRedirect('/promo', 302, '/sale/summer');
});

test('a trailing slash is removed with 308, method and all', async () => {
  await expectRedirect('/blog/http-caching/', 308, '/blog/http-caching');
  await expectRedirect('/api/orders/?dry_run=1', 308, '/api/orders?dry_run=1', 'POST');
  await expectRedirect('/old-blog/hello/', 308, '/old-blog/hello');
});

test('the link hopper only follows same-site paths', async () => {
  await expectRedirect('/go?to=%2Fblog%2Fhello%3Fx%3D1', 302, '/blog/hello?x=1');
  for (const target of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'blog/hello', '']) {
    const res = await call(`/go?to=${encodeURIComponent(target)}`);
    assert.equal(res.status, 400, `to=${target}`);
    assert.equal(res.headers.get('location'), null, `to=${target} must not redirect`);
  }
  assert.equal((await call('/go')).status, 400, 'no target at all');
});

test('serves other pages without redirecting', async () => {
  for (const path of ['/', '/blog/hello', '/account']) {
    const res = await call(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('location'), null, path);
  }
});
