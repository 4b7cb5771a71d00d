/**
 * The learner's progress: one immutable state object in memory, written to progress.json
 * with debounced atomic writes. All state changes go through `update`, in one place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROGRESS_STORE, type ProgressStore, type Settings, type TopicStatus } from '../../shared/schemas';
import type { ProgressSnapshot, StorageNotice, StorageStatus } from '../../shared/types';
import * as changes from './changes';
import { emptyStore, migrateStore } from './migrations';
import { memoryBackend, type StoreBackend, type StoreBackendFactory } from './store-backend';
import { BACKUP_DIR, inspectStoreFile, moveAside, removeStaleTempFiles, takeBackup } from './store-file';

export const STORE_NAME = 'progress';

export interface ProgressServiceOptions {
  readonly dataDir: string;
  readonly backendFactory: StoreBackendFactory;
  /** How long writes are gathered before one atomic write. */
  readonly debounceMs?: number;
  /** The longest a change waits during a steady stream of changes (the debounce never starves). */
  readonly maxWaitMs?: number;
  readonly now?: () => Date;
  readonly log?: (message: string) => void;
  /** Applied to the store once it is loaded (content id renames from content/migrations.yaml). */
  readonly onLoad?: (store: ProgressStore) => ProgressStore;
}

export interface UpdateOptions {
  /** Write at once instead of after the debounce (imports, restores, resets). */
  readonly immediate?: boolean;
}

export interface ProgressService {
  snapshot(): ProgressSnapshot;
  /** The whole store, schema version included. */
  state(): ProgressStore;
  /** The one way to change the store: validated, then saved (debounced unless `immediate`). */
  update(change: (current: ProgressStore) => ProgressStore, options?: UpdateOptions): ProgressSnapshot;
  now(): Date;
  setTopicStatus(topicId: string, status: TopicStatus): ProgressSnapshot;
  updateSettings(patch: Partial<Settings>): ProgressSnapshot;
  setChecklistItem(topicId: string, index: number, done: boolean): ProgressSnapshot;
  setTopicNotes(topicId: string, notes: string): ProgressSnapshot;
  addTopicLink(topicId: string, link: { readonly title: string; readonly url: string }): ProgressSnapshot;
  removeTopicLink(topicId: string, linkId: string): ProgressSnapshot;
  addCustomTopic(input: { readonly sectionId: string; readonly title: string; readonly summary?: string | undefined }): ProgressSnapshot;
  removeCustomTopic(id: string): ProgressSnapshot;
  recordLevel(levelId: string, commands: number, par: number): ProgressSnapshot;
  saveExerciseDraft(exerciseId: string, code: string): ProgressSnapshot;
  recordExerciseRun(exerciseId: string, status: 'pass' | 'fail' | 'error'): ProgressSnapshot;
  recordActivity(seconds: number): ProgressSnapshot;
  /**
   * Writes pending changes, then copies progress.json into backups/. Returns the backup's
   * file name, or null when there is nothing on disk to copy or the disk refuses.
   */
  backupNow(reason: string): string | null;
  /** The folder backups live in. */
  readonly backupDir: string;
  readonly storePath: string;
  status(): StorageStatus;
  dismissNotice(noticeId: string): StorageStatus;
  /** Writes any pending change now. Safe to call at any time, including on quit. */
  flush(): void;
  close(): void;
}

