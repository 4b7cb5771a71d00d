import { test, assert } from 'roadbook:test';
import { parseDuration, formatDuration } from 'solution';

test('parses a single part in every unit', () => {
  assert.equal(parseDuration('250ms'), 250);
  assert.equal(parseDuration('30s'), 30_000);
  assert.equal(parseDuration('5m'), 300_000);
  assert.equal(parseDuration('2h'), 7_200_000);
  assert.equal(parseDuration('1d'), 86_400_000);
});

test('adds up several parts, with or without spaces', () => {
  assert.equal(parseDuration('1h30m'), 5_400_000);
  assert.equal(parseDuration(' 2h 15m '), 8_100_000);
  assert.equal(parseDuration('1m30s500ms'), 90_500);
  assert.equal(parseDuration('30m1h'), 5_400_000, 'any order');
});

test('accepts decimals and rounds to whole milliseconds', () => {
  assert.equal(parseDuration('1.5h'), 5_400_000);
  assert.equal(parseDuration('0.5s'), 500);
  assert.equal(parseDuration('0.0004s'), 0);
  assert.equal(parseDuration('1.0006s'), 1001);
});

test('rejects malformed input with the text in the message', () => {
  for (const bad of ['', '   ', '100', '5w', '-5s', '1h1h', '1h and 5m', 'h', '1.h', '.5s']) {
    assert.throws(() => parseDuration(bad), Error, `parseDuration(${JSON.stringify(bad)})`);
  }
  assert.throws(() => parseDuration('10 parsecs'), /10 parsecs/);
});

test('formats with the largest units first and skips zeros', () => {
  assert.equal(formatDuration(5_400_000), '1h30m');
  assert.equal(formatDuration(90_061_001), '1d1h1m1s1ms');
  assert.equal(formatDuration(86_400_000 + 5), '1d5ms');
  assert.equal(formatDuration(999), '999ms');
});

test('formats zero as 0ms', () => {
  assert.equal(formatDuration(0), '0ms');
});

test('formatDuration rejects negative and fractional values', () => {
  assert.throws(() => formatDuration(-1), RangeError);
  assert.throws(() => formatDuration(1.5), RangeError);
  assert.throws(() => formatDuration(Infinity), RangeError);
  assert.throws(() => formatDuration('100'), RangeError);
});

test('format and parse round-trip', () => {
  for (const ms of [1, 1000, 61_000, 3_723_004, 172_800_000]) {
    assert.equal(parseDuration(formatDuration(ms)), ms, String(ms));
  }
});
