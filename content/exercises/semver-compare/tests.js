import { test, assert } from 'roadbook:test';
import { compareVersions, sortVersions } from 'solution';

test('compares major, minor and patch as numbers', () => {
  assert.equal(compareVersions('1.9.3', '1.10.0'), -1);
  assert.equal(compareVersions('2.0.0', '1.99.99'), 1);
  assert.equal(compareVersions('1.2.10', '1.2.9'), 1);
  assert.equal(compareVersions('3.4.5', '3.4.5'), 0);
});

test('accepts a leading v and ignores build metadata', () => {
  assert.equal(compareVersions('v2.1.0', '2.1.0'), 0);
  assert.equal(compareVersions('1.0.0+build.1', '1.0.0+build.2'), 0);
  assert.equal(compareVersions('1.0.1+old', '1.0.0+new'), 1);
});

test('ranks a prerelease below its release', () => {
  assert.equal(compareVersions('1.0.0-rc.1', '1.0.0'), -1);
  assert.equal(compareVersions('1.0.0', '1.0.0-alpha'), 1);
  assert.equal(compareVersions('1.0.1-alpha', '1.0.0'), 1, 'the numbers still come first');
});

test('compares numeric prerelease identifiers as numbers', () => {
  assert.equal(compareVersions('1.0.0-beta.2', '1.0.0-beta.11'), -1);
  assert.equal(compareVersions('1.0.0-rc.10', '1.0.0-rc.9'), 1);
});

test('puts numeric identifiers before alphanumeric ones', () => {
  assert.equal(compareVersions('1.0.0-1', '1.0.0-alpha'), -1);
  assert.equal(compareVersions('1.0.0-alpha.beta', '1.0.0-alpha.1'), 1);
});

test('compares words in ASCII order and shorter lists first', () => {
  assert.equal(compareVersions('1.0.0-alpha', '1.0.0-beta'), -1);
  assert.equal(compareVersions('1.0.0-Beta', '1.0.0-alpha'), -1, 'uppercase sorts before lowercase');
  assert.equal(compareVersions('1.0.0-alpha', '1.0.0-alpha.1'), -1);
  assert.equal(compareVersions('1.0.0-x-y.2', '1.0.0-x-y.2'), 0);
});

test('sorts a list without changing the original', () => {
  const input = ['1.0.0', '1.0.0-rc.1', '1.0.0-beta.11', '1.0.0-beta.2', '1.0.0-alpha.1', '1.0.0-alpha', '0.9.9'];
  const copy = [...input];
  assert.deepEqual(sortVersions(input), [
    '0.9.9',
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
  ]);
  assert.deepEqual(input, copy);
});

test('throws a TypeError that names an invalid version', () => {
  for (const bad of ['1.0', '1.0.0.0', 'one.two.three', '', '01.0.0', '1.0.0-', '1.0.0-a..b', '1.0.0+']) {
    assert.throws(() => compareVersions(bad, '1.0.0'), TypeError, `compareVersions(${JSON.stringify(bad)})`);
  }
  assert.throws(() => compareVersions('1.0.0', '1.2'), /1\.2/);
  assert.throws(() => sortVersions(['1.0.0', 'latest']), /latest/);
});
