/** A small "are you sure?" dialog built on Modal, for actions that remove or replace things. */
import { useId, useRef, type ReactNode } from 'react';
import { Modal } from './modal';

interface ConfirmDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  /** Styles the confirm button as destructive. */
  readonly danger?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly testId?: string;
}

export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onCancel, testId }: ConfirmDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal labelledBy={titleId} describedBy={bodyId} onClose={onCancel} className="confirm-dialog" testId={testId} initialFocus={cancelRef}>
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        {children}
      </div>
      <div className="confirm-dialog__actions">
        <button type="button" className="button button--ghost" ref={cancelRef} onClick={onCancel} data-testid="confirm-cancel">
          Cancel
        </button>
        <button type="button" className={`button ${danger ? 'button--danger-solid' : 'button--primary'}`} onClick={onConfirm} data-testid="confirm-ok">
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
