import { test, assert } from 'roadbook:test';
import { parseQuery } from 'solution';

test('parses simple pairs and ignores the leading question mark', () => {
  assert.deepEqual(parseQuery('?q=books&page=2'), { q: 'books', page: '2' });
  assert.deepEqual(parseQuery('q=books&page=2'), { q: 'books', page: '2' });
});

test('returns an empty object for an empty query', () => {
  assert.deepEqual(parseQuery(''), {});
  assert.deepEqual(parseQuery('?'), {});
});

test('decodes plus signs and percent escapes', () => {
  assert.deepEqual(parseQuery('q=backend+jobs&city=caf%C3%A9&sum=1%2B1'), {
    q: 'backend jobs',
    city: 'café',
    sum: '1+1',
  });
});

test('decodes keys as well as values', () => {
  assert.deepEqual(parseQuery('first%20name=Ada'), { 'first name': 'Ada' });
});

test('collects repeated keys into an array in order', () => {
  assert.deepEqual(parseQuery('tag=sql&tag=http&page=1&tag=git'), {
    tag: ['sql', 'http', 'git'],
    page: '1',
  });
});

test('splits each pair at the first equals sign only', () => {
  assert.deepEqual(parseQuery('redirect=/search?q=a=b'), { redirect: '/search?q=a=b' });
});

test('gives a key without a value the empty string', () => {
  assert.deepEqual(parseQuery('debug&verbose=&level=3'), { debug: '', verbose: '', level: '3' });
});

test('skips empty pairs', () => {
  assert.deepEqual(parseQuery('a=1&&b=2&'), { a: '1', b: '2' });
});

test('keeps a piece with a broken escape as written', () => {
  assert.deepEqual(parseQuery('bad=%zz&good=%41'), { bad: '%zz', good: 'A' });
});
