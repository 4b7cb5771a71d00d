/** Short-lived messages in the corner: saved states, failures, undo. */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Icon } from './components/icons';
import './toasts.css';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastInput {
  readonly message: string;
  readonly tone?: ToastTone;
  readonly action?: { readonly label: string; readonly run: () => void };
}

interface Toast extends ToastInput {
  readonly id: number;
}

type ShowToast = (toast: ToastInput) => void;

const ToastContext = createContext<ShowToast>(() => {});

const TOAST_MS = 5000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);

  const show = useCallback<ShowToast>(
    (toast) => {
      const id = nextId.current++;
      // Keep at most two on screen; the oldest goes first.
      setToasts((list) => [...list.slice(-1), { ...toast, id }]);
      window.setTimeout(() => dismiss(id), toast.tone === 'error' ? TOAST_MS * 1.6 : TOAST_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.tone ?? 'info'}`} data-testid="toast">
            <Icon name={toast.tone === 'error' ? 'alert' : toast.tone === 'success' ? 'check-circle' : 'info'} className="toast__icon" />
            <span className="toast__message">{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="toast__action"
                onClick={() => {
                  toast.action!.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon-button icon-button--small" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
              <Icon name="close" />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** Returns the function that shows a toast. */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}
