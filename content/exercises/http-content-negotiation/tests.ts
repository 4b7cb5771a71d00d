import { test, assert } from 'roadbook:test';
import { handle } from 'solution';

const CSV =
  'region,month,revenue\r\n' +
  'North,2024-01,1200\r\n' +
  '"Coast, South",2024-01,950\r\n' +
  '"The ""Hub""",2024-02,1730\r\n';

function get(accept?: string, path = '/reports/sales'): Promise<Response> {
  const headers: Record<string, string> = {};
  if (accept !== undefined) headers.accept = accept;
  return handle(new Request(`http://localhost${path}`, { headers }));
}

async function kind(accept?: string): Promise<string> {
  const res = await get(accept);
  if (res.status === 406) return '406';
  const type = res.headers.get('content-type') ?? '';
  if (type.startsWith('application/json')) return 'json';
  if (type.startsWith('text/csv')) return 'csv';
  return `unexpected ${res.status} ${type}`;
}

test('serves JSON when there is no Accept header', async () => {
  const res = await get();
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/json');
  const rows = await res.json();
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0], { region: 'North', month: '2024-01', revenue: 1200 });
});

test('serves CSV with a header line and CRLF line endings', async () => {
  const res = await get('text/csv');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.equal(await res.text(), CSV);
});

test('follows quality values', async () => {
  assert.equal(await kind('application/json;q=0.5, text/csv;q=0.9'), 'csv');
  assert.equal(await kind('text/csv;q=0.3, application/json;q=0.4'), 'json');
});

test('prefers JSON when both are equally acceptable', async () => {
  assert.equal(await kind('text/csv, application/json'), 'json');
  assert.equal(await kind('*/*'), 'json');
});

test('understands wildcards and picks the most specific range', async () => {
  assert.equal(await kind('text/*'), 'csv');
  assert.equal(await kind('application/*;q=0.2, text/*;q=0.1'), 'json');
  assert.equal(await kind('text/*;q=0.9, text/csv;q=0, */*;q=0.1'), 'json', 'text/csv;q=0 beats text/*');
});

test('treats q=0 as not acceptable', async () => {
  assert.equal(await kind('application/json;q=0, */*'), 'csv');
});

test('ignores case and spaces in the header', async () => {
  assert.equal(await kind('  Text/CSV ; Q=0.8 , application/json ; q=0.5'), 'csv');
});

test('answers 406 when nothing acceptable can be served', async () => {
  assert.equal(await kind('application/xml'), '406');
  assert.equal(await kind('application/json;q=0, text/csv;q=0'), '406');
});

test('sends Vary: Accept on every representation', async () => {
  for (const accept of [undefined, 'text/csv', 'image/png']) {
    const vary = (await get(accept)).headers.get('vary') ?? '';
    assert.match(vary, /accept/i, `Vary for Accept ${accept}`);
  }
  assert.equal((await get(undefined, '/reports/other')).status, 404);
});