export function openProgressService(options: ProgressServiceOptions): ProgressService {
  const { dataDir, debounceMs = 250, maxWaitMs = 500, now = () => new Date(), log = () => {} } = options;
  const storePath = path.join(dataDir, `${STORE_NAME}.json`);
  const notices: StorageNotice[] = [];

  const prepared = prepareDataDir(storePath, notices, log);
  let backend: StoreBackend;
  try {
    backend = prepared ? options.backendFactory({ dataDir, name: STORE_NAME }) : memoryBackend(storePath);
  } catch (error) {
    notices.push(unwritableNotice(dataDir, error));
    backend = memoryBackend(storePath);
  }

  const loaded = loadState(backend, log);
  let state = loaded.state;
  if (options.onLoad) {
    const adjusted = PROGRESS_STORE.parse(options.onLoad(state));
    if (JSON.stringify(adjusted) !== JSON.stringify(state)) {
      state = adjusted;
      loaded.migrated = true;
    }
  }
  let persistent = prepared && !notices.some((n) => n.kind === 'unwritable');
  let timer: NodeJS.Timeout | undefined;
  /** When the oldest unsaved change was made (monotonic ms), or undefined when all is saved. */
  let pendingSince: number | undefined;
  // A migrated (or brand-new) store is written once so the file on disk carries its version.
  let dirty = loaded.migrated;

  function write(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
    pendingSince = undefined;
    if (!dirty) return;
    try {
      backend.write(state as unknown as Record<string, unknown>);
      dirty = false;
      if (!persistent) {
        persistent = true;
        removeNotices('unwritable');
      }
    } catch (error) {
      // Keep working in memory and say so; the next change tries the disk again.
      persistent = false;
      removeNotices('unwritable');
      notices.push(unwritableNotice(dataDir, error));
      log(`progress write failed: ${(error as Error).message}`);
    }
  }

  function removeNotices(kind: StorageNotice['kind']): void {
    for (let i = notices.length - 1; i >= 0; i -= 1) if (notices[i]!.kind === kind) notices.splice(i, 1);
  }

  function update(change: (current: ProgressStore) => ProgressStore, updateOptions: UpdateOptions = {}): ProgressSnapshot {
    const next = change(state);
    if (next === state) return toSnapshot(state);
    state = validateChange(state, next);
    dirty = true;
    if (timer) clearTimeout(timer);
    if (updateOptions.immediate) {
      write();
    } else {
      const clock = performance.now();
      pendingSince ??= clock;
      timer = setTimeout(write, Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - clock)));
    }
    return toSnapshot(state);
  }

  if (dirty && persistent) write();

  const backupDir = path.join(dataDir, BACKUP_DIR);

  return {
    snapshot: () => toSnapshot(state),
    state: () => state,
    update,
    now,
    setTopicStatus: (topicId, status) => update((current) => changes.setTopicStatus(current, topicId, status, now())),
    updateSettings: (patch) => update((current) => ({ ...current, settings: { ...current.settings, ...patch } })),
    setChecklistItem: (topicId, index, done) => update((current) => changes.setChecklistItem(current, topicId, index, done, now())),
    setTopicNotes: (topicId, notes) => update((current) => changes.setTopicNotes(current, topicId, notes, now())),
    addTopicLink: (topicId, link) => update((current) => changes.addTopicLink(current, topicId, link, now())),
    removeTopicLink: (topicId, linkId) => update((current) => changes.removeTopicLink(current, topicId, linkId)),
    addCustomTopic: (input) => update((current) => changes.addCustomTopic(current, input, now()).store),
    removeCustomTopic: (id) => update((current) => changes.removeCustomTopic(current, id)),
    recordLevel: (levelId, commands, par) => update((current) => changes.recordLevel(current, levelId, commands, par, now())),
    saveExerciseDraft: (exerciseId, code) => update((current) => changes.saveExerciseDraft(current, exerciseId, code, now())),
    recordExerciseRun: (exerciseId, status) => update((current) => changes.recordExerciseRun(current, exerciseId, status, now())),
    recordActivity: (seconds) => update((current) => changes.recordActivity(current, seconds, now())),
    backupNow(reason) {
      write();
      if (!persistent || !fs.existsSync(storePath)) return null;
      try {
        return path.basename(takeBackup(storePath, reason));
      } catch (error) {
        log(`backup (${reason}) failed: ${(error as Error).message}`);
        return null;
      }
    },
    backupDir,
    storePath,
    status: () => ({ dataDir, storePath: backend.path, persistent, notices: [...notices] }),
    dismissNotice(noticeId) {
      const index = notices.findIndex((n) => n.id === noticeId);
      if (index >= 0 && notices[index]!.kind !== 'unwritable') notices.splice(index, 1);
      return this.status();
    },
    flush: write,
    close() {
      write();
    },
  };
}

