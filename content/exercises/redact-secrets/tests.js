import { test, assert } from 'roadbook:test';
import { redact } from 'solution';

test('redacts a password and keeps the other fields', () => {
  assert.deepEqual(redact({ user: 'ada', password: 'hunter2', age: 36 }), { user: 'ada', password: '[REDACTED]', age: 36 });
});

test('matches secret-looking names in any case and form', () => {
  const input = {
    newPassword: 'a',
    client_secret: 'b',
    refresh_token: 'c',
    'X-Api-Key': 'd',
    apikey: 'e',
    API_KEY: 'f',
    Authorization: 'Bearer g',
    Cookie: 'sid=h',
    SESSION_TOKEN: 'i',
  };
  const out = redact(input);
  for (const key of Object.keys(input)) assert.equal(out[key], '[REDACTED]', key);
});

test('leaves harmless names alone', () => {
  const input = { passage: 'text', author: 'x', keyboard: 'us', api: 'v2', key: 'k', monkey: 'm' };
  assert.deepEqual(redact(input), { passage: 'text', author: 'x', keyboard: 'us', api: 'v2', key: 'k', monkey: 'm' });
});

test('redacts whole values, whatever their type', () => {
  assert.deepEqual(redact({ secret: { nested: 'x' }, token: 12345, password: null }), {
    secret: '[REDACTED]',
    token: '[REDACTED]',
    password: '[REDACTED]',
  });
});

test('walks nested objects and arrays', () => {
  const input = {
    request: { headers: { authorization: 'Bearer abc', accept: 'application/json' } },
    sessions: [{ id: 1, refreshToken: 'x' }, { id: 2, refreshToken: 'y' }],
    tags: ['a', 'b'],
  };
  assert.deepEqual(redact(input), {
    request: { headers: { authorization: '[REDACTED]', accept: 'application/json' } },
    sessions: [{ id: 1, refreshToken: '[REDACTED]' }, { id: 2, refreshToken: '[REDACTED]' }],
    tags: ['a', 'b'],
  });
});

test('does not modify the input', () => {
  const input = { password: 'hunter2', nested: { token: 't' }, list: [{ secret: 's' }] };
  const before = JSON.stringify(input);
  const out = redact(input);
  assert.equal(JSON.stringify(input), before);
  assert.notEqual(out, input);
  assert.notEqual(out.nested, input.nested);
});

test('returns plain values unchanged', () => {
  assert.equal(redact('hello'), 'hello');
  assert.equal(redact(42), 42);
  assert.equal(redact(null), null);
  assert.equal(redact(true), true);
  assert.deepEqual(redact([1, 'two', null]), [1, 'two', null]);
});
