import { test, assert } from 'roadbook:test';
import { createBatcher } from 'solution';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function fakeTimers() {
  const timers: Array<{ fn: () => void; ms: number; cancelled: boolean; fired: boolean }> = [];
  return {
    schedule: (fn: () => void, ms: number) => {
      const timer = { fn, ms, cancelled: false, fired: false };
      timers.push(timer);
      return () => { timer.cancelled = true; };
    },
    fire() {
      for (const t of timers) {
        if (!t.cancelled && !t.fired) {
          t.fired = true;
          t.fn();
        }
      }
    },
    active: () => timers.filter((t) => !t.cancelled && !t.fired),
    all: timers,
  };
}

function recorder(fail?: (items: string[]) => boolean) {
  const batches: string[][] = [];
  const flush = async (items: string[]) => {
    batches.push(items);
    if (fail?.(items)) throw new Error(`could not write ${items.join(',')}`);
  };
  return { batches, flush };
}

test('flushes as soon as the batch is full', async () => {
  const timers = fakeTimers();
  const { batches, flush } = recorder();
  const b = createBatcher({ maxSize: 3, maxWaitMs: 50, flush, schedule: timers.schedule });
  const done = [b.add('a'), b.add('b'), b.add('c')];
  assert.deepEqual(batches, [['a', 'b', 'c']], 'flushed during the third add');
  await Promise.all(done);
  assert.equal(timers.active().length, 0, 'the timer was cancelled');
});

test('flushes a partial batch when the timer fires', async () => {
  const timers = fakeTimers();
  const { batches, flush } = recorder();
  const b = createBatcher({ maxSize: 10, maxWaitMs: 50, flush, schedule: timers.schedule });
  const done = [b.add('a'), b.add('b')];
  assert.deepEqual(batches, []);
  assert.equal(b.pending(), 2);
  timers.fire();
  await Promise.all(done);
  assert.deepEqual(batches, [['a', 'b']]);
  assert.equal(b.pending(), 0);
});

test('starts one timer per batch with maxWaitMs', () => {
  const timers = fakeTimers();
  const b = createBatcher({ maxSize: 10, maxWaitMs: 75, flush: recorder().flush, schedule: timers.schedule });
  void b.add('a');
  void b.add('b');
  void b.add('c');
  assert.equal(timers.all.length, 1);
  assert.equal(timers.all[0].ms, 75);
});

test('starts a fresh batch after each flush', async () => {
  const timers = fakeTimers();
  const { batches, flush } = recorder();
  const b = createBatcher({ maxSize: 2, maxWaitMs: 50, flush, schedule: timers.schedule });
  const done = [b.add('a'), b.add('b'), b.add('c')];
  assert.equal(timers.active().length, 1, 'c started a new timer');
  timers.fire();
  await Promise.all(done);
  assert.deepEqual(batches, [['a', 'b'], ['c']]);
});

test('add resolves only after its batch was written', async () => {
  const timers = fakeTimers();
  let finish: () => void = () => {};
  const flush = () => new Promise<void>((resolve) => { finish = resolve; });
  const b = createBatcher<string>({ maxSize: 1, maxWaitMs: 50, flush, schedule: timers.schedule });
  let resolved = false;
  const done = b.add('a').then(() => { resolved = true; });
  await tick();
  assert.equal(resolved, false, 'still writing');
  finish();
  await done;
  assert.equal(resolved, true);
});

test('a failed flush rejects its own batch only', async () => {
  const timers = fakeTimers();
  const { batches, flush } = recorder((items) => items.includes('bad'));
  const b = createBatcher({ maxSize: 2, maxWaitMs: 50, flush, schedule: timers.schedule });
  const first = [b.add('ok'), b.add('bad')];
  const later = b.add('fine');
  await assert.rejects(first[0], /could not write ok,bad/);
  await assert.rejects(first[1], /could not write ok,bad/);
  timers.fire();
  await later;
  assert.deepEqual(batches, [['ok', 'bad'], ['fine']]);
});

test('flushNow writes what is waiting and cancels the timer', async () => {
  const timers = fakeTimers();
  const { batches, flush } = recorder();
  const b = createBatcher({ maxSize: 10, maxWaitMs: 50, flush, schedule: timers.schedule });
  const done = b.add('a');
  await b.flushNow();
  await done;
  assert.deepEqual(batches, [['a']]);
  assert.equal(timers.active().length, 0);
  timers.fire();
  assert.deepEqual(batches, [['a']], 'no second, empty flush');
});

test('flushNow with nothing waiting does not call flush', async () => {
  const { batches, flush } = recorder();
  const b = createBatcher({ maxSize: 10, maxWaitMs: 50, flush, schedule: fakeTimers().schedule });
  await b.flushNow();
  assert.deepEqual(batches, []);
});
