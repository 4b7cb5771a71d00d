// @ts-check
/**
 * Runs one JavaScript/TypeScript/HTTP submission in a fresh `vm` context that holds the
 * standard language plus the few web APIs the exercises allow; `require`, `process` and the
 * file system do not exist there. Progress goes out through `send` as it happens, so the
 * host knows which test was running if the run has to be stopped.
 */
import vm from 'node:vm';
import { sandboxHarness } from './harness.mjs';

/** The harness source, compiled once per run inside each new context. */
const HARNESS_SOURCE = `(${sandboxHarness.toString()})`;

export function messageOf(error) {
  try {
    if (error && typeof error === 'object' && 'message' in error) return String(error.message);
    return String(error);
  } catch {
    return 'an error that could not be described';
  }
}

/** Web APIs the exercises may use, handed to the sandbox as they are. */
const WEB_GLOBALS = [
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'Request', 'Response', 'Headers', 'FormData', 'Blob',
  'AbortController', 'AbortSignal', 'DOMException', 'Event', 'EventTarget', 'atob', 'btoa', 'structuredClone',
];

/**
 * The sandbox's `crypto`. Node's WebCrypto checks `instanceof ArrayBuffer` against its own realm,
 * so an ArrayBuffer made inside the sandbox (`bytes.buffer`) would be refused; every byte
 * argument, and byte fields of algorithm parameters (salt, iv, info, …), is copied into a host
 * Uint8Array first.
 */
function sandboxCrypto() {
  const host = globalThis.crypto;
  const hostBytes = (value) => {
    if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') return new Uint8Array(value).slice();
    if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
    return undefined;
  };
  const hostArg = (value) => {
    const bytes = hostBytes(value);
    if (bytes) return bytes;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(Object.getPrototypeOf(value) ?? {}) === null) {
      // A plain object from the sandbox (an algorithm's parameters): convert its byte fields.
      const copy = {};
      for (const [key, field] of Object.entries(value)) copy[key] = hostBytes(field) ?? field;
      return copy;
    }
    return value;
  };
  const subtle = {};
  for (const name of ['digest', 'importKey', 'exportKey', 'sign', 'verify', 'encrypt', 'decrypt', 'deriveBits', 'deriveKey', 'generateKey', 'wrapKey', 'unwrapKey']) {
    subtle[name] = (...args) => host.subtle[name](...args.map(hostArg));
  }
  return Object.freeze({
    subtle: Object.freeze(subtle),
    randomUUID: () => host.randomUUID(),
    getRandomValues: (array) => {
      if (!ArrayBuffer.isView(array)) throw new TypeError('crypto.getRandomValues needs a typed array.');
      const filled = host.getRandomValues(new Uint8Array(array.byteLength));
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(filled);
      return array;
    },
  });
}

/**
 * @param {any} job the run-js job from the host
 * @param {(message: object) => void} send
 * @param {(onUncaught: (error: unknown) => void) => void} catchUncaught routes errors thrown later (timers, rejections) to the harness
 */
export async function runJs(job, send, catchUncaught) {
  const context = vm.createContext({}, { name: 'exercise', codeGeneration: { strings: false, wasm: false } });
  const sandbox = vm.runInContext('globalThis', context);
  for (const name of WEB_GLOBALS) define(sandbox, name, globalThis[name]);
  define(sandbox, 'crypto', sandboxCrypto());
  for (const name of ['WebAssembly', 'SharedArrayBuffer', 'Atomics']) delete sandbox[name];
  installTimers(sandbox);

  const bridge = {
    testStarted: (index) => send({ type: 'test-start', index: Number(index) }),
    testFinished: (index, status, message, output) =>
      send({ type: 'test-end', index: Number(index), status: String(status), message: message === undefined ? undefined : String(message), output: Array.from(output, String) }),
    planned: (names) => send({ type: 'plan', names: Array.from(names, String) }),
  };
  const makeHarness = vm.runInContext(HARNESS_SOURCE, context, { filename: 'roadbook-harness.js' });
  const harness = makeHarness(bridge, job.limits);
  // Errors thrown later, from timers or unhandled rejections, count against the running test.
  catchUncaught((error) => harness.uncaught(error));

  const solution = evaluateModule(job.solution, context, harness, job.limits.wallMs);
  if (solution.error) return { moduleError: { phase: 'solution', ...solution.error } };
  const tests = evaluateModule(job.tests, context, harness, job.limits.wallMs);
  if (tests.error) return { moduleError: { phase: 'tests', ...tests.error } };
  await harness.runTests();
  return {};
}

/** Defines a non-enumerable global in the sandbox. */
function define(target, name, value) {
  if (value === undefined) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

/** Timers that hand the sandbox plain numbers instead of Node's Timeout objects. */
function installTimers(sandbox) {
  const handles = new Map();
  let nextId = 1;
  const schedule = (repeat) => (callback, delay, ...args) => {
    if (typeof callback !== 'function') throw new TypeError('setTimeout and setInterval need a function.');
    const id = nextId++;
    const wait = Math.max(0, Number(delay) || 0);
    const handle = repeat
      ? setInterval(() => callback(...args), wait)
      : setTimeout(() => {
          handles.delete(id);
          callback(...args);
        }, wait);
    handles.set(id, handle);
    return id;
  };
  const cancel = (id) => {
    const handle = handles.get(id);
    if (handle === undefined) return;
    clearTimeout(handle);
    handles.delete(id);
  };
  define(sandbox, 'setTimeout', schedule(false));
  define(sandbox, 'setInterval', schedule(true));
  define(sandbox, 'clearTimeout', cancel);
  define(sandbox, 'clearInterval', cancel);
}

/**
 * Runs one transpiled CommonJS module inside the sandbox. Line numbers are kept: the wrapper
 * opens on the module's first line.
 */
function evaluateModule(file, context, harness, timeoutMs) {
  let script;
  try {
    script = new vm.Script(`(function (exports, require, module) {${file.code}\n})`, {
      filename: file.fileName,
      importModuleDynamically: () => {
        throw new Error('import() is not available in exercises: everything you need is already in scope.');
      },
    });
  } catch (error) {
    return { error: { message: messageOf(error), ...locationIn(error, file.fileName) } };
  }
  try {
    const wrapper = script.runInContext(context, { timeout: timeoutMs });
    harness.load(file.name, wrapper);
    return {};
  } catch (error) {
    return { error: { message: messageOf(error), ...locationIn(error, file.fileName) } };
  }
}

/** The first place in `fileName` that an error's stack points at. */
function locationIn(error, fileName) {
  let stack;
  try {
    stack = String(error?.stack ?? '');
  } catch {
    return {};
  }
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack);
  if (!match) return {};
  return { line: Number(match[1]), column: Number(match[2] ?? 1) };
}
