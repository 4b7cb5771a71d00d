import { test, assert } from 'roadbook:test';
import { handle, SECRET, ISSUER, AUDIENCE } from 'solution';

const enc = new TextEncoder();

function b64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
const part = (value: unknown) => b64url(enc.encode(JSON.stringify(value)));

async function sign(data: string, secret = SECRET): Promise<string> {
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return b64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(data))));
}

const now = () => Math.floor(Date.now() / 1000);
function claims(extra: Record<string, unknown> = {}) {
  return { sub: 'u_42', name: 'Ada Lovelace', iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 3600, ...extra };
}

async function makeToken(payload: Record<string, unknown>, options: { header?: Record<string, unknown>; secret?: string } = {}) {
  const head = part(options.header ?? { alg: 'HS256', typ: 'JWT' });
  const body = part(payload);
  return `${head}.${body}.${await sign(`${head}.${body}`, options.secret)}`;
}

function me(authorization?: string): Promise<Response> {
  const headers: Record<string, string> = {};
  if (authorization !== undefined) headers.authorization = authorization;
  return handle(new Request('http://localhost/me', { headers }));
}

async function expectInvalid(token: string, what: string) {
  const res = await me(`Bearer ${token}`);
  assert.equal(res.status, 401, what);
  assert.equal(res.headers.get('www-authenticate'), 'Bearer error="invalid_token"', what);
}

test('accepts a valid token and returns its subject', async () => {
  const res = await me(`Bearer ${await makeToken(claims())}`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { sub: 'u_42', name: 'Ada Lovelace' });
});

test('asks for a token when there is none', async () => {
  const res = await me();
  assert.equal(res.status, 401);
  assert.equal(res.headers.get('www-authenticate'), 'Bearer');
});

test('rejects a token signed with another secret', async () => {
  await expectInvalid(await makeToken(claims(), { secret: 'guessed-secret' }), 'wrong secret');
});

test('rejects a token whose payload was changed after signing', async () => {
  const token = await makeToken(claims());
  const [head, , sig] = token.split('.');
  await expectInvalid(`${head}.${part(claims({ sub: 'u_1', name: 'Admin' }))}.${sig}`, 'tampered payload');
});

test('rejects alg none and other algorithms', async () => {
  const payload = part(claims());
  await expectInvalid(`${part({ alg: 'none', typ: 'JWT' })}.${payload}.`, 'alg none, empty signature');
  await expectInvalid(`${part({ alg: 'none' })}.${payload}.${await sign(`${part({ alg: 'none' })}.${payload}`)}`, 'alg none, signed');
  await expectInvalid(await makeToken(claims(), { header: { alg: 'HS512', typ: 'JWT' } }), 'HS512');
});

test('rejects expired and not-yet-valid tokens', async () => {
  await expectInvalid(await makeToken(claims({ exp: now() - 60 })), 'expired a minute ago');
  await expectInvalid(await makeToken(claims({ exp: undefined })), 'no exp claim');
  await expectInvalid(await makeToken(claims({ exp: String(now() + 3600) })), 'exp as a string');
  await expectInvalid(await makeToken(claims({ nbf: now() + 600 })), 'nbf in the future');
  assert.equal((await me(`Bearer ${await makeToken(claims({ nbf: now() - 10 }))}`)).status, 200, 'nbf in the past is fine');
});

test('checks the issuer and the audience', async () => {
  await expectInvalid(await makeToken(claims({ iss: 'https://evil.example' })), 'wrong issuer');
  await expectInvalid(await makeToken(claims({ aud: 'another-api' })), 'wrong audience');
  const multi = await makeToken(claims({ aud: ['billing-api', AUDIENCE] }));
  assert.equal((await me(`Bearer ${multi}`)).status, 200, 'audience in an array');
});

test('answers garbage with 401, never a crash', async () => {
  for (const garbage of ['abc', 'a.b', 'a.b.c.d', '..', '!!!.???.***', `${part({ alg: 'HS256' })}.bm90IGpzb24.sig`, `${part([1])}.${part(claims())}.x`]) {
    await expectInvalid(garbage, `token ${garbage}`);
  }
});
