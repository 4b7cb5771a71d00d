import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

function call(method: string, path: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  return handle(new Request(`http://localhost${path}`, init));
}

async function create(text: string): Promise<{ id: number; text: string }> {
  const res = await call('POST', '/notes', { text });
  assert.equal(res.status, 201, `creating "${text}"`);
  return res.json();
}

async function expectError(res: Response, status: number) {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = await res.json();
  assert.ok(typeof body.error === 'string' && body.error.length > 0, 'the body explains the error');
}

test('POST /notes creates a note with 201 and a Location header', async () => {
  const res = await call('POST', '/notes', { text: '  Learn status codes  ' });
  assert.equal(res.status, 201);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const note = await res.json();
  assert.equal(note.text, 'Learn status codes');
  assert.equal(typeof note.id, 'number');
  assert.equal(res.headers.get('location'), `/notes/${note.id}`);
});

test('GET /notes lists the notes in id order', async () => {
  const a = await create('first');
  const b = await create('second');
  assert.ok(b.id > a.id, 'ids increase');
  const res = await call('GET', '/notes');
  assert.equal(res.status, 200);
  const list: Array<{ id: number }> = await res.json();
  const ids = list.map((n) => n.id);
  assert.ok(ids.includes(a.id) && ids.includes(b.id));
  assert.deepEqual(ids, [...ids].sort((x, y) => x - y));
});

test('GET /notes/:id returns one note or 404', async () => {
  const note = await create('read me');
  const res = await call('GET', `/notes/${note.id}`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), note);
  await expectError(await call('GET', '/notes/999999'), 404);
});

test('PUT /notes/:id updates the text', async () => {
  const note = await create('draft');
  const res = await call('PUT', `/notes/${note.id}`, { text: 'final' });
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { id: note.id, text: 'final' });
  assert.deepEqual(await (await call('GET', `/notes/${note.id}`)).json(), { id: note.id, text: 'final' });
  await expectError(await call('PUT', '/notes/999999', { text: 'x' }), 404);
});

test('DELETE /notes/:id answers 204 with no body, then 404', async () => {
  const note = await create('temporary');
  const res = await call('DELETE', `/notes/${note.id}`);
  assert.equal(res.status, 204);
  assert.equal(await res.text(), '');
  assert.equal((await call('GET', `/notes/${note.id}`)).status, 404);
  await expectError(await call('DELETE', `/notes/${note.id}`), 404);
});

test('ids are never reused after a delete', async () => {
  const a = await create('one');
  await call('DELETE', `/notes/${a.id}`);
  const b = await create('two');
  assert.ok(b.id > a.id);
});

test('rejects a bad body with 400', async () => {
  await expectError(await call('POST', '/notes', '{not json'), 400);
  await expectError(await call('POST', '/notes', { text: '   ' }), 400);
  await expectError(await call('POST', '/notes', { text: 42 }), 400);
  await expectError(await call('POST', '/notes', [1, 2]), 400);
  const note = await create('keep');
  await expectError(await call('PUT', `/notes/${note.id}`, {}), 400);
});

test('answers an unsupported method with 405 and Allow', async () => {
  const collection = await call('DELETE', '/notes');
  assert.equal(collection.status, 405);
  assert.equal(collection.headers.get('allow'), 'GET, POST');
  const note = await create('x');
  const item = await call('POST', `/notes/${note.id}`, { text: 'y' });
  assert.equal(item.status, 405);
  assert.equal(item.headers.get('allow'), 'DELETE, GET, PUT');
});

test('answers unknown paths with 404', async () => {
  await expectError(await call('GET', '/notes/abc'), 404);
  await expectError(await call('GET', '/users'), 404);
});
