/**
 * Settings › Backups and transfer: export progress to a file, import one back (with a preview
 * of what changes, then replace or merge), restore a rolling backup, and reset everything.
 * Every replacing action keeps a backup of the progress it replaces.
 */
import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { BackupInfo, ImportPreview } from '../../../../electron/shared/progress-types';
import type { ProgressSnapshot } from '../../../../electron/shared/types';
import { useAppStore } from '../../app/app-store';
import { Card } from '../../app/components/card';
import { ConfirmDialog } from '../../app/components/confirm-dialog';
import { Icon } from '../../app/components/icons';
import { Modal } from '../../app/components/modal';
import { useToast } from '../../app/toasts';
import { client, isDesktop } from '../../lib/api';
import { errorMessage, relativeTime } from '../../lib/format';
import { describeContents, ImportDialog } from './import-dialog';
import './data-section.css';

const REASON_LABELS: Record<string, string> = {
  startup: 'When Roadbook started',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-reset': 'Before a reset',
};

/** Largest file the import reads; matches the services' limit. */
const MAX_IMPORT_BYTES = 20_000_000;

export function DataSection() {
  const { saveProgress } = useAppStore();
  const toast = useToast();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState<{ readonly fileName: string; readonly text: string; readonly preview: ImportPreview } | undefined>();
  const [backups, setBackups] = useState<readonly BackupInfo[] | undefined>();
  const [restoring, setRestoring] = useState<BackupInfo | undefined>();
  const [resetting, setResetting] = useState(false);

  const loadBackups = useCallback(() => {
    client.data.backups({}).then(setBackups, () => setBackups([]));
  }, []);
  useEffect(loadBackups, [loadBackups]);

  /** Runs a call that replaces progress, shows the new snapshot and tells where the backup went. */
  const replaceProgress = useCallback(
    async (call: () => Promise<{ snapshot: ProgressSnapshot; backup: string | null }>, failure: string, success: string) => {
      setBusy(true);
      let backup: string | null = null;
      const saved = await saveProgress(async () => {
        const result = await call();
        backup = result.backup;
        return result.snapshot;
      }, failure);
      setBusy(false);
      loadBackups();
      if (saved) toast({ tone: 'success', message: backup ? `${success} Your previous progress was backed up first.` : success });
      return saved;
    },
    [saveProgress, toast, loadBackups],
  );

  async function exportProgress() {
    setBusy(true);
    try {
      if (isDesktop) {
        const { savedTo } = await client.data.saveExport({});
        if (savedTo) toast({ tone: 'success', message: `Progress exported to ${savedTo}` });
      } else {
        const file = await client.data.export({});
        downloadText(file.fileName, file.text);
        toast({ tone: 'success', message: `Progress exported as ${file.fileName}` });
      }
    } catch (error) {
      toast({ tone: 'error', message: `Could not export your progress: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setImporting({ fileName: file.name, text: '', preview: { ok: false, reason: 'This file is larger than any Roadbook export (over 20 MB), so it was not read.' } });
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      const preview = await client.data.previewImport({ text });
      setImporting({ fileName: file.name, text, preview });
    } catch (error) {
      toast({ tone: 'error', message: `Could not read ${file.name}: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  }

  async function runImport(mode: 'replace' | 'merge') {
    if (!importing) return;
    const { text, fileName } = importing;
    setBusy(true);
    let refused: string | undefined;
    let backup: string | null = null;
    const saved = await saveProgress(async () => {
      const result = await client.data.import({ text, mode });
      if (!result.ok) {
        refused = result.reason;
        throw new Error(result.reason);
      }
      backup = result.backup;
      return result.snapshot;
    }, 'The import did not happen');
    setBusy(false);
    loadBackups();
    if (saved) {
      setImporting(undefined);
      toast({
        tone: 'success',
        message: `${mode === 'replace' ? 'Progress replaced with' : 'Merged in'} ${fileName}.${backup ? ' Your previous progress was backed up first.' : ''}`,
      });
    } else if (refused) {
      setImporting({ ...importing, preview: { ok: false, reason: refused } });
    }
  }

  return (
    <Card id="settings-backups" title="Backups and transfer" className="settings-section data-section">
      <div className="data-actions">
        <div className="data-action">
          <div className="data-action__text">
            <h3 className="data-action__title">Export progress</h3>
            <p className="data-action__hint">Everything in one file: statuses, notes, links, practice, review history and activity.</p>
          </div>
          <button type="button" className="button" onClick={() => void exportProgress()} disabled={busy} data-testid="data-export">
            <Icon name="arrow-right" />
            Export…
          </button>
        </div>
        <div className="data-action">
          <div className="data-action__text">
            <h3 className="data-action__title">Import progress</h3>
            <p className="data-action__hint">From a Roadbook export. You see what changes before anything does.</p>
          </div>
          <button type="button" className="button" onClick={() => fileRef.current?.click()} disabled={busy} data-testid="data-import">
            <Icon name="arrow-left" />
            Import…
          </button>
          <input ref={fileRef} type="file" accept=".json,application/json" hidden onChange={(event) => void chooseFile(event)} data-testid="data-import-file" />
        </div>
      </div>

      <h3 className="data-subtitle">Backups</h3>
      <p className="data-action__hint">
        Roadbook copies your progress each time it starts and before every import, restore or reset, and keeps the newest ten.
      </p>
      {backups === undefined ? (
        <p className="muted">Looking for backups…</p>
      ) : backups.length === 0 ? (
        <p className="muted data-empty">No backups yet: the first one is made the next time Roadbook starts.</p>
      ) : (
        <ul className="backup-list" data-testid="backup-list">
          {backups.map((backup) => (
            <li key={backup.name} className="backup" data-testid="backup-row" data-name={backup.name}>
              <span className="backup__icon" aria-hidden="true">
                <Icon name="database" />
              </span>
              <span className="backup__text">
                <span className="backup__when">
                  {new Date(backup.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
                  <span className="backup__ago"> · {relativeTime(backup.createdAt)}</span>
                </span>
                <span className="backup__meta">
                  {REASON_LABELS[backup.reason] ?? backup.reason} · {backup.contents ? describeContents(backup.contents) : 'cannot be read'}
                </span>
              </span>
              <button type="button" className="button button--ghost" disabled={busy || !backup.contents} onClick={() => setRestoring(backup)}>
                <Icon name="refresh" />
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}

      <div className="data-danger">
        <div className="data-action__text">
          <h3 className="data-action__title">Reset all progress</h3>
          <p className="data-action__hint">Clears statuses, notes, practice, review and activity. Your theme stays; a backup is taken first.</p>
        </div>
        <button type="button" className="button button--danger" onClick={() => setResetting(true)} disabled={busy} data-testid="data-reset">
          <Icon name="trash" />
          Reset…
        </button>
      </div>

      {importing && (
        <ImportDialog
          fileName={importing.fileName}
          preview={importing.preview}
          busy={busy}
          onCancel={() => setImporting(undefined)}
          onImport={(mode) => void runImport(mode)}
        />
      )}
      {restoring && (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel="Restore"
          testId="restore-confirm"
          onCancel={() => setRestoring(undefined)}
          onConfirm={() => {
            const backup = restoring;
            setRestoring(undefined);
            void replaceProgress(() => client.data.restoreBackup({ name: backup.name }), 'Could not restore the backup', 'Backup restored.');
          }}
        >
          <p>
            Your progress goes back to how it was on{' '}
            <strong>{new Date(restoring.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</strong>
            {restoring.contents ? ` (${describeContents(restoring.contents)})` : ''}.
          </p>
          <p>Your current progress is backed up first, so you can come back to it.</p>
        </ConfirmDialog>
      )}
      {resetting && (
        <ResetDialog
          onCancel={() => setResetting(false)}
          onReset={() => {
            setResetting(false);
            void replaceProgress(() => client.data.reset({ confirm: 'reset' }), 'Could not reset your progress', 'All progress was reset.');
          }}
        />
      )}
    </Card>
  );
}


function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ResetDialog({ onCancel, onReset }: { readonly onCancel: () => void; readonly onReset: () => void }) {
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const ready = typed.trim().toLowerCase() === 'reset';
  return (
    <Modal labelledBy={titleId} onClose={onCancel} className="confirm-dialog" testId="reset-dialog" initialFocus={inputRef}>
      <h2 id={titleId} className="confirm-dialog__title">
        Reset all progress?
      </h2>
      <div className="confirm-dialog__body">
        <p>Every status, checklist tick, note, link, practice result, review card and day of activity is cleared.</p>
        <p>A backup is taken first, so you can restore it from this screen.</p>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) onReset();
        }}
      >
        <label className="field reset-field">
          <span className="field__label">Type “reset” to confirm</span>
          <input ref={inputRef} className="input" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} data-testid="reset-input" />
        </label>
        <div className="confirm-dialog__actions">
          <button type="button" className="button button--ghost" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--danger-solid" disabled={!ready} data-testid="reset-confirm">
            Reset everything
          </button>
        </div>
      </form>
    </Modal>
  );
}
