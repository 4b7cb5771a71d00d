// @ts-check
/**
 * The exercise runner's child process: it runs ONE learner submission and exits.
 *
 * It is plain JavaScript so it can start without a TypeScript loader, in Node (child_process.fork)
 * and in an Electron utility process alike. The parent starts it with a small heap, code
 * generation from strings turned off and, where Node has it, the permission model (read access
 * to this folder and sql.js only; no writes, no child processes, no workers). It gets no app token,
 * an empty environment, and its only channel is the one back to the runner host, which treats
 * every message as untrusted.
 *
 * JavaScript submissions run in a fresh `vm` context (run-js.mjs, harness.mjs); SQL submissions
 * in a fresh sql.js database per test (run-sql.mjs). The host grades SQL rows itself.
 */
import { messageOf, runJs } from './run-js.mjs';
import { loadSqlJs, runSql } from './run-sql.mjs';

const SQL_DIST_ENV = 'ROADBOOK_SQLJS_DIST';

// Nothing may install a stack-trace hook that could hand out this realm's frames.
Object.defineProperty(Error, 'prepareStackTrace', { value: undefined, writable: false, configurable: false });
hideFunctionConstructorsUnlessBlocked();

const channel = openChannel();
const sqlDist = process.env[SQL_DIST_ENV];
const sqlEngine = sqlDist ? loadSqlJs(sqlDist) : undefined;
const send = (message) => channel.send(message);
const catchUncaught = (handler) => {
  process.on('uncaughtException', handler);
  process.on('unhandledRejection', handler);
};

// A spare whose host has gone (crashed or killed) has nothing left to do.
process.on('disconnect', () => process.exit(0));

let started = false;
channel.onMessage((job) => {
  if (started || !job || typeof job !== 'object') return;
  started = true;
  const run = job.type === 'run-sql' ? runSql(job, send, sqlEngine) : job.type === 'run-js' ? runJs(job, send, catchUncaught) : Promise.reject(new Error('unknown job'));
  run.then(
    (summary) => finish({ type: 'done', ...summary }),
    (error) => finish({ type: 'crash', message: messageOf(error) }),
  );
});
// Ready once the SQL engine is loaded and both paths have run once on a fixed job of our own,
// so start-up and first-run compilation do not count against a learner's run. No learner code
// has run in this process when it says ready; each job still gets a fresh context or database.
warmUp()
  .catch(() => undefined)
  .then(() => channel.send({ type: 'ready' }));

async function warmUp() {
  const ignore = () => {};
  const limits = { wallMs: 1000, testTimeoutMs: 1000, maxOutputLines: 10, maxLineLength: 100 };
  const module = (name, code) => ({ name, fileName: `warm-up-${name}.js`, code });
  await runJs(
    {
      solution: module('solution', 'exports.twice = (n) => n * 2;'),
      tests: module('tests', "const { test, assert } = require('roadbook:test'); const { twice } = require('solution'); test('warm', async () => assert.deepEqual([twice(2)], [4]));"),
      limits,
    },
    ignore,
    ignore,
  );
  if (sqlEngine) await runSql({ schema: 'CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);', solution: 'SELECT x FROM t;', tests: [{}], maxRows: 10 }, ignore, sqlEngine);
}

/** Sends the last message and leaves; the parent would kill this process otherwise. */
function finish(message) {
  channel.send(message, () => process.exit(0));
  setTimeout(() => process.exit(0), 500).unref();
}

/** The one channel to the parent: Node's IPC when forked, `parentPort` in an Electron utility process. */
function openChannel() {
  const parentPort = /** @type {any} */ (process).parentPort;
  if (parentPort) {
    return {
      send: (message, done) => {
        parentPort.postMessage(message);
        if (done) setImmediate(done);
      },
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('The exercise runner must be started by the runner host.');
  return {
    send: (message, done) => send(message, undefined, {}, done ?? (() => {})),
    onMessage: (listener) => process.on('message', listener),
  };
}

/**
 * The sandbox is handed some objects of this realm (Request, URL, timers…), and through them
 * this realm's `Function` constructor. `--disallow-code-generation-from-strings` makes that
 * constructor useless; a runtime that ignores the flag (it cannot be set after start-up) gets
 * the constructors removed from the function prototypes instead, which nothing here needs.
 */
function hideFunctionConstructorsUnlessBlocked() {
  try {
    Function('return 1')();
  } catch {
    return;
  }
  const prototypes = [function () {}, async function () {}, function* () {}, async function* () {}].map((fn) => Object.getPrototypeOf(fn));
  for (const prototype of prototypes) Object.defineProperty(prototype, 'constructor', { value: undefined, writable: false, configurable: false });
}
