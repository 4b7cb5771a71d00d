/**
 * Pure migrations of progress.json, one per schema version.
 *
 * Each takes the previous version's object and returns the next one. They never touch the
 * disk, so they are tested as plain functions. A file with no `schemaVersion` is version 0.
 */
import { STORE_SCHEMA_VERSION, type ProgressStore } from '../../shared/schemas';

type Migration = (previous: Record<string, unknown>) => Record<string, unknown>;

export const DEFAULT_SETTINGS: ProgressStore['settings'] = Object.freeze({
  theme: 'system',
  welcomeSeen: false,
  reviewReminder: false,
  reviewReminderTime: '09:00',
  newCardsPerDay: 20,
});

export const DEFAULT_STORE: ProgressStore = Object.freeze({
  schemaVersion: STORE_SCHEMA_VERSION,
  topics: {},
  customTopics: {},
  levels: {},
  exercises: {},
  review: { cards: {}, log: [] },
  activity: {},
  settings: DEFAULT_SETTINGS,
}) as ProgressStore;

/** A fresh, mutable default store. */
export function emptyStore(): ProgressStore {
  return structuredClone(DEFAULT_STORE) as ProgressStore;
}

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the unversioned start (an empty file written by a first run, or a hand-made one).
  (previous) => ({
    schemaVersion: 1,
    topics: isRecord(previous.topics) ? previous.topics : {},
    settings: { theme: 'system', welcomeSeen: false, ...(isRecord(previous.settings) ? previous.settings : {}) },
  }),
  // 1 → 2: notes, links, checklists, the learner's own topics, practice, review and activity.
  // Version 1 only had topic statuses and two settings; every new part starts empty.
  (previous) => ({
    ...previous,
    schemaVersion: 2,
    customTopics: {},
    levels: {},
    exercises: {},
    review: { cards: {}, log: [] },
    activity: {},
    settings: {
      ...(isRecord(previous.settings) ? previous.settings : {}),
      reviewReminder: DEFAULT_SETTINGS.reviewReminder,
      reviewReminderTime: DEFAULT_SETTINGS.reviewReminderTime,
      newCardsPerDay: DEFAULT_SETTINGS.newCardsPerDay,
    },
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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
