/**
 * Above the map: the status key (which doubles as a filter), a section filter, the click
 * modifiers, and "up next" suggestions drawn from what the learner has under way.
 */
import type { ProgressSnapshot, Roadmap, TopicStatus } from '../../../../electron/shared/types';
import { TOPIC_STATUSES } from '../../../../electron/shared/constants';
import { Icon, StatusIcon } from '../../app/components/icons';
import { openTopic } from '../../app/router';
import { STATUS_LABELS } from '../../lib/format';
import { topicStatus, type StatusCounts } from '../../lib/progress-math';

export type StatusFilter = 'all' | TopicStatus;

interface RoadmapToolbarProps {
  readonly roadmap: Roadmap;
  readonly counts: StatusCounts;
  readonly statusFilter: StatusFilter;
  readonly onStatusFilter: (filter: StatusFilter) => void;
  readonly sectionFilter: string;
  readonly onSectionFilter: (sectionId: string) => void;
  readonly suggestions: readonly string[];
  readonly progress: ProgressSnapshot | undefined;
}

const COUNT_KEY: Record<TopicStatus, keyof StatusCounts> = {
  'not-started': 'notStarted',
  learning: 'learning',
  done: 'done',
  skipped: 'skipped',
};

export function RoadmapToolbar(props: RoadmapToolbarProps) {
  const { roadmap, counts, statusFilter, onStatusFilter, sectionFilter, onSectionFilter, suggestions, progress } = props;
  return (
    <div className="roadmap-toolbar">
      <div className="roadmap-toolbar__row">
        <div className="status-filter" role="radiogroup" aria-label="Show topics by status" data-testid="roadmap-legend">
          <button type="button" role="radio" aria-checked={statusFilter === 'all'} className="filter-chip" onClick={() => onStatusFilter('all')} data-testid="filter-all">
            All <span className="filter-chip__count">{counts.total}</span>
          </button>
          {TOPIC_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              role="radio"
              aria-checked={statusFilter === status}
              className={`filter-chip filter-chip--${status}`}
              onClick={() => onStatusFilter(statusFilter === status ? 'all' : status)}
              data-testid={`filter-${status}`}
            >
              <StatusIcon status={status} />
              <span className="filter-chip__label">{STATUS_LABELS[status]}</span>
              <span className="filter-chip__count">{counts[COUNT_KEY[status]]}</span>
            </button>
          ))}
        </div>
        <label className="section-filter">
          <span className="visually-hidden">Show a section</span>
          <select className="select" value={sectionFilter} onChange={(e) => onSectionFilter(e.target.value)} data-testid="section-filter">
            <option value="all">All {roadmap.sections.length} sections</option>
            {roadmap.sections.map((s, i) => (
              <option key={s.id} value={s.id}>
                {i + 1}. {s.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {suggestions.length > 0 && (
        <div className="up-next" data-testid="up-next">
          <span className="up-next__label">
            <Icon name="sparkle" />
            Up next
          </span>
          <ul className="up-next__list">
            {suggestions.map((id) => {
              const status = topicStatus(progress, id);
              return (
                <li key={id}>
                  <button type="button" className="up-next__item" onClick={() => openTopic(id)} data-testid="up-next-item" data-topic-id={id}>
                    <StatusIcon status={status} />
                    {roadmap.topics[id]?.title ?? id}
                    {status === 'learning' && <span className="up-next__tag">in progress</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
