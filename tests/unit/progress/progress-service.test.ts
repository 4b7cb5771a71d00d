import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openProgressService, validateChange } from '../../../electron/services/progress/progress-service';
import { emptyStore } from '../../../electron/services/progress/migrations';
import { confBackend, type StoreBackendFactory } from '../../../electron/services/progress/store-backend';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

let dataDir: string;
beforeEach(() => {
  dataDir = makeTempDir();
});
afterEach(() => {
  vi.useRealTimers();
  removeDir(dataDir);
});

describe('progress service writes', () => {
  it('still saves during a steady stream of changes, soon after the first one', () => {
    vi.useFakeTimers();
    const writes: number[] = [];
    const counting: StoreBackendFactory = (options) => {
      const inner = confBackend(options);
      return { path: inner.path, read: inner.read, write: (value) => (writes.push(Date.now()), inner.write(value)) };
    };
    const service = openProgressService({ dataDir, backendFactory: counting, debounceMs: 250 });
    writes.length = 0;
    // A change every 100 ms for 3 seconds: the debounce alone would never fire.
    for (let i = 0; i < 30; i += 1) {
      service.recordActivity(1);
      vi.advanceTimersByTime(100);
    }
    // Every half second at the latest (the default), not once per change.
    expect(writes.length).toBeGreaterThanOrEqual(5);
    expect(writes.length).toBeLessThanOrEqual(7);
    service.close();
  });

  it('writes at once for changes that ask for it', () => {
    vi.useFakeTimers();
    const writes: unknown[] = [];
    const counting: StoreBackendFactory = (options) => {
      const inner = confBackend(options);
      return { path: inner.path, read: inner.read, write: (value) => (writes.push(value), inner.write(value)) };
    };
    const service = openProgressService({ dataDir, backendFactory: counting });
    writes.length = 0;
    service.update((s) => ({ ...s, topics: { dns: { status: 'done', updatedAt: 'now' } } }), { immediate: true });
    expect(writes).toHaveLength(1);
    service.update((s) => s);
    vi.advanceTimersByTime(2_000);
    expect(writes).toHaveLength(1);
  });
});

describe('validating a change', () => {
  it('checks every part that changed and refuses what does not fit', () => {
    const before = emptyStore();
    expect(() => validateChange(before, { ...before, topics: { dns: { status: 'mastered' as never, updatedAt: 'x' } } })).toThrow();
    expect(() => validateChange(before, { ...before, activity: { today: { seconds: 1, completed: 0 } } })).toThrow();
    expect(() => validateChange(before, { ...before, extra: true } as never)).toThrow();
    const next = validateChange(before, { ...before, topics: { dns: { status: 'done', updatedAt: 'x' } } });
    expect(next.topics.dns?.status).toBe('done');
    expect(next.review).toBe(before.review);
  });
});
