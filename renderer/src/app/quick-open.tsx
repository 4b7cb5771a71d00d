/**
 * Ctrl/⌘+K: search everywhere. Topics by any word of their title, summary or explanation, the
 * learner's notes, and practice (exercises, git levels), ranked, all with the keyboard.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { STATUS_LABELS } from '../lib/format';
import { usePracticeDocs } from '../lib/practice-index';
import { topicStatus } from '../lib/progress-math';
import { roadmapDocs, search, type SearchKind, type SearchResult } from '../lib/search';
import { useAppStore, useRoadmap } from './app-store';
import { Icon, StatusIcon, type IconName } from './components/icons';
import { Modal } from './components/modal';
import { openTopic } from './router';

const KIND_ICONS: Record<SearchKind, IconName> = { topic: 'map', note: 'pencil', exercise: 'code', level: 'git' };
const KIND_LABELS: Record<SearchKind, string> = { topic: 'Topic', note: 'Your notes', exercise: 'Exercise', level: 'Git level' };

export function QuickOpen({ onClose }: { onClose: () => void }) {
  const roadmap = useRoadmap();
  const { progress } = useAppStore();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const practice = usePracticeDocs(roadmap);
  const docs = useMemo(() => (roadmap ? [...roadmapDocs(roadmap, progress), ...practice] : []), [roadmap, progress, practice]);
  const results = useMemo(() => search(docs, query, 60), [docs, query]);
  const activeIndex = Math.min(active, Math.max(0, results.length - 1));

  function choose(result: SearchResult | undefined) {
    if (!result) return;
    onClose();
    const { kind, target } = result.doc;
    if (kind === 'topic' || kind === 'note') openTopic(target);
    else window.location.hash = kind === 'exercise' ? `#/exercises/${target}` : `#/git/level/${target}`;
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
        Search everything
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
          placeholder="Search topics, notes, exercises and levels…"
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
        {results.map((result, index) => {
          const { doc } = result;
          const isTopic = doc.kind === 'topic' || doc.kind === 'note';
          const status = isTopic ? topicStatus(progress, doc.target) : undefined;
          return (
            <li
              key={`${doc.kind}:${doc.target}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="quick-open__item"
              data-testid="quick-open-item"
              data-kind={doc.kind}
              data-topic-id={isTopic ? doc.target : undefined}
              data-target={doc.target}
              onMouseMove={() => index !== activeIndex && setActive(index)}
              onClick={() => choose(result)}
            >
              {doc.kind === 'topic' && status ? <StatusIcon status={status} /> : <Icon name={KIND_ICONS[doc.kind]} className="quick-open__kind-icon" />}
              <span className="quick-open__text">
                <span className="quick-open__title">{doc.title}</span>
                {result.snippet && <span className="quick-open__snippet">{result.snippet}</span>}
              </span>
              {status && doc.kind === 'topic' && <span className="visually-hidden">, {STATUS_LABELS[status]}</span>}
              <span className="quick-open__section">{KIND_LABELS[doc.kind]}</span>
              <Icon name="arrow-right" className="quick-open__enter" />
            </li>
          );
        })}
      </ul>
      {roadmap && results.length === 0 && (
        <p className="quick-open__empty">Nothing matches “{query.trim()}”. Try fewer or shorter words.</p>
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
