/**
 * Hostile learner code against the exercise runner. Every case must end with a clear message,
 * leave this process (standing in for the app's main process) untouched, and leave the runner
 * able to grade the next submission.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunnerHost, type RunnerHost } from '../../electron/services/exercises/runner-host';
import { runExercise } from '../../electron/services/exercises/run-exercise';
import { childEnv, defaultRunnerFiles, forkSpawner, isolationArgs, type SpawnRunner } from '../../electron/services/exercises/spawner';
import { makeTempDir, removeDir } from '../helpers/temp-dir';
import { RUN_ONCE, jsExercise, sqlExercise } from '../unit/exercises/inline-exercise';

let host: RunnerHost;
const WALL_MS = 2_000;

beforeAll(() => {
  host = createRunnerHost({ limits: { wallMs: WALL_MS } });
});
afterAll(() => host.close());

/** Runs `body` as the learner's exported `run` function. */
const runLearner = (body: string) => runExercise(host, jsExercise(RUN_ONCE), `export async function run() {\n${body}\n}`);

async function expectStillGrading(): Promise<void> {
  const result = await runExercise(host, jsExercise(RUN_ONCE), 'export function run() { return 42; }');
  expect(result.status).toBe('pass');
  expect(result.tests[0]!.output).toEqual(['returned 42']);
}

describe('runaway code is stopped with a clear message', () => {
  it('stops a synchronous infinite loop inside a test', async () => {
    const result = await runLearner('while (true) {}');
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/Stopped after 2 s: your code was still running/);
    expect(result.tests[0]).toMatchObject({ status: 'error', message: expect.stringMatching(/still running when the time ran out/) });
    await expectStillGrading();
  });

  it('stops an asynchronous infinite loop that never yields to timers', async () => {
    const result = await runLearner('for (;;) { await null; }');
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/Stopped after 2 s/);
    await expectStillGrading();
  });

  it('stops an infinite loop at the top level of the learner file', async () => {
    const result = await runExercise(host, jsExercise(RUN_ONCE), 'while (true) {}\nexport function run() {}');
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/still running .* while it loaded|Stopped after 2 s/);
    await expectStillGrading();
  });

  it('reports runaway recursion as a failed test, with a hint about the base case', async () => {
    const result = await runLearner('const again = (n) => again(n + 1) + 1;\nreturn again(0);');
    expect(result.status).toBe('fail');
    expect(result.tests[0]!.message).toMatch(/Maximum call stack size exceeded: a function kept calling itself/);
  });

  it('ends a memory bomb on the heap with a memory message', async () => {
    const result = await runLearner('const hoard = [];\nfor (;;) hoard.push(new Array(100000).fill({ x: 1 }));');
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/more memory than an exercise may/);
    await expectStillGrading();
  });

  it('ends a memory bomb outside the heap (typed arrays) with a memory message', async () => {
    const result = await runLearner('const hoard = [];\nfor (;;) hoard.push(new Uint8Array(32 * 1024 * 1024).fill(7));');
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/more memory than an exercise may|Stopped after/);
    await expectStillGrading();
  });

  it('caps a console flood and still reports the result', async () => {
    const result = await runLearner("for (let i = 0; i < 200000; i++) console.log('spam', i, 'x'.repeat(5000));\nreturn 'done';");
    expect(result.status).toBe('pass');
    const output = result.tests[0]!.output;
    expect(output.length).toBeLessThanOrEqual(host.limits.maxOutputLines + 1);
    expect(output.at(-1)).toMatch(/more output was cut/);
    expect(output[0]!.length).toBeLessThan(host.limits.maxLineLength + 100);
  });

  it('stops an endless console flood by the clock without flooding this process', async () => {
    const before = process.memoryUsage().rss;
    const result = await runLearner("for (;;) console.log('again and again');");
    expect(result.message).toMatch(/Stopped after 2 s/);
    expect(result.tests[0]!.output.length).toBeLessThanOrEqual(host.limits.maxOutputLines + 1);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('stops a SQL query that never ends', async () => {
    const exercise = sqlExercise('CREATE TABLE t (x INTEGER);', [{ name: 'counts', expect: { columns: ['n'], rows: [[1]], ordered: false } }]);
    const result = await runExercise(host, exercise, 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) AS n FROM r;');
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/the query was still running/);
    await expectStillGrading();
  });

  it('ends a SQL memory bomb with a clear message', async () => {
    const exercise = sqlExercise('CREATE TABLE t (x INTEGER);', [{ name: 'counts', expect: { columns: ['n'], rows: [[1]], ordered: false } }]);
    const bomb = 'WITH RECURSIVE r(n, s) AS (SELECT 1, randomblob(1000000) UNION ALL SELECT n + 1, s || randomblob(1000000) FROM r WHERE n < 4000) SELECT max(length(s)) AS n FROM r;';
    const result = await runExercise(host, exercise, bomb);
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/memory|Stopped after/i);
    await expectStillGrading();
  });
});

