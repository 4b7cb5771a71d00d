import { test, assert } from 'roadbook:test';
import { createSearchIndex } from 'solution';

function indexOf(docs: Record<string, string>) {
  const index = createSearchIndex();
  for (const [id, text] of Object.entries(docs)) index.add({ id, text });
  return index;
}

const library = {
  'caching-101': 'Caching basics: a cache hit is fast, a cache miss goes to the database.',
  'db-tuning': 'Tune the database: indexes, query plans and connection pools.',
  'cdn-notes': 'A CDN is a cache in front of your origin. Cache-Control headers decide.',
  'queues': 'Message queues smooth out load spikes.',
};

test('finds documents by word, ignoring case', () => {
  const index = indexOf(library);
  assert.deepEqual(index.search('QUEUES'), ['queues']);
  assert.deepEqual(index.search('database').sort(), ['caching-101', 'db-tuning']);
});

test('matches whole words only', () => {
  const index = indexOf(library);
  assert.deepEqual(index.search('cach'), []);
  assert.deepEqual(index.search('caching'), ['caching-101']);
});

test('requires every word of the query', () => {
  const index = indexOf(library);
  assert.deepEqual(index.search('cache database'), ['caching-101']);
  assert.deepEqual(index.search('cache spikes'), []);
});

test('ranks by how often the words appear, then by id', () => {
  const index = indexOf({
    b: 'cache',
    a: 'cache',
    c: 'cache cache cache',
    d: 'cache cache and more cache cache',
  });
  assert.deepEqual(index.search('cache'), ['d', 'c', 'a', 'b']);
});

test('adds up the counts of all query words', () => {
  const index = indexOf({ x: 'redis redis cache', y: 'redis cache cache cache', z: 'redis cache' });
  assert.deepEqual(index.search('redis cache'), ['y', 'x', 'z']);
});

test('ignores punctuation and stop words', () => {
  const index = indexOf(library);
  assert.deepEqual(index.search('the Cache-Control!'), ['cdn-notes']);
  assert.deepEqual(index.search('the'), []);
  assert.deepEqual(index.search('  ?! '), []);
});

test('treats accented letters as part of a word', () => {
  const index = indexOf({ fr: 'Un café au comptoir', en: 'Coffee at the cafe' });
  assert.deepEqual(index.search('CAFÉ'), ['fr']);
  assert.deepEqual(index.search('cafe'), ['en']);
});

test('replaces a document that is added again', () => {
  const index = indexOf(library);
  index.add({ id: 'queues', text: 'Kafka topics and partitions' });
  assert.deepEqual(index.search('spikes'), []);
  assert.deepEqual(index.search('kafka'), ['queues']);
});

test('removes documents, and ignores unknown ids', () => {
  const index = indexOf(library);
  index.remove('cdn-notes');
  index.remove('never-added');
  assert.deepEqual(index.search('cache'), ['caching-101']);
  assert.deepEqual(index.search('headers'), []);
});
