/** Ctrl/⌘+K: a small dialog that finds a topic by its title and opens it. */
import { useId, useMemo, useRef, useState } from 'react';
import type { Roadmap, Topic } from '../../../electron/shared/types';
import { STATUS_LABELS } from '../lib/format';
import { orderedTopicIds, topicStatus } from '../lib/progress-math';
import { useAppStore, useRoadmap } from './app-store';
import { Icon, StatusIcon } from './components/icons';
import { Modal } from './components/modal';
import { openTopic } from './router';

/** Topics whose title holds every word of the query, best matches first. */
export function matchTopics(roadmap: Roadmap, query: string): Topic[] {
  const topics = orderedTopicIds(roadmap).map((id) => roadmap.topics[id]!);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return topics;
  // The query as one phrase, with runs of spaces read as one, for ranking.
  const whole = words.join(' ');
  const scored: { topic: Topic; score: number; index: number }[] = [];
  topics.forEach((topic, index) => {
    const title = topic.title.toLowerCase();
    if (!words.every((word) => title.includes(word))) return;
    const score = title.startsWith(whole) ? 0 : new RegExp(`\\b${whole.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(title) ? 1 : 2;
    scored.push({ topic, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((entry) => entry.topic);
}

export function QuickOpen({ onClose }: { onClose: () => void }) {
  const roadmap = useRoadmap();
  const { progress } = useAppStore();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const results = useMemo(() => (roadmap ? matchTopics(roadmap, query) : []), [roadmap, query]);
  const activeIndex = Math.min(active, Math.max(0, results.length - 1));

  function choose(topic: Topic | undefined) {
    if (!topic) return;
    onClose();
    openTopic(topic.id);
  }

  function move(delta: number) {
    if (results.length === 0) return;
    const next = (activeIndex + delta + results.length) % results.length;
    setActive(next);
    listRef.current?.children[next]?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter') choose(results[activeIndex]);
    else return;
    event.preventDefault();
  }

  const optionId = (index: number) => `${baseId}-option-${index}`;
  return (
    <Modal labelledBy={`${baseId}-label`} onClose={onClose} testId="quick-open" className="quick-open" initialFocus={inputRef} placement="top">
      <label id={`${baseId}-label`} className="visually-hidden" htmlFor={`${baseId}-input`}>
        Go to a topic
      </label>
      <div className="quick-open__field">
        <Icon name="search" className="quick-open__search-icon" />
        <input
          ref={inputRef}
          id={`${baseId}-input`}
          className="quick-open__input"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={`${baseId}-list`}
          aria-activedescendant={results.length > 0 ? optionId(activeIndex) : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          placeholder="Go to a topic…"
          value={query}
          data-testid="quick-open-input"
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <kbd className="kbd">Esc</kbd>
      </div>
      <ul ref={listRef} id={`${baseId}-list`} className="quick-open__list" role="listbox" aria-label="Topics">
        {roadmap &&
          results.map((topic, index) => {
            const status = topicStatus(progress, topic.id);
            const section = roadmap.sections.find((s) => s.id === topic.sectionId);
            return (
              <li
                key={topic.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className="quick-open__item"
                data-testid="quick-open-item"
                data-topic-id={topic.id}
                onMouseMove={() => index !== activeIndex && setActive(index)}
                onClick={() => choose(topic)}
              >
                <StatusIcon status={status} />
                <span className="quick-open__title">{topic.title}</span>
                <span className="visually-hidden">, {STATUS_LABELS[status]}</span>
                <span className="quick-open__section">{section?.title}</span>
                <Icon name="arrow-right" className="quick-open__enter" />
              </li>
            );
          })}
      </ul>
      {roadmap && results.length === 0 && (
        <p className="quick-open__empty">No topic title matches “{query.trim()}”.</p>
      )}
      {!roadmap && <p className="quick-open__empty">The roadmap is still loading.</p>}
      <div className="quick-open__footer" aria-hidden="true">
        <span><kbd className="kbd">↑</kbd><kbd className="kbd">↓</kbd> to move</span>
        <span><kbd className="kbd">Enter</kbd> to open</span>
        <span><kbd className="kbd">Esc</kbd> to close</span>
      </div>
    </Modal>
  );
}
