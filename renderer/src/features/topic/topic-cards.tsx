/** The topic's review cards: try to answer, reveal, and see when each comes up in Review. */
import { useState } from 'react';
import type { Topic } from '../../../../electron/shared/types';
import { useAppStore } from '../../app/app-store';
import { relativeTime } from '../../lib/format';
import { topicStatus } from '../../lib/progress-math';

export function TopicCards({ topic }: { readonly topic: Topic }) {
  const { progress } = useAppStore();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const enrolled = topicStatus(progress, topic.id) === 'done';
  return (
    <div className="cards">
      <p className="cards__hint">
        {enrolled
          ? 'These cards are in your review queue.'
          : 'Mark the topic done and these cards join your review queue, spaced out so they stick.'}
      </p>
      <ul className="cards__list" data-testid="topic-cards">
        {topic.cards.map((card) => {
          const state = progress?.review.cards[`${topic.id}/${card.id}`];
          const shown = open.has(card.id);
          return (
            <li key={card.id} className={`qa-card${shown ? ' qa-card--open' : ''}`}>
              <button
                type="button"
                className="qa-card__question"
                aria-expanded={shown}
                onClick={() => setOpen((s) => new Set(shown ? [...s].filter((id) => id !== card.id) : [...s, card.id]))}
              >
                <span>{card.q}</span>
                <span className="qa-card__toggle">{shown ? 'Hide' : 'Show answer'}</span>
              </button>
              {shown && <p className="qa-card__answer">{card.a}</p>}
              {state && (
                <p className="qa-card__due">{state.suspended ? 'Suspended' : `Next review ${relativeTime(state.due)}`}</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
