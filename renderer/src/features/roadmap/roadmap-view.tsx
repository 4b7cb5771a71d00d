/** The roadmap: a map of sections and topics down a spine, with the open topic beside it. */
import { useCallback, useEffect, useRef } from 'react';
import type { TopicStatus } from '../../../../electron/shared/types';
import { useAppStore } from '../../app/app-store';
import { Icon } from '../../app/components/icons';
import { Kbd } from '../../app/components/kbd';
import { ProgressRing } from '../../app/components/progress-ring';
import { ViewHeader } from '../../app/components/view-header';
import { navigate, openTopic } from '../../app/router';
import { useToast } from '../../app/toasts';
import { percent, STATUS_LABELS } from '../../lib/format';
import { ariaKeyShortcut } from '../../lib/platform';
import { countStatuses, doneRatio, orderedTopicIds, topicStatus } from '../../lib/progress-math';
import { TopicPanel } from '../topic/topic-panel';
import { RoadmapLegend } from './roadmap-legend';
import { RoadmapSection } from './roadmap-section';
import './roadmap.css';
import './topic-node.css';

interface RoadmapViewProps {
  readonly topicId: string | undefined;
  readonly onOpenSearch: () => void;
}

export function RoadmapView({ topicId, onOpenSearch }: RoadmapViewProps) {
  const { roadmap, progress, reload, setTopicStatus } = useAppStore();
  const toast = useToast();
  const scrollRef = useRef<HTMLDivElement>(null);
  const lastTopic = useRef<string | undefined>(undefined);

  const topic = roadmap.state === 'ready' && topicId ? roadmap.value.topics[topicId] : undefined;

  // When the panel closes, give focus back to the node it was opened from.
  useEffect(() => {
    const previous = lastTopic.current;
    lastTopic.current = topic?.id;
    if (previous && !topic) {
      const node = scrollRef.current?.querySelector<HTMLElement>(`[data-topic-id="${previous}"]`);
      const focusLost = document.activeElement === document.body || document.activeElement === null;
      if (node && focusLost) node.focus({ preventScroll: true });
    }
    if (topic) {
      const node = scrollRef.current?.querySelector<HTMLElement>(`[data-topic-id="${topic.id}"]`);
      node?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }, [topic]);

  const quickStatus = useCallback(
    async (id: string, status: TopicStatus) => {
      if (roadmap.state !== 'ready') return;
      const previous = topicStatus(progress, id);
      if (previous === status) return;
      const saved = await setTopicStatus(id, status);
      if (!saved) return;
      toast({
        tone: 'success',
        message: `“${roadmap.value.topics[id]?.title ?? id}” marked ${STATUS_LABELS[status].toLowerCase()}.`,
        action: { label: 'Undo', run: () => void setTopicStatus(id, previous) },
      });
    },
    [roadmap, progress, setTopicStatus, toast],
  );

  if (roadmap.state !== 'ready') {
    return (
      <div className="roadmap-layout">
        <div className="roadmap-pane" data-testid="roadmap" aria-busy={roadmap.state === 'loading'}>
          <ViewHeader title="Roadmap" />
          <div className="view-scroll">
            {roadmap.state === 'loading' ? (
              <RoadmapSkeleton />
            ) : (
              <div className="load-error" role="alert" data-testid="roadmap-error">
                <Icon name="alert" className="load-error__icon" />
                <h2>The roadmap could not be loaded</h2>
                <p>{roadmap.message}</p>
                <button type="button" className="button button--primary" data-testid="roadmap-retry" onClick={reload}>
                  <Icon name="refresh" />
                  Try again
                </button>
              </div>
            )}
          </div>
        </div>
      </div>
    );
  }

  const map = roadmap.value;
  const counts = countStatuses(orderedTopicIds(map), progress);
  return (
    <div className={`roadmap-layout${topic ? ' roadmap-layout--with-panel' : ''}`}>
      <div className="roadmap-pane" data-testid="roadmap">
        <ViewHeader
          title="Roadmap"
          subtitle={map.title}
          actions={
            <>
              <button type="button" className="button button--ghost search-button" onClick={onOpenSearch} data-testid="open-search" aria-label="Find a topic" aria-keyshortcuts={ariaKeyShortcut('mod+k')}>
                <Icon name="search" />
                <span className="search-button__label">Find a topic</span>
                <Kbd shortcut="mod+k" decorative />
              </button>
              <div className="overall-progress" data-testid="overall-progress">
                <ProgressRing value={doneRatio(counts)} size={36} stroke={4} label={`${counts.done} of ${counts.total} topics done`} />
                <span className="overall-progress__text">
                  <strong>
                    {counts.done}/{counts.total}
                  </strong>
                  <span>{percent(doneRatio(counts))} done</span>
                </span>
              </div>
            </>
          }
        />
        <div className="view-scroll roadmap-scroll" ref={scrollRef}>
          <div className="roadmap-map">
            <RoadmapLegend />
            <ol className="roadmap-track">
              {map.sections.map((section, index) => (
                <RoadmapSection
                  key={section.id}
                  roadmap={map}
                  section={section}
                  index={index}
                  progress={progress}
                  selectedTopicId={topic?.id}
                  onOpen={openTopic}
                  onQuickStatus={(id, status) => void quickStatus(id, status)}
                />
              ))}
              <li className="roadmap-finish" aria-label="End of the roadmap">
                <span className="roadmap-finish__marker" aria-hidden="true">
                  <Icon name="flag" />
                </span>
                <p className="roadmap-finish__text">
                  {counts.done === counts.total && counts.total > 0
                    ? 'You walked the whole road. Keep it fresh in Review.'
                    : 'The end of the road: a backend developer who knows the ground.'}
                </p>
              </li>
            </ol>
          </div>
        </div>
      </div>
      {topic && <TopicPanel key="topic-panel" topic={topic} roadmap={map} onClose={() => navigate({ view: 'roadmap' })} />}
    </div>
  );
}

function RoadmapSkeleton() {
  return (
    <div className="roadmap-skeleton" aria-label="Loading the roadmap">
      {[0, 1, 2].map((row) => (
        <div key={row} className="roadmap-skeleton__section">
          <div className="skeleton skeleton--card" />
          <div className="roadmap-skeleton__nodes">
            <div className="skeleton skeleton--node" />
            <div className="skeleton skeleton--node" />
            <div className="skeleton skeleton--node" />
            <div className="skeleton skeleton--node" />
          </div>
        </div>
      ))}
    </div>
  );
}
