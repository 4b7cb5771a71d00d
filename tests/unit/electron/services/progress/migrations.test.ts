import { describe, expect, it } from 'vitest';
import { PROGRESS_STORE, STORE_SCHEMA_VERSION } from '../../../../../electron/shared/schemas';
import { DEFAULT_STORE, migrateStore, NewerStoreError } from '../../../../../electron/services/progress/migrations';

describe('migrateStore', () => {
  it('turns an empty first-run file into a valid current store', () => {
    const { store, migrated } = migrateStore({});
    expect(migrated).toBe(true);
    expect(PROGRESS_STORE.parse(store)).toEqual(DEFAULT_STORE);
  });

  it('keeps the topics and settings of an unversioned store', () => {
    const { store } = migrateStore({ topics: { dns: { status: 'done', updatedAt: '2026-01-01T00:00:00.000Z' } }, settings: { theme: 'dark' } });
    const parsed = PROGRESS_STORE.parse(store);
    expect(parsed.topics.dns?.status).toBe('done');
    expect(parsed.settings).toEqual({ ...DEFAULT_STORE.settings, theme: 'dark' });
  });

  it('leaves a current store as it is', () => {
    expect(migrateStore(structuredClone(DEFAULT_STORE))).toEqual({ store: DEFAULT_STORE, migrated: false });
  });

  it('refuses a store from a newer Roadbook rather than guessing', () => {
    expect(() => migrateStore({ schemaVersion: STORE_SCHEMA_VERSION + 1 })).toThrow(NewerStoreError);
  });

  it('refuses things that are not stores', () => {
    for (const bad of [null, [], 'text', 3, { schemaVersion: 'one' }, { schemaVersion: -1 }]) {
      expect(() => migrateStore(bad)).toThrow();
    }
  });
});
