/**
 * The learner's data as a whole: export, import (preview, replace or merge), the rolling
 * backups and a full reset. Every operation that replaces progress takes a backup first and
 * writes at once, so a crash right after cannot lose either copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROGRESS_STORE, type ProgressStore } from '../../shared/schemas';
import type { BackupInfo, DataChangeResult, ExportFile, ImportPreview, ImportResult, SavedExport } from '../../shared/progress-types';
import { buildExport, countContents, exportFileName, parseExport } from './export-format';
import { mergeStores, summarizeChanges } from './merge';
import { emptyStore, migrateStore } from './migrations';
import type { ProgressService } from './progress-service';

/** `progress-<stamp>-<nn>-<reason>.json`, as written by takeBackup. */
const BACKUP_NAME = /^progress-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-\d{2}-([a-z-]+)\.json$/;

export class DataError extends Error {}

export interface DataService {
  export(): ExportFile;
  saveExport(): Promise<SavedExport>;
  previewImport(text: string): ImportPreview;
  import(text: string, mode: 'replace' | 'merge'): ImportResult;
  backups(): BackupInfo[];
  restoreBackup(name: string): DataChangeResult;
  reset(): DataChangeResult;
}

export interface DataServiceOptions {
  readonly progress: ProgressService;
  readonly version: string;
  /** Desktop only: asks where to save and writes the file; null when the learner cancels. */
  readonly saveFile?: (suggestedName: string, text: string) => Promise<string | null>;
}

export function openDataService({ progress, version, saveFile }: DataServiceOptions): DataService {
  const exportNow = (): ExportFile => {
    const at = progress.now();
    return { fileName: exportFileName(at), text: buildExport(progress.state(), at, version) };
  };

  const combine = (incoming: ProgressStore, mode: 'replace' | 'merge', exportedAt: string): ProgressStore =>
    mode === 'replace' ? { ...incoming, schemaVersion: progress.state().schemaVersion } : mergeStores(progress.state(), incoming, exportedAt);

  const readBackup = (name: string): ProgressStore => {
    if (!BACKUP_NAME.test(name) || !listBackupFiles(progress.backupDir).includes(name)) {
      throw new DataError(`there is no backup named “${name}”`);
    }
    const text = fs.readFileSync(path.join(progress.backupDir, name), 'utf8');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new DataError(`the backup “${name}” is damaged (not valid JSON)`);
    }
    const parsed = PROGRESS_STORE.safeParse(migrateStore(raw).store);
    if (!parsed.success) throw new DataError(`the backup “${name}” does not match the progress format`);
    return parsed.data;
  };

  return {
    export: exportNow,
    async saveExport() {
      if (!saveFile) throw new DataError('saving through a dialog is only available in the desktop app');
      const file = exportNow();
      return { savedTo: await saveFile(file.fileName, file.text) };
    },
    previewImport(text) {
      const parsed = parseExport(text);
      if (!parsed.ok) return parsed;
      const current = progress.state();
      return {
        ok: true,
        exportedAt: parsed.exportedAt,
        schemaVersion: parsed.schemaVersion,
        contents: countContents(parsed.store),
        changes: {
          replace: summarizeChanges(current, combine(parsed.store, 'replace', parsed.exportedAt)),
          merge: summarizeChanges(current, combine(parsed.store, 'merge', parsed.exportedAt)),
        },
      };
    },
    import(text, mode) {
      const parsed = parseExport(text);
      if (!parsed.ok) return parsed;
      const before = progress.state();
      const next = PROGRESS_STORE.parse(combine(parsed.store, mode, parsed.exportedAt));
      const backup = progress.backupNow('before-import');
      const snapshot = progress.update(() => next, { immediate: true });
      return { ok: true, snapshot, backup, changes: summarizeChanges(before, next) };
    },
    backups() {
      return listBackupFiles(progress.backupDir)
        .map((name) => describeBackup(progress.backupDir, name, readBackup))
        .sort((a, b) => b.name.localeCompare(a.name));
    },
    restoreBackup(name) {
      // Read first: taking the safety backup may prune the oldest file, which could be this one.
      const restored = readBackup(name);
      const backup = progress.backupNow('before-restore');
      const snapshot = progress.update(() => restored, { immediate: true });
      return { snapshot, backup };
    },
    reset() {
      const backup = progress.backupNow('before-reset');
      const snapshot = progress.update((current) => ({ ...emptyStore(), settings: current.settings }), { immediate: true });
      return { snapshot, backup };
    },
  };
}

function listBackupFiles(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((name) => BACKUP_NAME.test(name));
  } catch {
    return [];
  }
}

function describeBackup(dir: string, name: string, read: (name: string) => ProgressStore): BackupInfo {
  const [, day, h, m, s, ms, reason] = BACKUP_NAME.exec(name)!;
  let bytes = 0;
  try {
    bytes = fs.statSync(path.join(dir, name)).size;
  } catch {
    // A file removed between listing and reading shows as empty; restoring it will say why.
  }
  let contents: BackupInfo['contents'];
  try {
    contents = countContents(read(name));
  } catch {
    contents = null;
  }
  return { name, createdAt: `${day}T${h}:${m}:${s}.${ms}Z`, reason: reason!, bytes, contents };
}
