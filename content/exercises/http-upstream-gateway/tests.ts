import { test, assert, mockFetch } from 'roadbook:test';
import { handle, UPSTREAM, API_KEY } from 'solution';

function weather(city: string): Promise<Response> {
  return handle(new Request(`http://localhost/weather/${city}`));
}

function upstreamJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

async function expectError(res: Response, status: number, what: string) {
  assert.equal(res.status, status, what);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/, what);
  const body = await res.json();
  assert.ok(typeof body.error === 'string' && body.error.length > 0, `${what}: error message`);
}

test('returns the translated weather on success', async () => {
  mockFetch(() => upstreamJson({ city: 'Lisbon', temp_c: 21.5, conditions: 'sunny' }));
  const res = await weather('Lisbon');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { city: 'Lisbon', temperatureC: 21.5, conditions: 'sunny' });
});

test('calls the upstream with the right URL and headers', async () => {
  const seen: Request[] = [];
  mockFetch((req) => {
    seen.push(req);
    return upstreamJson({ city: 'São Paulo', temp_c: 28, conditions: 'humid' });
  });
  await weather('S%C3%A3o%20Paulo');
  assert.equal(seen.length, 1);
  const url = new URL(seen[0].url);
  assert.equal(url.origin + url.pathname, `${UPSTREAM}/v1/current`);
  assert.equal(url.searchParams.get('city'), 'São Paulo');
  assert.equal(seen[0].headers.get('x-api-key'), API_KEY);
  assert.match(seen[0].headers.get('accept') ?? '', /application\/json/);
});

test('rejects invalid city names without calling the upstream', async () => {
  let calls = 0;
  mockFetch(() => {
    calls++;
    return upstreamJson({});
  });
  for (const city of ['x'.repeat(61), 'Paris%3Bdrop', 'R2D2', '%E0%A4%A']) {
    await expectError(await weather(city), 400, city);
  }
  assert.equal(calls, 0);
});

test('passes on an unknown city as 404', async () => {
  mockFetch(() => upstreamJson({ message: 'no such city' }, 404));
  await expectError(await weather('Atlantis'), 404, 'unknown city');
});

test('turns upstream errors into 502', async () => {
  for (const status of [500, 503, 302]) {
    mockFetch(() => new Response('oops', { status }));
    await expectError(await weather('Oslo'), 502, `upstream ${status}`);
  }
});

test('turns a broken upstream body into 502', async () => {
  mockFetch(() => upstreamJson('<html>maintenance</html>'));
  await expectError(await weather('Oslo'), 502, 'not JSON');
  mockFetch(() => upstreamJson({ city: 'Oslo', temp_c: '4', conditions: 'snow' }));
  await expectError(await weather('Oslo'), 502, 'temp_c as a string');
  mockFetch(() => upstreamJson({ city: 'Oslo' }));
  await expectError(await weather('Oslo'), 502, 'missing fields');
});

test('turns a network failure into 502', async () => {
  mockFetch(() => {
    throw new TypeError('connection refused');
  });
  await expectError(await weather('Oslo'), 502, 'network error');
});

test('gives up on a slow upstream with 504', async () => {
  const late = upstreamJson({ city: 'Oslo', temp_c: 3, conditions: 'fog' });
  mockFetch(() => new Promise<Response>((resolve) => setTimeout(() => resolve(late), 400)));
  await expectError(await weather('Oslo'), 504, 'no answer');
});

test('maps upstream rate limiting to 503 with Retry-After', async () => {
  mockFetch(() => upstreamJson({ message: 'slow down' }, 429, { 'retry-after': '120' }));
  const res = await weather('Oslo');
  assert.equal(res.headers.get('retry-after'), '120');
  await expectError(res, 503, 'rate limited');
});
