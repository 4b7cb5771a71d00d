import { describe, expect, it } from 'vitest';
import { DEFAULT_STORE, MIGRATIONS, migrateStore, NewerStoreError } from '../../../electron/services/progress/migrations';
import { PROGRESS_STORE, STORE_SCHEMA_VERSION } from '../../../electron/shared/schemas';

const V1 = {
  schemaVersion: 1,
  topics: {
    dns: { status: 'done', updatedAt: '2026-01-02T10:00:00.000Z' },
    http: { status: 'learning', updatedAt: '2026-01-03T10:00:00.000Z' },
  },
  settings: { theme: 'dark', welcomeSeen: true },
};

describe('store migrations to v2', () => {
  it('has one migration per version step', () => {
    expect(MIGRATIONS).toHaveLength(STORE_SCHEMA_VERSION);
  });

  it('carries a v1 store over with every status and setting, and empty new parts', () => {
    const { store, migrated } = migrateStore(structuredClone(V1));
    expect(migrated).toBe(true);
    const parsed = PROGRESS_STORE.parse(store);
    expect(parsed.topics).toEqual(V1.topics);
    expect(parsed.settings).toEqual({ ...DEFAULT_STORE.settings, theme: 'dark', welcomeSeen: true });
    expect(parsed).toMatchObject({ customTopics: {}, levels: {}, exercises: {}, review: { cards: {}, log: [] }, activity: {} });
  });

  it('is pure: the v1 object passed in is not changed', () => {
    const input = structuredClone(V1);
    migrateStore(input);
    expect(input).toEqual(V1);
  });

  it('brings an unversioned store all the way up', () => {
    const parsed = PROGRESS_STORE.parse(migrateStore({ topics: { git: { status: 'skipped', updatedAt: 'x' } } }).store);
    expect(parsed.schemaVersion).toBe(STORE_SCHEMA_VERSION);
    expect(parsed.topics.git?.status).toBe('skipped');
  });

  it('refuses a store newer than this build', () => {
    expect(() => migrateStore({ ...V1, schemaVersion: STORE_SCHEMA_VERSION + 1 })).toThrow(NewerStoreError);
  });
});
