/**
 * Settings › Backups and transfer: export progress to a file, import one back (with a preview
 * of what changes, then replace or merge), restore a rolling backup, and reset everything.
 * Every replacing action keeps a backup of the progress it replaces.
 */
import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import {
  CHANGE_CATEGORIES,
  type BackupInfo,
  type ChangeCategory,
  type ChangeSummary,
  type ExportContents,
  type ImportPreview,
} from '../../../../electron/shared/progress-types';
import type { ProgressSnapshot } from '../../../../electron/shared/types';
import { useAppStore } from '../../app/app-store';
import { Card } from '../../app/components/card';
import { ConfirmDialog } from '../../app/components/confirm-dialog';
import { Icon } from '../../app/components/icons';
import { Modal } from '../../app/components/modal';
import { useToast } from '../../app/toasts';
import { client, isDesktop } from '../../lib/api';
import { errorMessage, plural, relativeTime } from '../../lib/format';
import './data-section.css';

const CATEGORY_LABELS: Record<ChangeCategory, string> = {
  topics: 'Topic statuses',
  checklist: 'Checklist ticks',
  notes: 'Notes',
  links: 'Your links',
  customTopics: 'Your own topics',
  levels: 'Git levels',
  exercises: 'Exercises',
  reviewCards: 'Review cards',
  reviewLog: 'Review answers',
  activityDays: 'Days of activity',
  settings: 'Settings',
};

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

function describeContents(contents: ExportContents): string {
  const parts = [plural(contents.topics, 'topic')];
  if (contents.notes) parts.push(plural(contents.notes, 'note'));
  if (contents.exercises) parts.push(plural(contents.exercises, 'exercise'));
  if (contents.levels) parts.push(plural(contents.levels, 'level'));
  if (contents.reviewLog) parts.push(plural(contents.reviewLog, 'review answer'));
  return parts.join(', ');
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

interface ImportDialogProps {
  readonly fileName: string;
  readonly preview: ImportPreview;
  readonly busy: boolean;
  readonly onCancel: () => void;
  readonly onImport: (mode: 'replace' | 'merge') => void;
}

function ImportDialog({ fileName, preview, busy, onCancel, onImport }: ImportDialogProps) {
  const titleId = useId();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  return (
    <Modal labelledBy={titleId} onClose={onCancel} className="import-dialog" testId="import-dialog">
      <h2 id={titleId} className="confirm-dialog__title">
        Import {fileName}
      </h2>
      {!preview.ok ? (
        <>
          <div className="import-refused" role="alert" data-testid="import-refused">
            <Icon name="alert" />
            <p>{preview.reason}</p>
          </div>
          <p className="data-action__hint">Your current progress has not been touched.</p>
          <div className="confirm-dialog__actions">
            <button type="button" className="button button--primary" onClick={onCancel}>
              Close
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="data-action__hint">
            Exported {new Date(preview.exportedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}. It holds{' '}
            {describeContents(preview.contents)}.
          </p>
          <div className="import-modes" role="radiogroup" aria-label="How to import">
            <ModeOption
              value="merge"
              checked={mode === 'merge'}
              onSelect={setMode}
              title="Merge with my progress"
              hint="Keeps the further status of each topic, both sets of notes, all links and all history."
            />
            <ModeOption
              value="replace"
              checked={mode === 'replace'}
              onSelect={setMode}
              title="Replace my progress"
              hint="Your progress becomes exactly what the file holds."
            />
          </div>
          <ChangeTable changes={preview.changes[mode]} />
          <div className="confirm-dialog__actions">
            <button type="button" className="button button--ghost" onClick={onCancel} data-testid="import-cancel">
              Cancel
            </button>
            <button
              type="button"
              className={`button ${mode === 'replace' ? 'button--danger-solid' : 'button--primary'}`}
              disabled={busy}
              onClick={() => onImport(mode)}
              data-testid="import-confirm"
            >
              {mode === 'replace' ? 'Replace my progress' : 'Merge'}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

function ModeOption(props: {
  readonly value: 'merge' | 'replace';
  readonly checked: boolean;
  readonly onSelect: (value: 'merge' | 'replace') => void;
  readonly title: string;
  readonly hint: string;
}) {
  return (
    <label className="import-mode">
      <input type="radio" name="import-mode" value={props.value} checked={props.checked} onChange={() => props.onSelect(props.value)} data-testid={`import-mode-${props.value}`} />
      <span>
        <span className="import-mode__title">{props.title}</span>
        <span className="import-mode__hint">{props.hint}</span>
      </span>
    </label>
  );
}

function ChangeTable({ changes }: { readonly changes: ChangeSummary }) {
  const rows = CHANGE_CATEGORIES.filter((category) => {
    const c = changes[category];
    return c.added + c.changed + c.removed > 0;
  });
  if (rows.length === 0) {
    return (
      <p className="import-nochange" data-testid="import-nochange">
        Nothing would change: your progress already holds everything in this file.
      </p>
    );
  }
  return (
    <table className="change-table" data-testid="import-changes">
      <thead>
        <tr>
          <th scope="col">What changes</th>
          <th scope="col">Added</th>
          <th scope="col">Changed</th>
          <th scope="col">Removed</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((category) => (
          <tr key={category} data-category={category}>
            <th scope="row">{CATEGORY_LABELS[category]}</th>
            <td>{changes[category].added || '–'}</td>
            <td>{changes[category].changed || '–'}</td>
            <td className={changes[category].removed ? 'change-table__removed' : undefined}>{changes[category].removed || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
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
