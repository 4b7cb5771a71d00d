/** A section of the roadmap: a milestone on the spine, with its topics branching off it. */
import type { ProgressSnapshot, Roadmap, Section, TopicStatus } from '../../../../electron/shared/types';
import { Icon } from '../../app/components/icons';
import { ProgressRing } from '../../app/components/progress-ring';
import { doneRatio, sectionCounts, topicStatus } from '../../lib/progress-math';
import { TopicNode } from './topic-node';

interface RoadmapSectionProps {
  readonly roadmap: Roadmap;
  readonly section: Section;
  readonly index: number;
  readonly progress: ProgressSnapshot | undefined;
  readonly selectedTopicId: string | undefined;
  readonly onOpen: (topicId: string) => void;
  readonly onQuickStatus: (topicId: string, status: TopicStatus) => void;
}

export function RoadmapSection({ roadmap, section, index, progress, selectedTopicId, onOpen, onQuickStatus }: RoadmapSectionProps) {
  const counts = sectionCounts(section, progress);
  const complete = counts.total > 0 && counts.done === counts.total;
  const titleId = `section-${section.id}-title`;
  const topics = section.topicIds.map((id) => roadmap.topics[id]).filter((topic) => topic !== undefined);
  return (
    <li className={`milestone${complete ? ' milestone--complete' : ''}`} data-testid="roadmap-section" data-section-id={section.id}>
      <div className="milestone__head">
        <span className="milestone__marker" aria-hidden="true">
          {complete ? <Icon name="check" /> : index + 1}
        </span>
        <div className="milestone__card">
          <div className="milestone__text">
            <p className="milestone__eyebrow">
              Section {index + 1}
              <span aria-hidden="true"> · </span>
              <span data-testid="section-count">
                {counts.done}/{counts.total} done
              </span>
            </p>
            <h2 id={titleId} className="milestone__title">
              {section.title}
            </h2>
            <p className="milestone__summary">{section.summary}</p>
          </div>
          <ProgressRing value={doneRatio(counts)} size={52} stroke={5} label={`${counts.done} of ${counts.total} topics done in ${section.title}`}>
            <span className="milestone__ring-count">
              {counts.done}
              <span className="milestone__ring-total">/{counts.total}</span>
            </span>
          </ProgressRing>
        </div>
      </div>
      <ul className="milestone__topics" aria-label={`${section.title} topics`}>
        {topics.map((topic, position) => {
          const status = topicStatus(progress, topic.id);
          return (
            <li key={topic.id} className={`topic-slot topic-slot--${position % 2 === 0 ? 'left' : 'right'} topic-slot--${status}`}>
              <TopicNode topic={topic} status={status} selected={topic.id === selectedTopicId} onOpen={onOpen} onQuickStatus={onQuickStatus} />
            </li>
          );
        })}
      </ul>
    </li>
  );
}
