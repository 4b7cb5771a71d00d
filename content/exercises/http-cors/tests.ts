import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

const APP = 'https://app.example.com';

function preflight(origin: string | null, method: string, headers?: string): Promise<Response> {
  const h: Record<string, string> = { 'access-control-request-method': method };
  if (origin) h.origin = origin;
  if (headers !== undefined) h['access-control-request-headers'] = headers;
  return handle(new Request('http://localhost/api/tasks', { method: 'OPTIONS', headers: h }));
}

function corsHeaders(res: Response): string[] {
  return [...res.headers.keys()].filter((k) => k.startsWith('access-control-'));
}

function varyHasOrigin(res: Response): boolean {
  return (res.headers.get('vary') ?? '').split(',').some((v) => v.trim().toLowerCase() === 'origin');
}

test('answers an allowed preflight with 204 and the policy', async () => {
  const res = await preflight(APP, 'DELETE', 'Authorization, Content-Type');
  assert.equal(res.status, 204);
  assert.equal(res.headers.get('access-control-allow-origin'), APP);
  assert.equal(res.headers.get('access-control-allow-methods'), 'GET, POST, DELETE');
  assert.equal(res.headers.get('access-control-allow-headers'), 'content-type, authorization');
  assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
  assert.equal(res.headers.get('access-control-max-age'), '600');
});

test('echoes each allowed origin instead of using a wildcard', async () => {
  const res = await preflight('https://admin.example.com', 'POST');
  assert.equal(res.status, 204);
  assert.equal(res.headers.get('access-control-allow-origin'), 'https://admin.example.com');
});

test('refuses a preflight from an unknown origin', async () => {
  const res = await preflight('https://evil.example.net', 'GET');
  assert.equal(res.status, 403);
  assert.deepEqual(corsHeaders(res), []);
});

test('matches origins exactly, not by prefix or scheme-less', async () => {
  for (const origin of ['https://app.example.com.evil.io', 'http://app.example.com', 'https://app.example.com:8443', 'null']) {
    const res = await preflight(origin, 'GET');
    assert.equal(res.status, 403, origin);
    assert.deepEqual(corsHeaders(res), [], origin);
  }
});

test('refuses a method or header outside the policy', async () => {
  const put = await preflight(APP, 'PUT');
  assert.equal(put.status, 403);
  assert.deepEqual(corsHeaders(put), []);
  const header = await preflight(APP, 'POST', 'content-type, x-debug');
  assert.equal(header.status, 403);
  assert.deepEqual(corsHeaders(header), []);
});

test('adds CORS headers to real requests from allowed origins', async () => {
  const res = await handle(new Request('http://localhost/api/tasks', { headers: { origin: APP } }));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('access-control-allow-origin'), APP);
  assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
  assert.match(res.headers.get('access-control-expose-headers') ?? '', /x-total-count/i);
  assert.equal(res.headers.get('x-total-count'), '2');
  assert.equal((await res.json()).length, 2);
});

test('leaves CORS headers off for other origins and no origin', async () => {
  const foreign = await handle(new Request('http://localhost/api/tasks', { headers: { origin: 'https://evil.example.net' } }));
  assert.equal(foreign.status, 200);
  assert.deepEqual(corsHeaders(foreign), []);
  const server = await handle(new Request('http://localhost/api/tasks', { method: 'POST', body: '{}' }));
  assert.equal(server.status, 201);
  assert.deepEqual(corsHeaders(server), []);
});

test('always sends Vary: Origin', async () => {
  const responses = [
    await preflight(APP, 'GET'),
    await preflight('https://evil.example.net', 'GET'),
    await handle(new Request('http://localhost/api/tasks', { headers: { origin: APP } })),
    await handle(new Request('http://localhost/api/tasks')),
  ];
  responses.forEach((res, i) => assert.ok(varyHasOrigin(res), `response ${i + 1} lacks Vary: Origin`));
});
