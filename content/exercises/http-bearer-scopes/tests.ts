import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

function call(method: string, authorization?: string, path = '/reports'): Promise<Response> {
  const headers: Record<string, string> = {};
  if (authorization !== undefined) headers.authorization = authorization;
  return handle(new Request(`http://localhost${path}`, { method, headers }));
}

async function expectDenied(res: Response, status: number, challenge: string, what: string) {
  assert.equal(res.status, status, what);
  assert.equal(res.headers.get('www-authenticate'), challenge, what);
}

test('a reader token can list reports', async () => {
  const res = await call('GET', 'Bearer tok_reader_ada');
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.user, 'ada');
  assert.equal(body.reports.length, 2);
});

test('an editor token can create reports', async () => {
  const res = await call('POST', 'Bearer tok_editor_grace');
  assert.equal(res.status, 201);
  assert.deepEqual(await res.json(), { created: true, by: 'grace' });
});

test('no credentials means 401 with a plain Bearer challenge', async () => {
  await expectDenied(await call('GET'), 401, 'Bearer realm="reports"', 'no header');
  assert.deepEqual(await (await call('GET')).json(), { error: 'unauthorized' });
});

test('ignores tokens in the query string', async () => {
  const res = await call('GET', undefined, '/reports?access_token=tok_reader_ada');
  await expectDenied(res, 401, 'Bearer realm="reports"', 'token in the URL');
});

test('a malformed Authorization header is a 400 invalid_request', async () => {
  const challenge = 'Bearer realm="reports", error="invalid_request"';
  await expectDenied(await call('GET', 'Basic Z3JhY2U6Y29ib2w='), 400, challenge, 'Basic scheme');
  await expectDenied(await call('GET', 'Bearer'), 400, challenge, 'no token');
  await expectDenied(await call('GET', 'Bearer two tokens'), 400, challenge, 'spaces in the token');
});

test('unknown and revoked tokens are a 401 invalid_token', async () => {
  const challenge = 'Bearer realm="reports", error="invalid_token"';
  await expectDenied(await call('GET', 'Bearer tok_nobody'), 401, challenge, 'unknown token');
  await expectDenied(await call('GET', 'Bearer tok_old_margaret'), 401, challenge, 'revoked token');
  await expectDenied(await call('GET', 'Bearer constructor'), 401, challenge, 'inherited property name');
  await expectDenied(await call('GET', 'Bearer TOK_READER_ADA'), 401, challenge, 'tokens are case-sensitive');
});

test('a missing scope is a 403 insufficient_scope naming the scope', async () => {
  await expectDenied(
    await call('POST', 'Bearer tok_reader_ada'),
    403,
    'Bearer realm="reports", error="insufficient_scope", scope="reports:write"',
    'reader creating',
  );
  await expectDenied(
    await call('GET', 'Bearer tok_writer_only_linus'),
    403,
    'Bearer realm="reports", error="insufficient_scope", scope="reports:read"',
    'writer reading',
  );
  assert.deepEqual(await (await call('POST', 'Bearer tok_reader_ada')).json(), { error: 'insufficient_scope' });
});

test('accepts the scheme name in any case', async () => {
  assert.equal((await call('GET', 'bearer tok_reader_ada')).status, 200);
  assert.equal((await call('GET', 'BEARER tok_reader_ada')).status, 200);
});

test('answers other methods with 405 and other paths with 404', async () => {
  const res = await call('DELETE', 'Bearer tok_editor_grace');
  assert.equal(res.status, 405);
  assert.equal(res.headers.get('allow'), 'GET, POST');
  assert.equal((await call('GET', 'Bearer tok_editor_grace', '/users')).status, 404);
});
