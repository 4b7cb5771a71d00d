/**
 * Pure migrations of progress.json, one per schema version.
 *
 * Each takes the previous version's object and returns the next one. They never touch the
 * disk, so they are tested as plain functions. A file with no `schemaVersion` is version 0.
 */
import { STORE_SCHEMA_VERSION, type ProgressStore } from '../../shared/schemas';

type Migration = (previous: Record<string, unknown>) => Record<string, unknown>;

export const DEFAULT_STORE: ProgressStore = Object.freeze({
  schemaVersion: STORE_SCHEMA_VERSION,
  topics: {},
  settings: { theme: 'system', welcomeSeen: false },
}) as ProgressStore;

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the unversioned start (an empty file written by a first run, or a hand-made one).
  (previous) => ({
    schemaVersion: 1,
    topics: isRecord(previous.topics) ? previous.topics : {},
    settings: { ...DEFAULT_STORE.settings, ...(isRecord(previous.settings) ? previous.settings : {}) },
  }),
];

export class NewerStoreError extends Error {
  constructor(readonly version: number) {
    super(`it was written by a newer version of Roadbook (store schema ${version}; this one reads up to ${STORE_SCHEMA_VERSION})`);
  }
}

/** Brings any known older store up to the current version. Throws for a newer or malformed one. */
export function migrateStore(raw: unknown): { store: Record<string, unknown>; migrated: boolean } {
  if (!isRecord(raw)) throw new TypeError('it does not hold a JSON object');
  const version = raw.schemaVersion === undefined ? 0 : raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new TypeError('its schemaVersion is not a whole number');
  }
  if (version > STORE_SCHEMA_VERSION) throw new NewerStoreError(version);
  let store = raw;
  for (let v = version; v < STORE_SCHEMA_VERSION; v += 1) store = MIGRATIONS[v]!(store);
  return { store, migrated: version !== STORE_SCHEMA_VERSION };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
