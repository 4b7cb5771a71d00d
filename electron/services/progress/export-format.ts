/**
 * The export file: one JSON document holding the whole store, tagged so Roadbook can tell
 * its own files from anything else. Reading one back is defensive: a file that is not an
 * export, comes from a newer Roadbook, or fails validation is refused with a reason a learner
 * can act on, and nothing of it reaches the store.
 */
import { z } from 'zod';
import { LIMITS, PROGRESS_STORE, STORE_SCHEMA_VERSION, type ProgressStore } from '../../shared/schemas';
import type { ExportContents } from '../../shared/progress-types';
import { isRecord, migrateStore, NewerStoreError } from './migrations';

export const EXPORT_FORMAT = 'roadbook-progress';

export interface ExportDocument {
  readonly format: typeof EXPORT_FORMAT;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly app: { readonly name: string; readonly version: string };
  readonly progress: ProgressStore;
}

/** Keys that could reach an object's prototype if some code ever copied them naively. */
const HOSTILE_KEYS = new Set(['__proto__']);

/** How many entries of each kind an import may hold; far above a lifetime of study. */
export const IMPORT_CAPS = {
  topics: 5_000,
  customTopics: LIMITS.customTopics,
  levels: 5_000,
  exercises: 5_000,
  reviewCards: 50_000,
  activityDays: 20_000,
} as const;

export function exportFileName(at: Date): string {
  const day = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  return `roadbook-progress-${day}.json`;
}

export function buildExport(store: ProgressStore, at: Date, version: string): string {
  const document: ExportDocument = {
    format: EXPORT_FORMAT,
    schemaVersion: store.schemaVersion,
    exportedAt: at.toISOString(),
    app: { name: 'Roadbook', version },
    progress: store,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export type ParsedExport = { readonly ok: true; readonly store: ProgressStore; readonly exportedAt: string; readonly schemaVersion: number } | { readonly ok: false; readonly reason: string };

const EXPORT_KEYS: ReadonlySet<string> = new Set(['format', 'schemaVersion', 'exportedAt', 'app', 'progress']);
const APP_INFO = z.object({ name: z.string().max(100), version: z.string().max(100) }).strict();

const NOT_AN_EXPORT = 'This file is not a Roadbook progress export. Choose a file made with “Export progress”.';

/** Reads an export's text. Never throws: every failure comes back as a reason. */
export function parseExport(text: string): ParsedExport {
  if (text.trim() === '') return { ok: false, reason: 'This file is empty.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (HOSTILE_KEYS.has(key)) throw new HostileKeyError(key);
      return value;
    });
  } catch (error) {
    if (error instanceof HostileKeyError) {
      return { ok: false, reason: `This file contains a key named “${error.key}”, which Roadbook never writes. It was refused to keep the app safe.` };
    }
    if (error instanceof RangeError) return { ok: false, reason: 'This file is nested too deeply to be a Roadbook export.' };
    return { ok: false, reason: `${NOT_AN_EXPORT} (It is not valid JSON.)` };
  }
  if (!isRecord(raw) || raw.format !== EXPORT_FORMAT) return { ok: false, reason: NOT_AN_EXPORT };
  const unexpected = Object.keys(raw).find((key) => !EXPORT_KEYS.has(key));
  if (unexpected !== undefined) {
    return { ok: false, reason: `This Roadbook export has a field Roadbook does not write (“${trim(unexpected)}”), so it may have been edited by hand.` };
  }
  if (raw.app !== undefined && !APP_INFO.safeParse(raw.app).success) {
    return { ok: false, reason: 'This Roadbook export has a damaged “app” field, so it may have been edited by hand.' };
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'This Roadbook export has no valid format version, so it cannot be read safely.' };
  }
  if (version > STORE_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `This export was made by a newer Roadbook (format version ${version}; this one reads up to ${STORE_SCHEMA_VERSION}). Update Roadbook, then import it again.`,
    };
  }
  if (!isRecord(raw.progress)) return { ok: false, reason: 'This Roadbook export has no progress in it.' };
  const declared = raw.progress.schemaVersion === undefined ? 0 : raw.progress.schemaVersion;
  if (declared !== version) {
    return { ok: false, reason: 'This Roadbook export is inconsistent: its two format versions differ, so it may have been edited by hand.' };
  }
  const exportedAt = typeof raw.exportedAt === 'string' && !Number.isNaN(Date.parse(raw.exportedAt)) ? raw.exportedAt : '';
  if (!exportedAt) return { ok: false, reason: 'This Roadbook export has no valid export date, so it may have been edited by hand.' };

  let store: ProgressStore;
  try {
    const migrated = migrateStore(raw.progress).store;
    const parsed = PROGRESS_STORE.safeParse(migrated);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.map(String).join('.') || 'the top level';
      return { ok: false, reason: `This Roadbook export does not pass validation (${trim(where)}: ${trim(first?.message ?? 'invalid')}). Nothing was changed.` };
    }
    store = parsed.data;
  } catch (error) {
    if (error instanceof NewerStoreError) return { ok: false, reason: `This export ${error.message}.` };
    if (error instanceof RangeError) return { ok: false, reason: 'This file is nested too deeply to be a Roadbook export.' };
    return { ok: false, reason: `This Roadbook export cannot be read (${trim((error as Error).message)}). Nothing was changed.` };
  }
  const tooMany = overCaps(store);
  if (tooMany) return { ok: false, reason: `This export holds more ${tooMany} than Roadbook accepts, so it was refused.` };
  return { ok: true, store, exportedAt, schemaVersion: version };
}

class HostileKeyError extends Error {
  constructor(readonly key: string) {
    super(`hostile key ${key}`);
  }
}

function overCaps(store: ProgressStore): string | undefined {
  const sizes: Record<keyof typeof IMPORT_CAPS, number> = {
    topics: Object.keys(store.topics).length,
    customTopics: Object.keys(store.customTopics).length,
    levels: Object.keys(store.levels).length,
    exercises: Object.keys(store.exercises).length,
    reviewCards: Object.keys(store.review.cards).length,
    activityDays: Object.keys(store.activity).length,
  };
  const names: Record<keyof typeof IMPORT_CAPS, string> = {
    topics: 'topics',
    customTopics: 'topics of your own',
    levels: 'git levels',
    exercises: 'exercises',
    reviewCards: 'review cards',
    activityDays: 'days of activity',
  };
  for (const key of Object.keys(IMPORT_CAPS) as (keyof typeof IMPORT_CAPS)[]) {
    if (sizes[key] > IMPORT_CAPS[key]) return names[key];
  }
  return undefined;
}

function trim(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/** What a store holds, counted the way the import preview and the backup list show it. */
export function countContents(store: ProgressStore): ExportContents {
  const topics = Object.values(store.topics);
  return {
    topics: topics.filter((entry) => entry.status !== 'not-started').length,
    notes: topics.filter((entry) => (entry.notes ?? '') !== '').length,
    links: topics.reduce((sum, entry) => sum + (entry.links?.length ?? 0), 0),
    customTopics: Object.keys(store.customTopics).length,
    levels: Object.keys(store.levels).length,
    exercises: Object.keys(store.exercises).length,
    reviewCards: Object.keys(store.review.cards).length,
    reviewLog: store.review.log.length,
    activityDays: Object.keys(store.activity).length,
  };
}
