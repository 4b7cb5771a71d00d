/** The count of due review cards, shown on the Review item of the sidebar. */
import { useAppStore } from '../../app/app-store';
import { useDueCount } from './review-due';
import './due-badge.css';

export function DueBadge() {
  const { progress } = useAppStore();
  const due = useDueCount(progress);
  if (!due) return null;
  return (
    <span className="due-badge" data-testid="review-due-badge" aria-label={`${due} card${due === 1 ? '' : 's'} due`}>
      {due > 99 ? '99+' : due}
    </span>
  );
}
