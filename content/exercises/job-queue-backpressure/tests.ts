import { test, assert } from 'roadbook:test';
import { createJobQueue, QueueFullError } from 'solution';

// A job the test finishes by hand.
function manualJob<T>(log: string[], name: string) {
  let finish: (value: T) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const job = () => {
    log.push(`start ${name}`);
    return new Promise<T>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return { job, finish: (v: T) => finish(v), fail: (e: Error) => fail(e) };
}
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

test('resolves with the value of the job', async () => {
  const queue = createJobQueue({ concurrency: 1, maxWaiting: 5 });
  assert.equal(await queue.add(async () => 42), 42);
});

test('starts a job right away when a slot is free', () => {
  const log: string[] = [];
  const queue = createJobQueue({ concurrency: 2, maxWaiting: 5 });
  void queue.add(manualJob(log, 'a').job);
  assert.deepEqual(log, ['start a']);
  assert.deepEqual(queue.stats(), { running: 1, waiting: 0 });
});

test('never runs more jobs than the concurrency limit', async () => {
  const log: string[] = [];
  const queue = createJobQueue({ concurrency: 2, maxWaiting: 5 });
  const jobs = ['a', 'b', 'c', 'd'].map((n) => manualJob<string>(log, n));
  const results = jobs.map((j) => queue.add(j.job));
  assert.deepEqual(log, ['start a', 'start b']);
  assert.deepEqual(queue.stats(), { running: 2, waiting: 2 });
  jobs[1].finish('b done');
  await tick();
  assert.deepEqual(log, ['start a', 'start b', 'start c'], 'c takes the free slot');
  assert.deepEqual(queue.stats(), { running: 2, waiting: 1 });
  jobs[0].finish('a');
  jobs[2].finish('c');
  await tick();
  jobs[3].finish('d');
  assert.deepEqual(await Promise.all(results), ['a', 'b done', 'c', 'd']);
});

test('refuses new work when the waiting line is full', async () => {
  const log: string[] = [];
  const queue = createJobQueue({ concurrency: 1, maxWaiting: 1 });
  const a = manualJob<number>(log, 'a');
  const pa = queue.add(a.job);
  const pb = queue.add(manualJob<number>(log, 'b').job);
  let called = false;
  await assert.rejects(queue.add(async () => { called = true; }), QueueFullError);
  assert.equal(called, false, 'the refused job never ran');
  assert.deepEqual(queue.stats(), { running: 1, waiting: 1 });
  a.finish(1);
  await pa;
  void pb;
});

test('maxWaiting 0 means run now or refuse', async () => {
  const queue = createJobQueue({ concurrency: 1, maxWaiting: 0 });
  const a = manualJob<number>([], 'a');
  const pa = queue.add(a.job);
  await assert.rejects(queue.add(async () => 2), QueueFullError);
  a.finish(1);
  assert.equal(await pa, 1);
  assert.equal(await queue.add(async () => 3), 3, 'there is room again');
});

test('a failed job passes its error on and frees its slot', async () => {
  const log: string[] = [];
  const queue = createJobQueue({ concurrency: 1, maxWaiting: 5 });
  const a = manualJob<string>(log, 'a');
  const pa = queue.add(a.job);
  const pb = queue.add(async () => 'b ran');
  a.fail(new Error('smtp timeout'));
  await assert.rejects(pa, /smtp timeout/);
  assert.equal(await pb, 'b ran');
});

test('a job that throws synchronously does not break the queue', async () => {
  const queue = createJobQueue({ concurrency: 1, maxWaiting: 5 });
  const bad = (() => { throw new Error('bad job'); }) as unknown as () => Promise<number>;
  await assert.rejects(queue.add(bad), /bad job/);
  assert.equal(await queue.add(async () => 7), 7);
  assert.deepEqual(queue.stats(), { running: 0, waiting: 0 });
});

test('onIdle waits until every job has finished', async () => {
  const log: string[] = [];
  const queue = createJobQueue({ concurrency: 1, maxWaiting: 5 });
  await queue.onIdle();
  const a = manualJob<number>(log, 'a');
  const b = manualJob<number>(log, 'b');
  void queue.add(a.job);
  void queue.add(b.job);
  let idle = false;
  const waiting = queue.onIdle().then(() => { idle = true; });
  a.finish(1);
  await tick();
  assert.equal(idle, false, 'b is still running');
  b.finish(2);
  await waiting;
  assert.equal(idle, true);
});
