/** One topic on the map: a button coloured by status. Click opens, Shift marks learning, Alt marks done. */
import type { CSSProperties } from 'react';
import type { TopicStatus } from '../../../../electron/shared/types';
import { StatusIcon } from '../../app/components/icons';
import { STATUS_LABELS } from '../../lib/format';

interface TopicNodeProps {
  readonly topicId: string;
  readonly title: string;
  readonly status: TopicStatus;
  /** From 0 to 1, shown as a thin bar along the bottom while a topic is under way. */
  readonly progress: number;
  readonly selected: boolean;
  /** Faded out because it does not match the status filter. */
  readonly dimmed: boolean;
  /** The learner added this topic themselves. */
  readonly custom?: boolean;
  readonly style: CSSProperties;
  readonly onOpen: (topicId: string) => void;
  readonly onQuickStatus: (topicId: string, status: TopicStatus) => void;
}

export function TopicNode({ topicId, title, status, progress, selected, dimmed, custom, style, onOpen, onQuickStatus }: TopicNodeProps) {
  const partial = status !== 'done' && progress > 0;
  return (
    <button
      type="button"
      className={`topic-node topic-node--${status}${selected ? ' topic-node--selected' : ''}${dimmed ? ' topic-node--dimmed' : ''}`}
      style={style}
      data-testid="topic-node"
      data-topic-id={topicId}
      data-status={status}
      aria-current={selected ? 'true' : undefined}
      aria-label={`${title}: ${STATUS_LABELS[status].toLowerCase()}${partial ? `, ${Math.round(progress * 100)}% of the checklist` : ''}${custom ? ', your own topic' : ''}`}
      title={title}
      onClick={(event) => {
        if (event.altKey) {
          event.preventDefault();
          onQuickStatus(topicId, 'done');
        } else if (event.shiftKey) {
          event.preventDefault();
          onQuickStatus(topicId, 'learning');
        } else {
          onOpen(topicId);
        }
      }}
    >
      <StatusIcon status={status} className="topic-node__status" />
      <span className="topic-node__title">{title}</span>
      {custom && <span className="topic-node__badge">yours</span>}
      {partial && <span className="topic-node__bar" style={{ width: `${Math.round(progress * 100)}%` }} aria-hidden="true" />}
    </button>
  );
}
