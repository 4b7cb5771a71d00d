/** The in-sandbox test harness, through a real runner child: what learners and exercise authors rely on. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunnerHost, type RunnerHost } from '../../../electron/services/exercises/runner-host';
import { runExercise } from '../../../electron/services/exercises/run-exercise';
import { jsExercise } from './inline-exercise';

let host: RunnerHost;
beforeAll(() => {
  host = createRunnerHost({ limits: { testTimeoutMs: 300 } });
});
afterAll(() => host.close());

const run = (tests: string, solution = 'export const x = 1;', kind: 'javascript' | 'typescript' = 'javascript') => runExercise(host, jsExercise(tests, kind), solution);
const HEAD = "import { test, assert, mockFetch } from 'roadbook:test';\nimport * as s from 'solution';\n";

describe('assertions', () => {
  it('explains a failed equality with expected and actual values', async () => {
    const result = await run(`${HEAD}test('eq', () => assert.equal(s.x, 2));`);
    expect(result.tests[0]).toEqual({ name: 'eq', status: 'fail', message: 'Expected: 2\nActual:   1', output: [] });
  });

  it('compares structures deeply, including maps, sets, dates and nested arrays', async () => {
    const tests = `${HEAD}
      test('same', () => assert.deepEqual(s.make(), { list: [1, { a: 'b' }], map: new Map([['k', new Set([1, 2])]]), when: new Date(0) }));
      test('different', () => assert.deepEqual(s.make(), { list: [1, { a: 'c' }], map: new Map(), when: new Date(0) }, 'the shape changed'));`;
    const result = await run(tests, "export const make = () => ({ list: [1, { a: 'b' }], map: new Map([['k', new Set([2, 1])]]), when: new Date(0) });");
    expect(result.tests[0]!.status).toBe('pass');
    expect(result.tests[1]).toMatchObject({
      status: 'fail',
      message: "the shape changed\nExpected: { list: [1, { a: \"c\" }], map: Map(0) {}, when: 1970-01-01T00:00:00.000Z }\nActual:   { list: [1, { a: \"b\" }], map: Map(1) { \"k\" => Set(2) { 2, 1 } }, when: 1970-01-01T00:00:00.000Z }",
    });
  });

  it('checks thrown errors and rejections by message pattern or class', async () => {
    const tests = `${HEAD}
      test('throws by pattern', () => assert.throws(() => s.parse('x'), /not a number/));
      test('throws by class', () => assert.throws(() => s.parse('x'), RangeError));
      test('rejects', () => assert.rejects(async () => s.parse('x'), /not a number/));
      test('wrong class', () => assert.throws(() => s.parse('x'), TypeError));
      test('does not throw', () => assert.throws(() => s.parse('1')));`;
    const result = await run(tests, "export function parse(t) { if (Number.isNaN(Number(t))) throw new RangeError(t + ' is not a number'); return Number(t); }");
    expect(result.tests.map((t) => t.status)).toEqual(['pass', 'pass', 'pass', 'fail', 'fail']);
    expect(result.tests[3]!.message).toBe('It threw RangeError: x is not a number, which does not match TypeError');
    expect(result.tests[4]!.message).toBe('Expected the function to throw, but it returned normally.');
  });

  it('tells an exception in the learner code (error) from a failed assertion (fail)', async () => {
    const result = await run(`${HEAD}test('boom', () => s.boom());`, "export function boom() { null.x; }");
    expect(result.status).toBe('fail');
    expect(result.tests[0]).toMatchObject({ status: 'error', message: expect.stringMatching(/^TypeError: Cannot read properties of null.* \(line 1 of your code\)$/) });
  });
});

describe('the test loop', () => {
  it('captures console output per test, including output from loading the file', async () => {
    const tests = `${HEAD}test('first', () => console.log('in first', { n: 1 }));\ntest('second', () => console.error('in second'));`;
    const result = await run(tests, "console.log('loading');\nexport const x = 1;");
    expect(result.tests.map((t) => t.output)).toEqual([['loading', 'in first { n: 1 }'], ['in second']]);
  });

  it('gives each test a time limit and carries on with the next one', async () => {
    const tests = `${HEAD}test('hangs', () => new Promise(() => {}));\ntest('after', () => assert.ok(true));`;
    const result = await run(tests);
    expect(result.tests[0]).toMatchObject({ status: 'error', message: expect.stringContaining('did not finish within 0.3 s') });
    expect(result.tests[1]!.status).toBe('pass');
  });

  it('refuses two tests with the same name', async () => {
    const result = await run(`${HEAD}test('same', () => {});\ntest('same', () => {});`);
    expect(result).toMatchObject({ status: 'error', message: 'The tests could not start: Two tests are named "same".' });
  });

  it('reports where the learner file threw while loading', async () => {
    const result = await run(`${HEAD}test('t', () => {});`, "export const a = 1;\n\nthrow new Error('not yet');\n");
    expect(result).toMatchObject({ status: 'error', location: { line: 3 }, message: 'Your code threw while it loaded (line 3): not yet' });
  });

  it('runs TypeScript with types erased, and async tests with the Fetch API', async () => {
    const tests = `${HEAD}test('json', async () => { const r: Response = await s.handle(new Request('http://x/a?b=1')); assert.deepEqual(await r.json(), { path: '/a', b: '1' }); });`;
    const solution = "export async function handle(req: Request): Promise<Response> {\n  const url = new URL(req.url);\n  return Response.json({ path: url.pathname, b: url.searchParams.get('b') });\n}";
    const result = await run(tests, solution, 'typescript');
    expect(result.status).toBe('pass');
  });

  it('gives learner code web crypto for signing and random ids', async () => {
    const tests = `${HEAD}test('crypto', async () => { const sig = await s.sign('hello'); assert.equal(sig.length, 64); assert.match(crypto.randomUUID(), /^[0-9a-f-]{36}$/); });`;
    const solution = `export async function sign(text) {
      const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('secret'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text)));
      crypto.getRandomValues(new Uint8Array(4));
      return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
    }`;
    expect((await run(tests, solution)).status).toBe('pass');
  });

  it('accepts ArrayBuffers made in learner code (bytes.buffer) wherever web crypto takes bytes', async () => {
    const tests = `${HEAD}test('buffers', async () => {
      assert.equal(await s.digestHex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      assert.equal((await s.derive()).length, 32);
      const values = s.fill();
      assert.equal(values.length, 8);
    });`;
    const solution = `export async function digestHex(text) {
      const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text).buffer);
      return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
    }
    export async function derive() {
      const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('pw').buffer, 'PBKDF2', false, ['deriveBits']);
      const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16).buffer, iterations: 1000 }, key, 256);
      return new Uint8Array(bits);
    }
    export function fill() { return crypto.getRandomValues(new Uint32Array(8)); }`;
    const result = await run(tests, solution);
    expect(result.tests.map((t) => t.message ?? t.status)).toEqual(['pass']);
  });
});
