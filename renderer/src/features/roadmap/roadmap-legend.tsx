/** The key to the map's colours, and the click modifiers that set a status without opening. */
import { StatusIcon } from '../../app/components/icons';
import { TOPIC_STATUSES } from '../../../../electron/shared/constants';
import { STATUS_LABELS } from '../../lib/format';
import { ALT_LABEL, isMac, SHIFT_LABEL } from '../../lib/platform';

export function RoadmapLegend() {
  const join = isMac ? '' : '+';
  return (
    <div className="roadmap-legend" data-testid="roadmap-legend">
      <ul className="roadmap-legend__statuses" aria-label="Status colours">
        {TOPIC_STATUSES.map((status) => (
          <li key={status} className={`legend-item legend-item--${status}`}>
            <StatusIcon status={status} />
            {STATUS_LABELS[status]}
          </li>
        ))}
      </ul>
      <p className="roadmap-legend__hints">
        <span>Click a topic to open it</span>
        <span>
          <kbd className="kbd">{SHIFT_LABEL}</kbd>
          {join}click: learning
        </span>
        <span>
          <kbd className="kbd">{ALT_LABEL}</kbd>
          {join}click: done
        </span>
      </p>
    </div>
  );
}
