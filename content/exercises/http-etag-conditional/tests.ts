import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

async function sha256Tag(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `"${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

function get(slug: string, headers: Record<string, string> = {}): Promise<Response> {
  return handle(new Request(`http://localhost/articles/${slug}`, { headers }));
}

function put(slug: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return handle(
    new Request(`http://localhost/articles/${slug}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

test('GET sends a SHA-256 ETag of the body and Cache-Control: no-cache', async () => {
  const res = await get('etags');
  assert.equal(res.status, 200);
  const text = await res.text();
  assert.deepEqual(JSON.parse(text), { slug: 'etags', title: 'ETags', body: 'An ETag identifies one version of a resource.' });
  assert.equal(res.headers.get('etag'), await sha256Tag(text));
  assert.equal(res.headers.get('cache-control'), 'no-cache');
});

test('a matching If-None-Match gets 304 with no body', async () => {
  const etag = (await get('etags')).headers.get('etag') as string;
  const res = await get('etags', { 'if-none-match': etag });
  assert.equal(res.status, 304);
  assert.equal(await res.text(), '');
  assert.equal(res.headers.get('etag'), etag);
  assert.equal(res.headers.get('cache-control'), 'no-cache');
});

test('a stale If-None-Match gets the full 200', async () => {
  const res = await get('etags', { 'if-none-match': '"0123456789abcdef"' });
  assert.equal(res.status, 200);
  assert.ok((await res.text()).length > 0);
});

test('If-None-Match accepts lists, weak tags and *', async () => {
  const etag = (await get('status-304')).headers.get('etag') as string;
  assert.equal((await get('status-304', { 'if-none-match': `"aaa", W/${etag}` })).status, 304);
  assert.equal((await get('status-304', { 'if-none-match': '*' })).status, 304);
});

test('PUT without If-Match is refused with 428', async () => {
  const res = await put('http-caching', { title: 'x', body: 'y' });
  assert.equal(res.status, 428);
  const after = await (await get('http-caching')).json();
  assert.equal(after.title, 'HTTP caching', 'nothing changed');
});

test('PUT with an outdated If-Match is refused with 412', async () => {
  const res = await put('http-caching', { title: 'x', body: 'y' }, { 'if-match': '"not-the-current-tag"' });
  assert.equal(res.status, 412);
  const after = await (await get('http-caching')).json();
  assert.equal(after.title, 'HTTP caching', 'nothing changed');
});

test('PUT with the current ETag updates and returns the new ETag', async () => {
  const before = await get('http-caching');
  const oldTag = before.headers.get('etag') as string;
  const res = await put('http-caching', { title: 'HTTP caching, revised', body: 'Validators save bandwidth.' }, { 'if-match': oldTag });
  assert.equal(res.status, 200);
  const text = await res.text();
  const newTag = res.headers.get('etag') as string;
  assert.notEqual(newTag, oldTag);
  assert.equal(newTag, await sha256Tag(text));
  assert.equal((await get('http-caching', { 'if-none-match': oldTag })).status, 200, 'the old tag is stale now');
  assert.equal((await get('http-caching', { 'if-none-match': newTag })).status, 304);
});

test('PUT rejects a malformed body with 400', async () => {
  const etag = (await get('status-304')).headers.get('etag') as string;
  assert.equal((await put('status-304', '{oops', { 'if-match': etag })).status, 400);
  assert.equal((await put('status-304', { title: 'only a title' }, { 'if-match': etag })).status, 400);
});

test('unknown articles get 404 and other methods 405', async () => {
  assert.equal((await get('nope')).status, 404);
  const res = await handle(new Request('http://localhost/articles/etags', { method: 'DELETE' }));
  assert.equal(res.status, 405);
  assert.equal(res.headers.get('allow'), 'GET, PUT');
});
