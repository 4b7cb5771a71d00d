import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

const CHALLENGE = 'Basic realm="admin", charset="UTF-8"';

function basic(userAndPassword: string): string {
  const bytes = new TextEncoder().encode(userAndPassword);
  return 'Basic ' + btoa(String.fromCharCode(...bytes));
}

function admin(authorization?: string): Promise<Response> {
  const headers: Record<string, string> = {};
  if (authorization !== undefined) headers.authorization = authorization;
  return handle(new Request('http://localhost/admin', { headers }));
}

async function expectChallenge(res: Response, what: string) {
  assert.equal(res.status, 401, what);
  assert.equal(res.headers.get('www-authenticate'), CHALLENGE, what);
}

test('the public page needs no login', async () => {
  const res = await handle(new Request('http://localhost/public'));
  assert.equal(res.status, 200);
});

test('asks for credentials when none are sent', async () => {
  await expectChallenge(await admin(), 'no Authorization header');
});

test('lets a valid user in', async () => {
  const res = await admin(basic('grace:cobol'));
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { user: 'grace' });
});

test('accepts the scheme name in any case', async () => {
  const header = basic('grace:cobol').replace('Basic', 'bASIC');
  assert.equal((await admin(header)).status, 200);
});

test('keeps colons that belong to the password', async () => {
  const res = await admin(basic('ada:lovelace:1815'));
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { user: 'ada' });
  await expectChallenge(await admin(basic('ada:lovelace')), 'only part of the password');
});

test('decodes user names and passwords as UTF-8', async () => {
  const res = await admin(basic('josé:ñandú-42'));
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { user: 'josé' });
});

test('rejects wrong passwords and unknown users the same way', async () => {
  const wrong = await admin(basic('grace:fortran'));
  const unknown = await admin(basic('linus:cobol'));
  await expectChallenge(wrong, 'wrong password');
  await expectChallenge(unknown, 'unknown user');
  assert.equal(await wrong.text(), await unknown.text(), 'same body for both');
});

test('rejects malformed headers with the challenge', async () => {
  await expectChallenge(await admin('Bearer abc.def.ghi'), 'another scheme');
  await expectChallenge(await admin('Basic %%%not-base64%%%'), 'invalid base64');
  await expectChallenge(await admin(basic('gracecobol')), 'no colon');
  await expectChallenge(await admin('Basic'), 'no credentials at all');
  await expectChallenge(await admin(basic('toString:x')), 'an inherited property name');
});

test('answers unknown paths with 404', async () => {
  assert.equal((await handle(new Request('http://localhost/secret'))).status, 404);
});
