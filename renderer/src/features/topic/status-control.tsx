/** The four statuses of a topic as a segmented control; the pressed one is the current status. */
import type { TopicStatus } from '../../../../electron/shared/types';
import { TOPIC_STATUSES } from '../../../../electron/shared/constants';
import { StatusIcon } from '../../app/components/icons';
import { STATUS_LABELS } from '../../lib/format';

interface StatusControlProps {
  readonly status: TopicStatus;
  readonly onChange: (status: TopicStatus) => void;
  readonly labelledBy: string;
}

export function StatusControl({ status, onChange, labelledBy }: StatusControlProps) {
  return (
    <div className="status-control" role="group" aria-labelledby={labelledBy}>
      {TOPIC_STATUSES.map((option) => (
        <button
          key={option}
          type="button"
          className={`status-control__option status-control__option--${option}`}
          aria-pressed={option === status}
          data-testid={`status-${option}`}
          onClick={() => onChange(option)}
        >
          <StatusIcon status={option} />
          {STATUS_LABELS[option]}
        </button>
      ))}
    </div>
  );
}
