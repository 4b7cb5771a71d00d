/**
 * Start-up housekeeping for progress.json: stale temp files, quarantine of unreadable
 * files and rolling backups. A learner's file is never deleted or overwritten here:
 * anything that cannot be read is renamed aside so it can still be recovered by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROGRESS_STORE } from '../../shared/schemas';
import { migrateStore, NewerStoreError } from './migrations';

export const BACKUP_DIR = 'backups';
export const BACKUPS_KEPT = 10;

/** A file-system friendly timestamp, sortable as text. */
export function stamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Removes temp files left by an interrupted atomic write. They are never the only copy:
 * the rename that would have replaced the store did not happen, so the store is intact.
 */
export function removeStaleTempFiles(storePath: string): string[] {
  const dir = path.dirname(storePath);
  const prefix = `${path.basename(storePath)}.tmp-`;
  const removed: string[] = [];
  for (const name of safeReaddir(dir)) {
    if (!name.startsWith(prefix)) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // A temp file we cannot remove is harmless; the next start tries again.
    }
  }
  return removed;
}

export type Inspection =
  | { readonly kind: 'missing' }
  | { readonly kind: 'valid' }
  | { readonly kind: 'invalid'; readonly reason: string; readonly newer: boolean };

/** Reads the store file and says whether it can be loaded, without changing anything. */
export function inspectStoreFile(storePath: string): Inspection {
  let text: string;
  try {
    text = fs.readFileSync(storePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'invalid', reason: `it could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, newer: false };
  }
  let raw: unknown;
  let hostile = false;
  try {
    // Validation would silently drop a `__proto__` key; a file holding one was not written by Roadbook.
    raw = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') hostile = true;
      return value;
    });
  } catch (error) {
    if (error instanceof RangeError) return { kind: 'invalid', reason: 'it is nested too deeply', newer: false };
    return { kind: 'invalid', reason: text.trim() === '' ? 'it is empty' : 'it is not valid JSON', newer: false };
  }
  if (hostile) return { kind: 'invalid', reason: 'it contains a “__proto__” key, which Roadbook never writes', newer: false };
  try {
    const { store } = migrateStore(raw);
    const parsed = PROGRESS_STORE.safeParse(store);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { kind: 'invalid', reason: `it does not match the progress format (${first?.path.join('.') || 'root'}: ${first?.message})`, newer: false };
    }
  } catch (error) {
    return { kind: 'invalid', reason: (error as Error).message, newer: error instanceof NewerStoreError };
  }
  return { kind: 'valid' };
}

/** Renames an unreadable store aside (`progress.corrupt-<time>.json`) and returns the new path. */
export function moveAside(storePath: string, label: 'corrupt' | 'newer'): string {
  const ext = path.extname(storePath);
  const base = storePath.slice(0, storePath.length - ext.length);
  const target = `${base}.${label === 'corrupt' ? 'corrupt' : 'from-newer-version'}-${stamp()}${ext}`;
  fs.renameSync(storePath, target);
  return target;
}

/** Copies a readable store into `backups/` and keeps only the newest BACKUPS_KEPT copies. */
export function takeBackup(storePath: string, reason = 'startup'): string {
  const dir = path.join(path.dirname(storePath), BACKUP_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const name = path.basename(storePath, path.extname(storePath));
  const time = stamp();
  // Two starts within one millisecond must not overwrite each other's backup: number them.
  let target = '';
  for (let n = 0; !target || fs.existsSync(target); n += 1) {
    target = path.join(dir, `${name}-${time}-${String(n).padStart(2, '0')}-${reason}.json`);
  }
  fs.copyFileSync(storePath, target, fs.constants.COPYFILE_EXCL);
  pruneBackups(dir, name);
  return target;
}

function pruneBackups(dir: string, name: string): void {
  const backups = safeReaddir(dir)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.json'))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) {
    fs.rmSync(path.join(dir, old), { force: true });
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
