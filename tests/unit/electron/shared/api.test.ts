import { describe, expect, it } from 'vitest';
import { api, CHANNELS, findMethod } from '../../../../electron/shared/api';

describe('the API contract', () => {
  it('names every method once, as domain.method', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    expect(CHANNELS.length).toBe(Object.values(api).reduce((n, methods) => n + Object.keys(methods).length, 0));
  });

  it('finds contract entries and nothing else, including prototype keys', () => {
    expect(findMethod('progress.setTopicStatus')).toBeDefined();
    for (const bogus of ['progress.nope', 'nope.snapshot', '__proto__.constructor', 'progress.constructor', 'toString', 'progress', '']) {
      expect(findMethod(bogus)).toBeUndefined();
    }
  });

  it('refuses extra fields so a caller cannot smuggle data past a schema', () => {
    const spec = findMethod('progress.setTopicStatus')!;
    expect(spec.input.safeParse({ topicId: 'http', status: 'done' }).success).toBe(true);
    expect(spec.input.safeParse({ topicId: 'http', status: 'done', extra: 1 }).success).toBe(false);
    expect(spec.input.safeParse({ topicId: '__proto__', status: 'done' }).success).toBe(false);
    expect(spec.input.safeParse({ topicId: 'http', status: 'finished' }).success).toBe(false);
  });
});