/**
 * Makes the data folder usable: creates it, clears stale temp files, moves an unreadable
 * store aside and takes a start-up backup. Returns false when the folder cannot be used.
 */
function prepareDataDir(storePath: string, notices: StorageNotice[], log: (message: string) => void): boolean {
  const dataDir = path.dirname(storePath);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (error) {
    notices.push(unwritableNotice(dataDir, error));
    return false;
  }
  removeStaleTempFiles(storePath);
  const inspection = inspectStoreFile(storePath);
  if (inspection.kind === 'invalid') {
    try {
      const movedTo = moveAside(storePath, inspection.newer ? 'newer' : 'corrupt');
      notices.push({
        id: path.basename(movedTo),
        kind: 'corrupt-moved',
        movedTo,
        message: `Your progress file could not be loaded because ${inspection.reason}. It was kept as ${movedTo} and Roadbook started with fresh progress.`,
      });
      log(`moved unreadable progress file to ${movedTo}: ${inspection.reason}`);
    } catch (error) {
      notices.push(unwritableNotice(dataDir, error));
      return false;
    }
  } else if (inspection.kind === 'valid') {
    try {
      takeBackup(storePath);
    } catch (error) {
      log(`start-up backup failed: ${(error as Error).message}`);
    }
  }
  return true;
}

function loadState(backend: StoreBackend, log: (message: string) => void): { state: ProgressStore; migrated: boolean } {
  try {
    const { store, migrated } = migrateStore(backend.read());
    return { state: PROGRESS_STORE.parse(store), migrated };
  } catch (error) {
    log(`progress store unreadable after preparation, starting fresh: ${(error as Error).message}`);
    return { state: emptyStore(), migrated: true };
  }
}

type Section = Exclude<keyof ProgressStore, 'schemaVersion'>;
const SECTIONS = Object.keys(PROGRESS_STORE.shape).filter((key) => key !== 'schemaVersion') as Section[];

/**
 * Validates a changed store. Parts that are the very same objects as in the (already valid)
 * previous store are not parsed again, which keeps a change cheap with years of history;
 * anything unexpected at the top level falls back to a full parse.
 */
export function validateChange(previous: ProgressStore, next: ProgressStore): ProgressStore {
  const keys = Object.keys(next);
  const sameShape = next.schemaVersion === previous.schemaVersion && keys.length === SECTIONS.length + 1 && SECTIONS.every((key) => Object.hasOwn(next, key));
  if (!sameShape) return PROGRESS_STORE.parse(next);
  const result = { ...next } as Record<Section, unknown>;
  for (const key of SECTIONS) {
    if (next[key] !== previous[key]) result[key] = PROGRESS_STORE.shape[key].parse(next[key]);
  }
  return result as ProgressStore;
}

function toSnapshot(state: ProgressStore): ProgressSnapshot {
  const { schemaVersion: _version, ...snapshot } = state;
  return snapshot;
}

function unwritableNotice(dataDir: string, error: unknown): StorageNotice {
  return {
    id: 'unwritable',
    kind: 'unwritable',
    message: `Roadbook cannot save to ${dataDir} because ${whyUnwritable(error)}. Your changes are kept while the app stays open; free some space or fix the folder's permissions to save them.`,
  };
}

/** The reason in a learner's words, for the error codes a data folder usually fails with. */
function whyUnwritable(error: unknown): string {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'the folder is read-only';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'part of its path is a file, not a folder';
    default:
      return (error as Error)?.message ?? String(error);
  }
}
