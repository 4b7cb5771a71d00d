import { test, assert } from 'roadbook:test';
import { createRouter } from 'solution';

test('matches static routes and captures parameters', () => {
  const router = createRouter();
  router.add('GET', '/health', 'health');
  router.add('GET', '/users/:id/posts/:postId', 'userPost');
  assert.deepEqual(router.match('GET', '/health'), { status: 'found', route: 'health', params: {} });
  assert.deepEqual(router.match('GET', '/users/42/posts/7'), {
    status: 'found',
    route: 'userPost',
    params: { id: '42', postId: '7' },
  });
});

test('ignores trailing slashes, query strings and method case', () => {
  const router = createRouter();
  router.add('get', '/users/:id', 'showUser');
  assert.deepEqual(router.match('GET', '/users/42/?expand=posts'), { status: 'found', route: 'showUser', params: { id: '42' } });
  assert.deepEqual(router.match('get', '/users/42'), { status: 'found', route: 'showUser', params: { id: '42' } });
});

test('percent-decodes captured parameters', () => {
  const router = createRouter();
  router.add('GET', '/tags/:tag', 'tag');
  assert.deepEqual(router.match('GET', '/tags/c%23%20sharp'), { status: 'found', route: 'tag', params: { tag: 'c# sharp' } });
});

test('a trailing wildcard captures the rest of the path', () => {
  const router = createRouter();
  router.add('GET', '/files/*', 'files');
  assert.deepEqual(router.match('GET', '/files/docs/2024/report.pdf'), {
    status: 'found',
    route: 'files',
    params: { '*': 'docs/2024/report.pdf' },
  });
  assert.deepEqual(router.match('GET', '/files'), { status: 'found', route: 'files', params: { '*': '' } });
});

test('prefers static segments over parameters over wildcards', () => {
  const router = createRouter();
  router.add('GET', '/files/*', 'anyFile');
  router.add('GET', '/users/:id', 'showUser');
  router.add('GET', '/files/:name', 'oneFile');
  router.add('GET', '/users/me', 'me');
  assert.equal((router.match('GET', '/users/me') as { route: string }).route, 'me');
  assert.equal((router.match('GET', '/users/7') as { route: string }).route, 'showUser');
  assert.equal((router.match('GET', '/files/a.txt') as { route: string }).route, 'oneFile');
  assert.equal((router.match('GET', '/files/a/b.txt') as { route: string }).route, 'anyFile');
});

test('does not match when the segment count differs', () => {
  const router = createRouter();
  router.add('GET', '/users/:id', 'showUser');
  assert.deepEqual(router.match('GET', '/users'), { status: 'not-found' });
  assert.deepEqual(router.match('GET', '/users/1/extra'), { status: 'not-found' });
  assert.deepEqual(router.match('GET', '/Users/1'), { status: 'not-found' }, 'static segments are case-sensitive');
});

test('reports the allowed methods when only the method is wrong', () => {
  const router = createRouter();
  router.add('GET', '/users/:id', 'showUser');
  router.add('DELETE', '/users/:id', 'deleteUser');
  router.add('PATCH', '/users/:id', 'updateUser');
  router.add('POST', '/users', 'createUser');
  assert.deepEqual(router.match('PUT', '/users/42'), { status: 'method-not-allowed', allow: ['DELETE', 'GET', 'HEAD', 'PATCH'] });
  assert.deepEqual(router.match('GET', '/users'), { status: 'method-not-allowed', allow: ['POST'] });
});

test('answers HEAD with the GET route', () => {
  const router = createRouter();
  router.add('GET', '/articles/:slug', 'article');
  assert.deepEqual(router.match('HEAD', '/articles/hello'), { status: 'found', route: 'article', params: { slug: 'hello' } });
});

test('uses the method-specific route when a less specific one has the method', () => {
  const router = createRouter();
  router.add('GET', '/users/:id', 'showUser');
  router.add('POST', '/users/me', 'updateMe');
  assert.deepEqual(router.match('GET', '/users/me'), { status: 'found', route: 'showUser', params: { id: 'me' } });
  assert.deepEqual(router.match('POST', '/users/me'), { status: 'found', route: 'updateMe', params: {} });
});
