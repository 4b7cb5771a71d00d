/** Banners about the progress file: moved aside because it was corrupt, or not writable. */
import { useAppStore } from './app-store';
import { Icon } from './components/icons';

export function StorageNotices() {
  const { storage, dismissNotice } = useAppStore();
  if (!storage || storage.notices.length === 0) return null;
  return (
    <div className="notices">
      {storage.notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.kind}`} role="alert" data-testid="storage-notice" data-kind={notice.kind}>
          <Icon name={notice.kind === 'unwritable' ? 'alert' : 'info'} className="notice__icon" />
          <div className="notice__body">
            <p className="notice__message">{notice.message}</p>
            {notice.kind === 'corrupt-moved' && notice.movedTo && (
              <p className="notice__detail">
                Moved to <code className="notice__path">{notice.movedTo}</code>
              </p>
            )}
          </div>
          {notice.kind !== 'unwritable' && (
            <button
              type="button"
              className="icon-button notice__dismiss"
              aria-label="Dismiss this notice"
              data-testid="storage-notice-dismiss"
              onClick={() => void dismissNotice(notice.id)}
            >
              <Icon name="close" />
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
