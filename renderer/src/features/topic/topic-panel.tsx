/**
 * The open topic, beside the map: status, explanation, checklist, practice, resources, related
 * topics, review cards, and the learner's own notes and links.
 */
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import type { Resource, Roadmap, Topic } from '../../../../electron/shared/types';
import { useAppStore } from '../../app/app-store';
import { Icon, StatusIcon, type IconName } from '../../app/components/icons';
import { openTopic } from '../../app/router';
import { openExternal } from '../../lib/api';
import { hostOf, relativeTime, STATUS_LABELS } from '../../lib/format';
import { orderedTopicIds, topicStatus } from '../../lib/progress-math';
import { CustomTopicNote } from './custom-topic-note';
import { StatusControl } from './status-control';
import { TopicCards } from './topic-cards';
import { TopicChecklist } from './topic-checklist';
import { TopicLinks } from './topic-links';
import { TopicNotes } from './topic-notes';
import { TopicPractice } from './topic-practice';
import './topic.css';
import './topic-content.css';

// The Markdown renderer is the largest part of the panel: load it when a topic is first opened,
// so the roadmap itself starts faster.
const TopicMarkdown = lazy(() => import('./topic-markdown').then((module) => ({ default: module.TopicMarkdown })));

const RESOURCE_ICONS: Record<Resource['kind'], IconName> = {
  docs: 'docs',
  article: 'article',
  video: 'video',
  book: 'book',
  tool: 'tool',
};

interface TopicPanelProps {
  readonly topic: Topic;
  readonly roadmap: Roadmap;
  readonly onClose: () => void;
}

export function TopicPanel({ topic, roadmap, onClose }: TopicPanelProps) {
  const { progress, setTopicStatus } = useAppStore();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const status = topicStatus(progress, topic.id);
  const updatedAt = progress?.topics[topic.id]?.updatedAt;
  const sectionIndex = roadmap.sections.findIndex((s) => s.id === topic.sectionId);
  const section = roadmap.sections[sectionIndex];
  const order = orderedTopicIds(roadmap);
  const position = order.indexOf(topic.id);
  const previous = position > 0 ? roadmap.topics[order[position - 1]!] : undefined;
  const next = position >= 0 && position < order.length - 1 ? roadmap.topics[order[position + 1]!] : undefined;

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [topic.id]);

  return (
    <aside className="topic-panel" data-testid="topic-panel" data-topic-id={topic.id} aria-labelledby="topic-panel-title">
      <div className="topic-panel__bar">
        <p className="topic-panel__section">
          {section ? (
            <>
              <span className="number-badge number-badge--small">{sectionIndex + 1}</span>
              {section.title}
            </>
          ) : null}
        </p>
        <button type="button" className="icon-button" aria-label="Close topic (Esc)" title="Close (Esc)" data-testid="topic-close" onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      <div className="topic-panel__scroll" ref={scrollRef}>
        <header className="topic-panel__header">
          <h2 id="topic-panel-title" className="topic-panel__title" ref={headingRef} tabIndex={-1}>
            {topic.title}
          </h2>
          <p className="topic-panel__summary">{topic.summary}</p>
        </header>

        <section className="topic-panel__status" aria-label="Your status">
          <div className="topic-panel__status-row">
            <h3 id="topic-status-label" className="panel-heading">
              Your status
            </h3>
            {updatedAt && status !== 'not-started' && (
              <span className="topic-panel__updated">
                {STATUS_LABELS[status]} {relativeTime(updatedAt)}
              </span>
            )}
          </div>
          <StatusControl status={status} labelledBy="topic-status-label" onChange={(value) => void setTopicStatus(topic.id, value)} />
        </section>

        {topic.body ? (
          <PanelBlock id="topic-explanation" title="Explanation">
            <Suspense fallback={<div className="topic-markdown-loading" aria-busy="true" aria-label="Loading the explanation" />}>
              <TopicMarkdown source={topic.body} />
            </Suspense>
          </PanelBlock>
        ) : (
          <CustomTopicNote topicId={topic.id} />
        )}

        {topic.checklist.length > 0 && (
          <PanelBlock id="topic-checklist" title="Checklist">
            <TopicChecklist topic={topic} />
          </PanelBlock>
        )}

        <PanelBlock id="topic-practice-title" title="Practice">
          <TopicPractice topicId={topic.id} />
        </PanelBlock>

        {topic.resources.length > 0 && (
          <PanelBlock id="topic-resources" title="Resources">
            <ul className="resources" data-testid="topic-resources">
              {topic.resources.map((resource) => (
                <li key={resource.url}>
                  <button type="button" className="resource" title={resource.url} onClick={() => openExternal(resource.url)} data-testid="topic-resource">
                    <span className={`resource__icon resource__icon--${resource.kind}`}>
                      <Icon name={RESOURCE_ICONS[resource.kind]} />
                    </span>
                    <span className="resource__text">
                      <span className="resource__title">{resource.title}</span>
                      <span className="resource__meta">
                        <span className={`kind-badge kind-badge--${resource.kind}`}>{resource.kind}</span>
                        {hostOf(resource.url)}
                      </span>
                    </span>
                    <Icon name="external" className="resource__external" />
                  </button>
                </li>
              ))}
            </ul>
          </PanelBlock>
        )}

        {topic.related.length > 0 && (
          <PanelBlock id="topic-related" title="Related topics">
            <ul className="chips">
              {topic.related
                .map((id) => roadmap.topics[id])
                .filter((related) => related !== undefined)
                .map((related) => (
                  <li key={related.id}>
                    <button type="button" className="chip" data-testid="related-topic" data-topic-id={related.id} onClick={() => openTopic(related.id)}>
                      <StatusIcon status={topicStatus(progress, related.id)} />
                      {related.title}
                    </button>
                  </li>
                ))}
            </ul>
          </PanelBlock>
        )}

        {topic.cards.length > 0 && (
          <PanelBlock id="topic-cards-title" title="Review cards">
            <TopicCards topic={topic} />
          </PanelBlock>
        )}

        <PanelBlock id="topic-notes-title" title="Your notes">
          <TopicNotes key={topic.id} topicId={topic.id} />
        </PanelBlock>

        <PanelBlock id="topic-links-title" title="Your links">
          <TopicLinks topicId={topic.id} />
        </PanelBlock>

        <nav className="topic-panel__pager" aria-label="Topic order">
          {previous ? (
            <button type="button" className="pager-link" onClick={() => openTopic(previous.id)}>
              <Icon name="arrow-left" />
              <span>
                <span className="pager-link__label">Previous</span>
                <span className="pager-link__title">{previous.title}</span>
              </span>
            </button>
          ) : (
            <span />
          )}
          {next && (
            <button type="button" className="pager-link pager-link--next" onClick={() => openTopic(next.id)}>
              <span>
                <span className="pager-link__label">Next</span>
                <span className="pager-link__title">{next.title}</span>
              </span>
              <Icon name="arrow-right" />
            </button>
          )}
        </nav>
      </div>
    </aside>
  );
}

/** One titled block of the panel; the heading labels the region. */
function PanelBlock({ id, title, children }: { readonly id: string; readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="topic-panel__block" aria-labelledby={id}>
      <h3 id={id} className="panel-heading">
        {title}
      </h3>
      {children}
    </section>
  );
}
