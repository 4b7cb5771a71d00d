/** The import preview: what a file would change, then merge (the default) or replace. */
import { useId, useState } from 'react';
import { CHANGE_CATEGORIES, type ChangeCategory, type ChangeSummary, type ExportContents, type ImportPreview } from '../../../../electron/shared/progress-types';
import { Icon } from '../../app/components/icons';
import { Modal } from '../../app/components/modal';
import { plural } from '../../lib/format';

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

interface ImportDialogProps {
  readonly fileName: string;
  readonly preview: ImportPreview;
  readonly busy: boolean;
  readonly onCancel: () => void;
  readonly onImport: (mode: 'replace' | 'merge') => void;
}

export function ImportDialog({ fileName, preview, busy, onCancel, onImport }: ImportDialogProps) {
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

/** "12 topics, 3 notes…": what a backup or an export holds. */
export function describeContents(contents: ExportContents): string {
  const parts = [plural(contents.topics, 'topic')];
  if (contents.notes) parts.push(plural(contents.notes, 'note'));
  if (contents.exercises) parts.push(plural(contents.exercises, 'exercise'));
  if (contents.levels) parts.push(plural(contents.levels, 'level'));
  if (contents.reviewLog) parts.push(plural(contents.reviewLog, 'review answer'));
  return parts.join(', ');
}