describe('the sandbox holds only what the exercises allow', () => {
  it('blocks fetch with a message that explains why', async () => {
    const result = await runLearner("return fetch('https://example.com/');");
    expect(result.status).toBe('fail');
    expect(result.tests[0]!.message).toMatch(/fetch\("https:\/\/example.com\/"\) was blocked: network access is not available in exercises/);
  });

  it('never lets a request reach a server on this machine (such as the app API)', async () => {
    let hits = 0;
    const server = http.createServer((_, res) => {
      hits += 1;
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const result = await runLearner(`return fetch('http://127.0.0.1:${port}/api/progress.snapshot', { method: 'POST', body: '{}' });`);
      expect(result.tests[0]!.message).toMatch(/was blocked/);
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });

  it('lets a test stand in for an upstream service with mockFetch', async () => {
    const tests = `
      import { test, assert, mockFetch } from 'roadbook:test';
      import { run } from 'solution';
      test('uses the mock', async () => {
        mockFetch((request) => Response.json({ url: request.url }));
        assert.deepEqual(await run(), { url: 'https://upstream.example/items' });
      });
      test('the mock ends with its test', async () => {
        await assert.rejects(run(), /was blocked/);
      });`;
    const result = await runExercise(host, jsExercise(tests), "export async function run() { return (await fetch('https://upstream.example/items')).json(); }");
    expect(result.tests.map((t) => t.status)).toEqual(['pass', 'pass']);
  });

  it('refuses import() and require of anything, naming the module', async () => {
    for (const [attempt, name] of [
      ["return import('node:fs');", 'node:fs'],
      ["return import('child_process');", 'child_process'],
      ["return require('fs');", 'fs'],
      ["const name = 'node:' + 'net'; return import(name);", 'node:net'],
    ]) {
      const result = await runLearner(attempt!);
      expect(result.tests[0]!.message, attempt).toBe(`Cannot load "${name}": exercises run without modules or packages (no require, fs or network). Write the code in this file. (line 2 of your code)`);
    }
  });

  it('has no window, parent, process, require or Node globals', async () => {
    const probe = "return ['window', 'parent', 'process', 'require', 'module', 'Buffer', 'global', 'WebAssembly', 'setImmediate'].map((name) => name + ':' + typeof globalThis[name]).join(',');";
    const result = await runLearner(probe);
    expect(result.tests[0]!.output).toEqual([
      'returned window:undefined,parent:undefined,process:undefined,require:undefined,module:undefined,Buffer:undefined,global:undefined,WebAssembly:undefined,setImmediate:undefined',
    ]);
  });

  it("turns Function('return this')() and eval into a clear error instead of a global", async () => {
    for (const attempt of ["return Function('return this')();", "return eval('globalThis');", "return (0, eval)('1 + 1');"]) {
      const result = await runLearner(attempt);
      expect(result.tests[0]!.message, attempt).toBe('eval() and new Function() are turned off in exercises: write the code directly.');
    }
  });

  it("cannot reach the runner process through the host's constructors", async () => {
    const escapes = [
      "return URL.constructor('return process')();",
      "return new Response('').constructor.constructor('return process')().pid;",
      "return setTimeout.constructor('return process')().pid;",
      "return Object.getPrototypeOf(async function () {}).constructor('return process')();",
    ];
    for (const attempt of escapes) {
      const result = await runLearner(attempt);
      expect(result.tests[0]!.status, attempt).toBe('error');
      expect(result.tests[0]!.message, attempt).toMatch(/turned off in exercises/);
    }
  });

  it('cannot install a stack-trace hook to collect host frames', async () => {
    const result = await runLearner("'use strict';\nError.prepareStackTrace = (e, frames) => frames;\nreturn new Error('x').stack;");
    expect(result.tests[0]!.status).toBe('error');
    expect(result.tests[0]!.message).toMatch(/read only|Cannot assign/);
  });

  it("keeps one run's changes to built-ins away from later runs and from this process", async () => {
    await runLearner("Object.prototype.polluted = 'yes'; Array.prototype.map = () => 'hijacked'; return 1;");
    const after = await runLearner("return String(({}).polluted) + ' ' + [1, 2].map((x) => x * 2).join('+');");
    expect(after.tests[0]!.output).toEqual(['returned undefined 2+4']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not let stray timers keep a finished run alive', async () => {
    const result = await runLearner("setInterval(() => console.log('tick'), 1); return 'left a timer';");
    expect(result.status).toBe('pass');
    await expectStillGrading();
  });

  it('reports an error thrown later from a timer against the running test', async () => {
    const result = await runLearner("setTimeout(() => { throw new Error('late boom'); }, 5);\nawait new Promise((resolve) => setTimeout(resolve, 50));");
    expect(result.tests[0]).toMatchObject({ status: 'error', message: 'late boom (line 2 of your code)' });
  });
});

describe('the runner child process', () => {
  it('gets an environment without the app token or data paths', () => {
    process.env.ROADBOOK_TEST_SECRET = 'token-value';
    try {
      const env = childEnv(defaultRunnerFiles());
      expect(Object.keys(env)).toEqual(process.platform === 'win32' ? ['ROADBOOK_SQLJS_DIST', 'SystemRoot'] : ['ROADBOOK_SQLJS_DIST']);
    } finally {
      delete process.env.ROADBOOK_TEST_SECRET;
    }
  });

  it('cannot read other files, write, or start processes even if learner code escaped the sandbox', async () => {
    // Runs a stand-in "escaped" script under the exact flags the runner child gets.
    const dir = makeTempDir();
    try {
      const script = path.join(dir, 'escaped.mjs');
      fs.writeFileSync(
        script,
        `const results = {};
         const attempt = async (name, fn) => { try { await fn(); results[name] = 'allowed'; } catch (e) { results[name] = e.code ?? e.message; } };
         const fs = await import('node:fs');
         await attempt('read', () => fs.readFileSync(${JSON.stringify(path.join(process.cwd(), 'package.json'))}));
         await attempt('write', () => fs.writeFileSync(${JSON.stringify(path.join(dir, 'written.txt'))}, 'x'));
         await attempt('spawn', async () => (await import('node:child_process')).execFileSync('true'));
         await attempt('worker', async () => new (await import('node:worker_threads')).Worker('1', { eval: true }));
         await attempt('eval', () => Function('return 1')());
         process.send(results);`,
      );
      const files = { ...defaultRunnerFiles(), scriptPath: script };
      const execArgv = isolationArgs({ files, heapMb: 128, nodeVersion: process.versions.node });
      const child = fork(script, [], { execArgv, env: childEnv(files), stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      const results = await new Promise<Record<string, string>>((resolve) => child.once('message', (m) => resolve(m as Record<string, string>)));
      child.kill();
      expect(results).toEqual({
        read: 'ERR_ACCESS_DENIED',
        write: 'ERR_ACCESS_DENIED',
        spawn: 'ERR_ACCESS_DENIED',
        worker: 'ERR_ACCESS_DENIED',
        eval: 'Code generation from strings disallowed for this context',
      });
      expect(fs.existsSync(path.join(dir, 'written.txt'))).toBe(false);
    } finally {
      removeDir(dir);
    }
  });
});

describe('a runtime that ignores --disallow-code-generation-from-strings', () => {
  // An Electron utility process may not apply V8 flags: the child must still keep the sandbox in.
  const withoutFlag: SpawnRunner = (request) => forkSpawner({ ...request, execArgv: request.execArgv.filter((flag) => flag !== '--disallow-code-generation-from-strings') });
  let fallbackHost: RunnerHost;
  beforeAll(() => {
    fallbackHost = createRunnerHost({ spawn: withoutFlag, keepWarm: false });
  });
  afterAll(() => fallbackHost.close());

  it("still keeps the host realm's Function constructor out of reach", async () => {
    for (const attempt of ["return URL.constructor('return process')();", "return new Response('').constructor.constructor('return process')().pid;", "return Object.getPrototypeOf(setTimeout).constructor('return 1')();"]) {
      const result = await runExercise(fallbackHost, jsExercise(RUN_ONCE), `export async function run() {\n${attempt}\n}`);
      expect(result.tests[0]!.status, attempt).toBe('error');
      expect(result.tests[0]!.message, attempt).toMatch(/is not a function|turned off in exercises/);
    }
    const normal = await runExercise(fallbackHost, jsExercise(RUN_ONCE), "export async function run() { return (await new Response('ok').text()) + new URL('http://a/b').pathname; }");
    expect(normal.tests[0]!.output).toEqual(['returned ok/b']);
  });
});
