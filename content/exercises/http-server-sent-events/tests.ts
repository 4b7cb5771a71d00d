import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

function events(headers: Record<string, string> = {}, method = 'GET'): Promise<Response> {
  return handle(new Request('http://localhost/events', { method, headers }));
}

/** Parses an event stream the way a browser's EventSource does. */
function parse(body: string) {
  const out: Array<{ id?: string; event?: string; data: string }> = [];
  let retry: string | undefined;
  for (const raw of body.split('\n\n')) {
    if (raw === '') continue;
    const ev: { id?: string; event?: string; data: string[] } = { data: [] };
    for (const line of raw.split('\n')) {
      const colon = line.indexOf(':');
      const field = line.slice(0, colon);
      const value = line.slice(colon + 1).replace(/^ /, '');
      if (field === 'retry') retry = value;
      else if (field === 'id') ev.id = value;
      else if (field === 'event') ev.event = value;
      else if (field === 'data') ev.data.push(value);
    }
    if (ev.data.length > 0) out.push({ id: ev.id, event: ev.event, data: ev.data.join('\n') });
  }
  return { retry, events: out };
}

test('answers with an event stream that is not cached', async () => {
  const res = await events();
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
  assert.equal(res.headers.get('cache-control'), 'no-cache');
});

test('starts with a retry hint', async () => {
  const body = await (await events()).text();
  assert.ok(body.startsWith('retry: 3000\n\n'), `body starts with ${JSON.stringify(body.slice(0, 20))}`);
});

test('writes an order as id, event and JSON data lines', async () => {
  const body = await (await events()).text();
  assert.ok(
    body.includes('\n\nid: 1\nevent: order\ndata: {"orderId":"A-100","status":"paid"}\n\n'),
    'the first event block is exactly as in the README',
  );
});

test('splits multi-line chat text into several data lines', async () => {
  const body = await (await events()).text();
  assert.ok(body.includes('id: 2\nevent: chat\ndata: Hi!\ndata: Your parcel is on its way.\n\n'), 'one data line per line of text');
  const chat = parse(body).events.find((e) => e.id === '2');
  assert.equal(chat?.data, 'Hi!\nYour parcel is on its way.');
});

test('sends every notification in id order', async () => {
  const parsed = parse(await (await events()).text());
  assert.equal(parsed.retry, '3000');
  assert.deepEqual(parsed.events.map((e) => [e.id, e.event]), [['1', 'order'], ['2', 'chat'], ['3', 'order'], ['4', 'chat'], ['5', 'order']]);
});

test('resumes after Last-Event-ID', async () => {
  const parsed = parse(await (await events({ 'last-event-id': '3' })).text());
  assert.deepEqual(parsed.events.map((e) => e.id), ['4', '5']);
});

test('sends only the retry hint when nothing is newer', async () => {
  assert.equal(await (await events({ 'last-event-id': '5' })).text(), 'retry: 3000\n\n');
});

test('ignores a Last-Event-ID that is not a number', async () => {
  for (const value of ['abc', '-1', '2.5']) {
    const parsed = parse(await (await events({ 'last-event-id': value })).text());
    assert.equal(parsed.events.length, 5, `Last-Event-ID ${value}`);
  }
});

test('answers other methods with 405 and other paths with 404', async () => {
  const res = await events({}, 'POST');
  assert.equal(res.status, 405);
  assert.equal(res.headers.get('allow'), 'GET');
  assert.equal((await handle(new Request('http://localhost/stream'))).status, 404);
});
