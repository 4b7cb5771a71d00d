/**
 * The learner's progress: one immutable state object in memory, written to progress.json
 * with debounced atomic writes. All state changes go through `update`, in one place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROGRESS_STORE, type ProgressStore, type Settings, type TopicStatus } from '../../shared/schemas';
import type { ProgressSnapshot, StorageNotice, StorageStatus } from '../../shared/types';
import { DEFAULT_STORE, migrateStore } from './migrations';
import { memoryBackend, type StoreBackend, type StoreBackendFactory } from './store-backend';
import { inspectStoreFile, moveAside, removeStaleTempFiles, takeBackup } from './store-file';

export const STORE_NAME = 'progress';

export interface ProgressServiceOptions {
  readonly dataDir: string;
  readonly backendFactory: StoreBackendFactory;
  /** How long writes are gathered before one atomic write. */
  readonly debounceMs?: number;
  readonly now?: () => Date;
  readonly log?: (message: string) => void;
}

export interface ProgressService {
  snapshot(): ProgressSnapshot;
  setTopicStatus(topicId: string, status: TopicStatus): ProgressSnapshot;
  updateSettings(patch: Partial<Settings>): ProgressSnapshot;
  status(): StorageStatus;
  dismissNotice(noticeId: string): StorageStatus;
  /** Writes any pending change now. Safe to call at any time, including on quit. */
  flush(): void;
  close(): void;
}

export function openProgressService(options: ProgressServiceOptions): ProgressService {
  const { dataDir, debounceMs = 250, now = () => new Date(), log = () => {} } = options;
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
  let persistent = prepared && !notices.some((n) => n.kind === 'unwritable');
  let timer: NodeJS.Timeout | undefined;
  // A migrated (or brand-new) store is written once so the file on disk carries its version.
  let dirty = loaded.migrated;

  function write(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
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

  function update(change: (current: ProgressStore) => ProgressStore): ProgressSnapshot {
    state = PROGRESS_STORE.parse(change(state));
    dirty = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, debounceMs);
    return toSnapshot(state);
  }

  if (dirty && persistent) write();

  return {
    snapshot: () => toSnapshot(state),
    setTopicStatus: (topicId, status) =>
      update((current) => ({
        ...current,
        topics: { ...current.topics, [topicId]: { status, updatedAt: now().toISOString() } },
      })),
    updateSettings: (patch) => update((current) => ({ ...current, settings: { ...current.settings, ...patch } })),
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
    return { state: structuredClone(DEFAULT_STORE), migrated: true };
  }
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
