/** Rename, reset, delete and (desktop only) open-folder for one sandbox, each asking first where it loses work. */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { SandboxSummary } from '../../../../electron/shared/git-view';
import { ConfirmDialog } from '../../app/components/confirm-dialog';
import { Icon } from '../../app/components/icons';
import { Modal } from '../../app/components/modal';
import { navigate } from '../../app/router';
import { useToast } from '../../app/toasts';
import { client } from '../../lib/api';
import { canOpenFolders, openSandboxFolder } from './open-folder';
import { errorMessage } from '../../lib/format';
import { sandboxNameProblem } from './sandbox-list';

interface SandboxActionsProps {
  readonly name: string;
  /** Icon-only buttons (the list); labelled buttons in a sandbox's header. */
  readonly compact?: boolean;
  readonly onChanged: (list: readonly SandboxSummary[], renamedTo?: string) => void;
  /** After a reset, the open sandbox reloads its picture. */
  readonly onReset?: () => void;
}

type Asking = 'rename' | 'reset' | 'delete' | undefined;

export function SandboxActions({ name, compact, onChanged, onReset }: SandboxActionsProps) {
  const [asking, setAsking] = useState<Asking>(undefined);
  const toast = useToast();

  const act = async (work: () => Promise<readonly SandboxSummary[]>, done: (list: readonly SandboxSummary[]) => void) => {
    try {
      done(await work());
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(error) });
    } finally {
      setAsking(undefined);
    }
  };

  const button = (kind: Exclude<Asking, undefined>, label: string, icon: 'pencil' | 'refresh' | 'trash') => (
    <button
      type="button"
      className={compact ? 'icon-button icon-button--small' : `button button--ghost${kind === 'delete' ? ' button--danger' : ''}`}
      onClick={() => setAsking(kind)}
      aria-label={compact ? `${label} ${name}` : undefined}
      title={compact ? label : undefined}
      data-testid={`git-sandbox-${kind}`}
    >
      <Icon name={icon} />
      {!compact && label}
    </button>
  );

  return (
    <div className="git-sandbox-actions">
      {canOpenFolders && (
        <button
          type="button"
          className={compact ? 'icon-button icon-button--small' : 'button button--ghost'}
          onClick={() => openSandboxFolder(name).catch((error: unknown) => toast({ tone: 'error', message: errorMessage(error) }))}
          aria-label={compact ? `Open ${name}'s folder` : undefined}
          title="Open the folder in your file manager"
        >
          <Icon name="folder" />
          {!compact && 'Open folder'}
        </button>
      )}
      {button('rename', 'Rename', 'pencil')}
      {button('reset', 'Reset', 'refresh')}
      {button('delete', 'Delete', 'trash')}
      {asking === 'rename' && (
        <RenameDialog
          name={name}
          onCancel={() => setAsking(undefined)}
          onRename={(to) =>
            act(
              () => client.git.renameSandbox({ from: name, to }),
              (list) => {
                onChanged(list, to);
                if (!compact) navigate({ view: 'git', sandbox: to }, { replace: true });
              },
            )
          }
        />
      )}
      {asking === 'reset' && (
        <ConfirmDialog
          title={`Reset ${name}?`}
          confirmLabel="Reset sandbox"
          danger
          onCancel={() => setAsking(undefined)}
          onConfirm={() =>
            void act(
              () => client.git.resetSandbox({ name }),
              (list) => {
                onChanged(list);
                onReset?.();
              },
            )
          }
          testId="git-sandbox-reset-confirm"
        >
          <p>Every file and commit in this sandbox goes, and it starts again as an empty folder. This cannot be undone.</p>
        </ConfirmDialog>
      )}
      {asking === 'delete' && (
        <ConfirmDialog
          title={`Delete ${name}?`}
          confirmLabel="Delete sandbox"
          danger
          onCancel={() => setAsking(undefined)}
          onConfirm={() =>
            void act(
              () => client.git.deleteSandbox({ name }),
              (list) => {
                onChanged(list);
                if (!compact) navigate({ view: 'git' });
              },
            )
          }
          testId="git-sandbox-delete-confirm"
        >
          <p>The sandbox's folder, with its repository and every file in it, is removed from this computer. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function RenameDialog({ name, onCancel, onRename }: { readonly name: string; readonly onCancel: () => void; readonly onRename: (to: string) => Promise<void> }) {
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(name);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const to = value.trim();
    const why = sandboxNameProblem(to);
    if (why) {
      setProblem(why);
      input.current?.focus();
      return;
    }
    if (to === name) return onCancel();
    void onRename(to);
  };
  return (
    <Modal labelledBy={titleId} onClose={onCancel} className="confirm-dialog" initialFocus={input} testId="git-sandbox-rename-dialog">
      <form onSubmit={submit}>
        <h2 id={titleId} className="confirm-dialog__title">
          Rename {name}
        </h2>
        <div className="confirm-dialog__body">
          <label htmlFor={`${titleId}-input`} className="git-rename__label">
            New name
          </label>
          <input
            id={`${titleId}-input`}
            ref={input}
            className="input"
            value={value}
            maxLength={40}
            onChange={(event) => {
              setValue(event.target.value);
              setProblem(undefined);
            }}
            aria-invalid={problem !== undefined}
          />
          {problem && (
            <p className="git-sandboxes__problem" role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="confirm-dialog__actions">
          <button type="button" className="button button--ghost" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Rename
          </button>
        </div>
      </form>
    </Modal>
  );
}
