// @ts-check
/**
 * The test harness that runs INSIDE the exercise sandbox. Only the source text of
 * `sandboxHarness` is used: it is evaluated in the sandbox's own realm, so every object it
 * makes (assertion errors, console, fetch) belongs to the sandbox and nothing refers back to
 * the runner. It must not refer to anything outside itself.
 */
/** Receives the host bridge and the limits; returns the module loader, the test loop and the uncaught-error hook. */
export function sandboxHarness(bridge, limits) {
  'use strict';
  const global = globalThis;
  const tests = [];
  const names = new Set();
  const modules = Object.create(null);
  let current = null;
  let totalLines = 0;
  const moduleOutput = [];

  // --- output -------------------------------------------------------------------------------
  function show(value, depth, seen) {
    depth = depth || 0;
    seen = seen || [];
    try {
      if (typeof value === 'string') return depth === 0 ? value : JSON.stringify(value);
      if (typeof value === 'bigint') return `${value}n`;
      if (typeof value === 'symbol') return value.toString();
      if (typeof value === 'function') return `[Function${value.name ? `: ${value.name}` : ''}]`;
      if (value === null || typeof value !== 'object') return String(value);
      if (seen.includes(value)) return '[Circular]';
      const tag = Object.prototype.toString.call(value);
      if (tag === '[object Date]') return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
      if (tag === '[object RegExp]') return String(value);
      if (tag === '[object Error]' || value instanceof Error) return `${value.name || 'Error'}: ${value.message}`;
      if (depth > 3) return Array.isArray(value) ? '[Array]' : '[Object]';
      const inner = seen.concat([value]);
      const list = (items, more) => items.join(', ') + (more > 0 ? `, … ${more} more` : '');
      if (Array.isArray(value)) {
        const items = value.slice(0, 30).map((v) => show(v, depth + 1, inner));
        return `[${list(items, value.length - 30)}]`;
      }
      if (tag === '[object Map]') {
        const entries = Array.from(value.entries()).slice(0, 30).map(([k, v]) => `${show(k, depth + 1, inner)} => ${show(v, depth + 1, inner)}`);
        return `Map(${value.size}) {${entries.length ? ` ${list(entries, value.size - 30)} ` : ''}}`;
      }
      if (tag === '[object Set]') {
        const entries = Array.from(value.values()).slice(0, 30).map((v) => show(v, depth + 1, inner));
        return `Set(${value.size}) {${entries.length ? ` ${list(entries, value.size - 30)} ` : ''}}`;
      }
      if (tag === '[object Headers]') return `Headers ${show(Object.fromEntries(value.entries()), depth + 1, inner)}`;
      if (tag === '[object Response]') return `Response { status: ${value.status} }`;
      if (tag === '[object Request]') return `Request { ${value.method} ${value.url} }`;
      if (ArrayBuffer.isView(value)) return `${tag.slice(8, -1)}(${value.length ?? value.byteLength}) [${Array.from(value.slice ? value.slice(0, 30) : []).join(', ')}]`;
      const keys = Object.keys(value);
      const entries = keys.slice(0, 30).map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${show(value[k], depth + 1, inner)}`);
      const proto = Object.getPrototypeOf(value);
      const name = proto && proto !== Object.prototype && proto.constructor && proto.constructor.name && proto.constructor.name !== 'Object' ? `${proto.constructor.name} ` : '';
      return entries.length ? `${name}{ ${list(entries, keys.length - 30)} }` : `${name}{}`;
    } catch {
      return '[value that could not be shown]';
    }
  }

  function write(args) {
    const bucket = current ? current.output : moduleOutput;
    if (totalLines >= limits.maxOutputLines) return;
    totalLines += 1;
    let line = Array.from(args, (arg) => show(arg)).join(' ');
    if (line.length > limits.maxLineLength) line = `${line.slice(0, limits.maxLineLength)}… (line cut at ${limits.maxLineLength} characters)`;
    bucket.push(line);
    if (totalLines === limits.maxOutputLines) bucket.push(`… more output was cut: a run keeps at most ${limits.maxOutputLines} lines.`);
  }

  const consoleObject = {};
  for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table']) consoleObject[name] = (...args) => write(args);
  Object.defineProperty(global, 'console', { value: consoleObject, writable: true, configurable: true });
  Object.defineProperty(global, 'queueMicrotask', {
    value: (callback) => {
      if (typeof callback !== 'function') throw new TypeError('queueMicrotask needs a function.');
      Promise.resolve().then(() => callback());
    },
    writable: true,
    configurable: true,
  });
  Object.defineProperty(Error, 'prepareStackTrace', { value: undefined, writable: false, configurable: false });

  // --- fetch ---------------------------------------------------------------------------------
  let mockHandler = null;
  function fetch(input, init) {
    const handler = mockHandler;
    if (!handler) {
      let target;
      try {
        target = typeof input === 'string' ? input : input && input.url ? String(input.url) : String(input);
      } catch {
        target = '…';
      }
      return Promise.reject(
        new TypeError(`fetch(${JSON.stringify(target)}) was blocked: network access is not available in exercises. Tests that need an upstream service provide one with mockFetch.`),
      );
    }
    return new Promise((resolve) => resolve(handler(new Request(input, init)))).then((response) => {
      if (Object.prototype.toString.call(response) !== '[object Response]') throw new TypeError('The mockFetch handler must return a Response.');
      return response;
    });
  }
  Object.defineProperty(global, 'fetch', { value: fetch, writable: true, configurable: true });

  function mockFetch(handler) {
    if (typeof handler !== 'function') throw new TypeError('mockFetch needs a function (request) => Response.');
    if (!current) throw new Error('mockFetch can only be used inside a test.');
    mockHandler = handler;
  }

  // --- assertions ----------------------------------------------------------------------------
  class AssertionError extends Error {
    constructor(message) {
      super(message);
      this.name = 'AssertionError';
    }
  }
  const same = (a, b) => Object.is(a, b) || a === b;
  const tagOf = (v) => Object.prototype.toString.call(v);

  function deepSame(a, b, seen) {
    if (same(a, b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    const tag = tagOf(a);
    if (tag !== tagOf(b) || Array.isArray(a) !== Array.isArray(b)) return false;
    for (const [x, y] of seen) if (x === a && y === b) return true;
    seen = seen.concat([[a, b]]);
    if (tag === '[object Date]') return same(a.getTime(), b.getTime());
    if (tag === '[object RegExp]') return String(a) === String(b);
    if (tag === '[object Map]') {
      if (a.size !== b.size) return false;
      for (const [key, value] of a) if (!b.has(key) || !deepSame(value, b.get(key), seen)) return false;
      return true;
    }
    if (tag === '[object Set]') {
      if (a.size !== b.size) return false;
      outer: for (const value of a) {
        if (b.has(value)) continue;
        for (const other of b) if (deepSame(value, other, seen)) continue outer;
        return false;
      }
      return true;
    }
    if (ArrayBuffer.isView(a)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i += 1) if (!same(a[i], b[i])) return false;
      return true;
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) {
      if (!Object.prototype.hasOwnProperty.call(b, key) || !deepSame(a[key], b[key], seen)) return false;
    }
    return true;
  }

  const compared = (message, expected, actual) =>
    `${message ? `${message}\n` : ''}Expected: ${show(expected, 1)}\nActual:   ${show(actual, 1)}`;

  function matches(error, matcher) {
    if (matcher === undefined) return true;
    if (tagOf(matcher) === '[object RegExp]') return matcher.test(error && error.message !== undefined ? String(error.message) : String(error));
    if (typeof matcher === 'function') return error instanceof matcher || (error && error.name === matcher.name);
    return false;
  }
  const describeMatcher = (matcher) => (typeof matcher === 'function' ? matcher.name : String(matcher));

  const assert = {
    equal(actual, expected, message) {
      if (!same(actual, expected)) throw new AssertionError(compared(message, expected, actual));
    },
    notEqual(actual, expected, message) {
      if (same(actual, expected)) throw new AssertionError(`${message ? `${message}\n` : ''}Expected a value other than ${show(expected, 1)}`);
    },
    deepEqual(actual, expected, message) {
      if (!deepSame(actual, expected, [])) throw new AssertionError(compared(message, expected, actual));
    },
    ok(value, message) {
      if (!value) throw new AssertionError(message || `Expected a truthy value, got ${show(value, 1)}`);
    },
    match(text, pattern, message) {
      if (typeof text !== 'string' || !pattern.test(text)) {
        throw new AssertionError(`${message ? `${message}\n` : ''}Expected ${show(text, 1)} to match ${String(pattern)}`);
      }
    },
    throws(fn, matcher, message) {
      try {
        fn();
      } catch (error) {
        if (!matches(error, matcher)) {
          throw new AssertionError(`${message ? `${message}\n` : ''}It threw ${show(error, 1)}, which does not match ${describeMatcher(matcher)}`);
        }
        return error;
      }
      throw new AssertionError(message || 'Expected the function to throw, but it returned normally.');
    },
    async rejects(promiseOrFn, matcher, message) {
      try {
        await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
      } catch (error) {
        if (!matches(error, matcher)) {
          throw new AssertionError(`${message ? `${message}\n` : ''}It rejected with ${show(error, 1)}, which does not match ${describeMatcher(matcher)}`);
        }
        return error;
      }
      throw new AssertionError(message || 'Expected the promise to reject, but it resolved.');
    },
    fail(message) {
      throw new AssertionError(message || 'Failed.');
    },
  };

  function test(name, fn) {
    if (typeof name !== 'string' || name.length === 0) throw new TypeError('test() needs a name.');
    if (typeof fn !== 'function') throw new TypeError(`test("${name}") needs a function.`);
    if (names.has(name)) throw new Error(`Two tests are named "${name}".`);
    names.add(name);
    tests.push({ name, fn });
  }

  // --- modules -------------------------------------------------------------------------------
  modules['roadbook:test'] = Object.freeze({ test, assert, mockFetch, AssertionError });

  function requireModule(specifier) {
    const name = String(specifier);
    if (name in modules) return modules[name];
    throw new Error(`Cannot load "${name}": exercises run without modules or packages (no require, fs or network). Write the code in this file.`);
  }

  function load(name, wrapper) {
    const module = { exports: {} };
    wrapper.call(undefined, module.exports, requireModule, module);
    modules[name] = module.exports;
  }

  // --- the test loop -------------------------------------------------------------------------
  function errorText(error) {
    try {
      if (error && typeof error === 'object' && 'message' in error) {
        const name = error.name && error.name !== 'Error' && error.name !== 'AssertionError' ? `${error.name}: ` : '';
        const message = `${name}${String(error.message)}`;
        if (/Maximum call stack size exceeded/.test(message)) return `${message}: a function kept calling itself. Check that a recursive function reaches its base case.`;
        if (/Code generation from strings disallowed/.test(message)) return 'eval() and new Function() are turned off in exercises: write the code directly.';
        // Point at the learner's line when the error came from their file.
        const where = error instanceof AssertionError ? null : /solution\.[jt]s:(\d+)/.exec(String(error.stack));
        return where ? `${message} (line ${where[1]} of your code)` : message;
      }
      return `Threw ${show(error, 1)}`;
    } catch {
      return 'The test threw a value that could not be described.';
    }
  }

  function uncaught(error) {
    if (current && current.fail) current.fail(error);
    else write([`Uncaught ${errorText(error)}`]);
  }

  async function runTests() {
    bridge.planned(tests.map((t) => t.name));
    for (let index = 0; index < tests.length; index += 1) {
      const entry = tests[index];
      const state = { output: index === 0 ? moduleOutput : [], fail: null };
      current = state;
      mockHandler = null;
      bridge.testStarted(index);
      let status = 'pass';
      let message;
      let timer;
      try {
        await new Promise((resolve, reject) => {
          state.fail = reject;
          timer = global.setTimeout(() => reject({ timeout: true }), limits.testTimeoutMs);
          Promise.resolve()
            .then(() => entry.fn())
            .then(resolve, reject);
        });
      } catch (error) {
        if (error && error.timeout === true) {
          status = 'error';
          message = `This test did not finish within ${limits.testTimeoutMs / 1000} s. Is a promise never resolved, or a loop waiting on something that never happens?`;
        } else {
          status = error instanceof AssertionError ? 'fail' : 'error';
          message = errorText(error);
        }
      } finally {
        global.clearTimeout(timer);
        current = null;
        mockHandler = null;
      }
      bridge.testFinished(index, status, message, state.output);
    }
  }

  return { load, runTests, uncaught };
}

