import { test, assert } from 'roadbook:test';
import { createLogger } from 'solution';

const T = Date.UTC(2024, 4, 1, 12, 0, 0);

function setup(options: { level?: 'debug' | 'info' | 'warn' | 'error'; fields?: Record<string, unknown> } = {}) {
  const lines: string[] = [];
  const logger = createLogger({ ...options, write: (line) => lines.push(line), now: () => T });
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l)) };
}

test('writes one JSON line with time, level and message', () => {
  const { logger, lines, records } = setup();
  logger.info('server started', { port: 8080 });
  assert.equal(lines.length, 1);
  assert.ok(!lines[0].includes('\n'), 'a single line without newlines');
  assert.deepEqual(records()[0], { time: '2024-05-01T12:00:00.000Z', level: 'info', msg: 'server started', port: 8080 });
});

test('drops messages below the minimum level', () => {
  const { logger, records } = setup({ level: 'warn' });
  logger.debug('a');
  logger.info('b');
  logger.warn('c');
  logger.error('d');
  assert.deepEqual(records().map((r) => r.msg), ['c', 'd']);
});

test('uses info as the default level', () => {
  const { logger, records } = setup();
  logger.debug('hidden');
  logger.info('shown');
  assert.deepEqual(records().map((r) => r.level), ['info']);
});

test('merges logger fields with call fields, call fields winning', () => {
  const { logger, records } = setup({ fields: { service: 'billing', region: 'eu' } });
  logger.info('charged', { region: 'us', amount: 5 });
  const r = records()[0];
  assert.equal(r.service, 'billing');
  assert.equal(r.region, 'us');
  assert.equal(r.amount, 5);
});

test('does not let fields overwrite time, level or msg', () => {
  const { logger, records } = setup({ fields: { level: 'debug' } });
  logger.error('real message', { msg: 'fake', time: 'yesterday' });
  const r = records()[0];
  assert.equal(r.level, 'error');
  assert.equal(r.msg, 'real message');
  assert.equal(r.time, '2024-05-01T12:00:00.000Z');
});

test('writes errors with their name and message', () => {
  const { logger, records } = setup();
  logger.error('payment failed', { err: new TypeError('amount must be a number') });
  assert.deepEqual(records()[0].err, { name: 'TypeError', message: 'amount must be a number' });
});

test('child loggers add fields without changing the parent', () => {
  const { logger, records } = setup({ fields: { service: 'api' } });
  const child = logger.child({ requestId: 'r-17' });
  child.child({ userId: 42 }).warn('slow');
  logger.info('plain');
  const [fromChild, fromParent] = records();
  assert.deepEqual(
    { service: fromChild.service, requestId: fromChild.requestId, userId: fromChild.userId },
    { service: 'api', requestId: 'r-17', userId: 42 },
  );
  assert.equal(fromParent.requestId, undefined);
});

test('child loggers keep the minimum level', () => {
  const { logger, records } = setup({ level: 'error' });
  logger.child({ a: 1 }).warn('hidden');
  assert.equal(records().length, 0);
});

test('rejects an unknown level', () => {
  assert.throws(() => createLogger({ write: () => {}, level: 'verbose' as never }), RangeError);
});
