import { test, assert } from 'roadbook:test';
import { validateSignup } from 'solution';

const good = { email: 'ada@example.com', password: 'lovelace1815', displayName: 'Ada' };

function fields(result: ReturnType<typeof validateSignup>): string[] {
  if (result.ok) return [];
  for (const e of result.errors) assert.ok(typeof e.message === 'string' && e.message.length > 0, `error for ${e.field} needs a message`);
  return result.errors.map((e) => e.field);
}

test('accepts a valid payload and cleans it up', () => {
  const result = validateSignup({ email: '  Ada@Example.COM ', password: 'lovelace1815', displayName: '  Ada  ', age: 36 });
  assert.deepEqual(result, {
    ok: true,
    value: { email: 'ada@example.com', password: 'lovelace1815', displayName: 'Ada', age: 36 },
  });
});

test('drops fields it does not know about', () => {
  const result = validateSignup({ ...good, isAdmin: true, role: 'owner' });
  assert.deepEqual(result, { ok: true, value: good });
});

test('rejects a body that is not an object', () => {
  assert.deepEqual(fields(validateSignup(null)), ['body']);
  assert.deepEqual(fields(validateSignup('ada@example.com')), ['body']);
  assert.deepEqual(fields(validateSignup([good])), ['body']);
});

test('reports every missing required field in order', () => {
  assert.deepEqual(fields(validateSignup({})), ['email', 'password', 'displayName']);
});

test('rejects malformed email addresses', () => {
  for (const email of ['ada', 'ada@', 'ada@example', 'a da@example.com', 'ada@@example.com', 42]) {
    assert.deepEqual(fields(validateSignup({ ...good, email })), ['email'], `email ${JSON.stringify(email)}`);
  }
});

test('enforces password length and mix of letters and digits', () => {
  for (const password of ['abc123', 'onlyletters', '1234567890', 'a1'.repeat(65)]) {
    assert.deepEqual(fields(validateSignup({ ...good, password })), ['password'], `password ${password.slice(0, 12)}`);
  }
  assert.ok(validateSignup({ ...good, password: 'abcdefg1' }).ok, 'exactly 8 characters is fine');
});

test('rejects a display name that is blank or too long', () => {
  assert.deepEqual(fields(validateSignup({ ...good, displayName: '    ' })), ['displayName']);
  assert.deepEqual(fields(validateSignup({ ...good, displayName: 'x'.repeat(41) })), ['displayName']);
  assert.ok(validateSignup({ ...good, displayName: 'x'.repeat(40) }).ok, '40 characters is fine');
});

test('checks the optional age only when present', () => {
  assert.ok(validateSignup(good).ok, 'age may be left out');
  assert.ok(validateSignup({ ...good, age: 13 }).ok, '13 is allowed');
  for (const age of [12, 121, 20.5, '30']) {
    assert.deepEqual(fields(validateSignup({ ...good, age })), ['age'], `age ${JSON.stringify(age)}`);
  }
});

test('collects errors from several fields at once', () => {
  const result = validateSignup({ email: 'nope', password: 'short', displayName: 'Ada', age: 9 });
  assert.deepEqual(fields(result), ['email', 'password', 'age']);
});
