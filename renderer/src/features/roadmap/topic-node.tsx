/** One topic on the map: a button coloured by status. Click opens, Shift marks learning, Alt marks done. */
import type { Topic, TopicStatus } from '../../../../electron/shared/types';
import { Icon, StatusIcon } from '../../app/components/icons';
import { STATUS_LABELS } from '../../lib/format';

interface TopicNodeProps {
  readonly topic: Topic;
  readonly status: TopicStatus;
  readonly selected: boolean;
  readonly onOpen: (topicId: string) => void;
  readonly onQuickStatus: (topicId: string, status: TopicStatus) => void;
}

export function TopicNode({ topic, status, selected, onOpen, onQuickStatus }: TopicNodeProps) {
  return (
    <button
      type="button"
      className={`topic-node topic-node--${status}${selected ? ' topic-node--selected' : ''}`}
      data-testid="topic-node"
      data-topic-id={topic.id}
      data-status={status}
      aria-current={selected ? 'true' : undefined}
      onClick={(event) => {
        if (event.altKey) {
          event.preventDefault();
          onQuickStatus(topic.id, 'done');
        } else if (event.shiftKey) {
          event.preventDefault();
          onQuickStatus(topic.id, 'learning');
        } else {
          onOpen(topic.id);
        }
      }}
    >
      <StatusIcon status={status} className="topic-node__status" />
      <span className="topic-node__text">
        <span className="topic-node__title">{topic.title}</span>
        <span className="topic-node__meta">
          <span className={status === 'not-started' ? 'visually-hidden' : 'topic-node__status-label'}>{STATUS_LABELS[status]}</span>
          <span className="topic-node__summary">{topic.summary}</span>
        </span>
      </span>
      <Icon name="chevron-right" className="topic-node__chevron" />
    </button>
  );
}
