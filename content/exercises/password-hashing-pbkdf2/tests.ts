import { test, assert } from 'roadbook:test';
import { hashPassword, verifyPassword } from 'solution';

const FORMAT = /^pbkdf2_sha256\$(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;
const FAST = 1000;

function b64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

async function referenceHash(password: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations }, key, 256);
  return b64(new Uint8Array(bits));
}

const fixedSalt = () => Uint8Array.from({ length: 16 }, (_, i) => i * 7 + 1);

test('stores algorithm, iterations, salt and hash in one string', async () => {
  const stored = await hashPassword('hunter2-but-longer', { iterations: FAST });
  const m = FORMAT.exec(stored);
  assert.ok(m, `unexpected format: ${stored}`);
  assert.equal(m![1], '1000');
  assert.equal(atob(m![2]).length, 16, '16 bytes of salt');
  assert.equal(atob(m![3]).length, 32, '32 bytes of hash');
});

test('derives the hash with PBKDF2-HMAC-SHA256', async () => {
  const salt = fixedSalt();
  const stored = await hashPassword('correct horse battery staple', { iterations: 1500, salt });
  assert.equal(stored, `pbkdf2_sha256$1500$${b64(salt)}$${await referenceHash('correct horse battery staple', salt, 1500)}`);
});

test('encodes the password as UTF-8', async () => {
  const salt = fixedSalt();
  const stored = await hashPassword('pässwörd 🔑', { iterations: FAST, salt });
  assert.equal(stored.split('$')[3], await referenceHash('pässwörd 🔑', salt, FAST));
});

test('uses a fresh random salt every time', async () => {
  const a = await hashPassword('same password', { iterations: FAST });
  const b = await hashPassword('same password', { iterations: FAST });
  assert.notEqual(a.split('$')[2], b.split('$')[2], 'two salts should differ');
  assert.notEqual(a, b);
});

test('verifies the right password and rejects a wrong one', async () => {
  const stored = await hashPassword('open sesame', { iterations: FAST });
  assert.equal(await verifyPassword('open sesame', stored), true);
  assert.equal(await verifyPassword('open sesame ', stored), false);
  assert.equal(await verifyPassword('Open sesame', stored), false);
});

test('verifies with the iteration count stored in the string', async () => {
  const salt = fixedSalt();
  const old = `pbkdf2_sha256$1200$${b64(salt)}$${await referenceHash('legacy', salt, 1200)}`;
  assert.equal(await verifyPassword('legacy', old), true, 'a hash made elsewhere with 1200 iterations');
  assert.equal(await verifyPassword('legacy', old.replace('$1200$', '$1201$')), false, 'a changed count must not verify');
});

test('returns false for malformed stored strings', async () => {
  for (const bad of ['', 'plaintext', 'pbkdf2_sha256$1000$abc', 'md5$1000$AAAA$BBBB', 'pbkdf2_sha256$lots$AAAA$BBBB', 'pbkdf2_sha256$1000$%%%%$BBBB']) {
    assert.equal(await verifyPassword('x', bad), false, `stored ${JSON.stringify(bad)}`);
  }
});

test('refuses too few iterations', async () => {
  await assert.rejects(hashPassword('pw', { iterations: 1 }), RangeError);
  await assert.rejects(hashPassword('pw', { iterations: 999 }), RangeError);
});
