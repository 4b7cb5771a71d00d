/**
 * Review: today's spaced-repetition queue. One card at a time: read the question, reveal the
 * answer (Space), rate how well you knew it (1–4), and see when it comes back.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ReviewQueue, ReviewQueueItem } from '../../../../electron/shared/progress-types';
import type { ReviewRating } from '../../../../electron/shared/schemas';
import { useAppStore } from '../../app/app-store';
import { Icon } from '../../app/components/icons';
import { Kbd } from '../../app/components/kbd';
import { ViewHeader } from '../../app/components/view-header';
import { navigate, openTopic } from '../../app/router';
import { useToast } from '../../app/toasts';
import { client } from '../../lib/api';
import { errorMessage, plural } from '../../lib/format';
import { dueInWords, shortInterval } from './intervals';
import { reportQueue } from './review-due';
import './review.css';

const RATINGS: readonly { readonly rating: ReviewRating; readonly label: string; readonly key: string; readonly hint: string }[] = [
  { rating: 'again', label: 'Again', key: '1', hint: 'I did not know it' },
  { rating: 'hard', label: 'Hard', key: '2', hint: 'I got there, slowly' },
  { rating: 'good', label: 'Good', key: '3', hint: 'I knew it' },
  { rating: 'easy', label: 'Easy', key: '4', hint: 'Too easy' },
];

const PHASE_LABELS: Record<ReviewQueueItem['phase'], string> = { new: 'New', learning: 'Learning', review: 'Review', relearning: 'Relearning' };
const KIND_LABELS: Record<ReviewQueueItem['kind'], string> = { topic: 'Topic', exercise: 'Exercise', level: 'Git level' };

interface Answered {
  readonly cardId: string;
  readonly q: string;
  readonly sourceTitle: string;
  readonly rating: ReviewRating;
  readonly due: string;
}

type Load = { readonly state: 'loading' } | { readonly state: 'ready'; readonly queue: ReviewQueue } | { readonly state: 'error'; readonly message: string };

export function ReviewView() {
  const { saveProgress } = useAppStore();
  const toast = useToast();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answered, setAnswered] = useState<readonly Answered[]>([]);
  const stageRef = useRef<HTMLDivElement>(null);

  const show = useCallback((queue: ReviewQueue) => {
    reportQueue(queue);
    setLoad({ state: 'ready', queue });
  }, []);

  const reload = useCallback(() => {
    client.review.queue({}).then(show, (error: unknown) => setLoad({ state: 'error', message: errorMessage(error) }));
  }, [show]);

  useEffect(reload, [reload]);

  const queue = load.state === 'ready' ? load.queue : undefined;
  const card = queue?.cards[0];

  // A card answered "again" comes back within minutes: fetch the queue when it is due.
  useEffect(() => {
    if (!queue || card || !queue.nextDue) return;
    const wait = Date.parse(queue.nextDue) - Date.now();
    if (wait > 30 * 60_000) return;
    const timer = setTimeout(reload, Math.max(1_000, wait + 500));
    return () => clearTimeout(timer);
  }, [queue, card, reload]);

  const rate = useCallback(
    async (rating: ReviewRating) => {
      if (!card || busy) return;
      setBusy(true);
      let result: Awaited<ReturnType<typeof client.review.rate>> | undefined;
      const saved = await saveProgress(async () => {
        result = await client.review.rate({ cardId: card.cardId, rating });
        return result.snapshot;
      }, 'Could not save your answer');
      setBusy(false);
      if (!saved || !result) return;
      const done = result;
      setAnswered((list) => [...list, { cardId: card.cardId, q: card.q, sourceTitle: card.sourceTitle, rating, due: done.due }]);
      setRevealed(false);
      show(done.queue);
      stageRef.current?.focus({ preventScroll: true });
    },
    [card, busy, saveProgress, show],
  );

  const setSuspended = useCallback(
    async (cardId: string, suspend: boolean) => {
      let result: Awaited<ReturnType<typeof client.review.suspend>> | undefined;
      const saved = await saveProgress(async () => {
        result = suspend ? await client.review.suspend({ cardId }) : await client.review.unsuspend({ cardId });
        return result.snapshot;
      }, suspend ? 'Could not suspend the card' : 'Could not bring the card back');
      if (!saved || !result) return;
      setRevealed(false);
      show(result.queue);
      toast({ tone: 'info', message: suspend ? 'Card suspended. It will not come up until you bring it back.' : 'Card back in review.' });
    },
    [saveProgress, show, toast],
  );

  useEffect(() => {
    if (!card) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || busy) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      if (!revealed && (event.key === ' ' || (event.key === 'Enter' && target?.tagName !== 'BUTTON'))) {
        event.preventDefault();
        setRevealed(true);
        return;
      }
      const choice = RATINGS.find((r) => r.key === event.key);
      if (revealed && choice) {
        event.preventDefault();
        void rate(choice.rating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [card, revealed, busy, rate]);

  const subtitle = queue
    ? `${plural(queue.counts.due, 'card')} due now · ${queue.counts.reviewedToday} answered today`
    : 'A few minutes a day keeps it fresh';

  return (
    <div className="view" data-testid="view-review">
      <ViewHeader title="Review" subtitle={<span data-testid="review-subtitle">{subtitle}</span>} />
      <div className="view-scroll">
        <div className="review-page" ref={stageRef} tabIndex={-1}>
          {load.state === 'loading' && <p className="muted review-status">Gathering today’s cards…</p>}
          {load.state === 'error' && (
            <div className="review-status">
              <p>Your review cards could not be loaded: {load.message}</p>
              <button type="button" className="button" onClick={reload}>
                <Icon name="refresh" /> Try again
              </button>
            </div>
          )}
          {queue && card && (
            <CardStage
              key={card.cardId}
              card={card}
              position={answered.length + 1}
              total={answered.length + queue.counts.due}
              revealed={revealed}
              busy={busy}
              onReveal={() => setRevealed(true)}
              onRate={(rating) => void rate(rating)}
              onSuspend={() => void setSuspended(card.cardId, true)}
            />
          )}
          {queue && !card && <CaughtUp queue={queue} answered={answered} />}
          {queue && card && answered.length > 0 && <LastAnswer answer={answered[answered.length - 1]!} />}
          {queue && queue.suspendedCards.length > 0 && (
            <details className="card review-suspended" data-testid="review-suspended">
              <summary>{plural(queue.suspendedCards.length, 'suspended card')}</summary>
              <ul className="review-suspended__list">
                {queue.suspendedCards.map((item) => (
                  <li key={item.cardId}>
                    <span className="review-suspended__q">{item.q}</span>
                    <span className="review-suspended__source">{item.sourceTitle}</span>
                    <button type="button" className="button button--ghost" onClick={() => void setSuspended(item.cardId, false)}>
                      Bring back
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </div>
    </div>
  );
}

interface CardStageProps {
  readonly card: ReviewQueueItem;
  readonly position: number;
  readonly total: number;
  readonly revealed: boolean;
  readonly busy: boolean;
  readonly onReveal: () => void;
  readonly onRate: (rating: ReviewRating) => void;
  readonly onSuspend: () => void;
}

function CardStage({ card, position, total, revealed, busy, onReveal, onRate, onSuspend }: CardStageProps) {
  const now = new Date().toISOString();
  return (
    <>
      <div className="review-meter" aria-hidden="true">
        <span className="review-meter__fill" style={{ width: `${((position - 1) / Math.max(1, total)) * 100}%` }} />
      </div>
      <p className="review-count" data-testid="review-position">
        Card {position} of {total}
      </p>
      <article className="review-card" data-testid="review-card" data-card-id={card.cardId} aria-live="polite">
        <header className="review-card__head">
          <button type="button" className="review-card__source" onClick={() => openSource(card)} title={`Open ${card.sourceTitle}`}>
            <span className="review-card__kind">{KIND_LABELS[card.kind]}</span>
            {card.sourceTitle}
          </button>
          <span className={`pill review-phase review-phase--${card.phase}`}>{PHASE_LABELS[card.phase]}</span>
          <button type="button" className="button button--ghost review-card__suspend" title="Stop showing this card until you bring it back" onClick={onSuspend} data-testid="review-suspend">
            Suspend
          </button>
        </header>
        <p className="review-card__q" data-testid="review-question">
          {inline(card.q)}
        </p>
        {revealed ? (
          <div className="review-card__a" data-testid="review-answer">
            {inline(card.a)}
          </div>
        ) : (
          <button type="button" className="button button--primary button--large review-reveal" onClick={onReveal} data-testid="review-reveal" aria-keyshortcuts="Space" autoFocus>
            Show answer <Kbd shortcut="Space" decorative />
          </button>
        )}
      </article>
      {revealed && (
        <div className="rating-row" role="group" aria-label="How well did you know it?">
          {RATINGS.map(({ rating, label, key, hint }) => (
            <button
              key={rating}
              type="button"
              className={`rating rating--${rating}`}
              onClick={() => onRate(rating)}
              disabled={busy}
              data-testid={`review-rate-${rating}`}
              aria-keyshortcuts={key}
              title={hint}
            >
              <span className="rating__label">{label}</span>
              <span className="rating__interval">{shortInterval(now, card.preview[rating])}</span>
              <Kbd shortcut={key} decorative />
            </button>
          ))}
        </div>
      )}
    </>
  );
}

function LastAnswer({ answer }: { readonly answer: Answered }) {
  return (
    <p className="review-last" data-testid="review-last" role="status">
      <Icon name="check-circle" />
      <span>
        <span className="review-last__q">{truncate(answer.q, 70)}</span> comes back <strong>{dueInWords(answer.due)}</strong>.
      </span>
    </p>
  );
}

function CaughtUp({ queue, answered }: { readonly queue: ReviewQueue; readonly answered: readonly Answered[] }) {
  const nothingYet = queue.counts.enrolled === 0 && queue.counts.suspended === 0;
  return (
    <div className="review-done" data-testid="review-empty">
      <div className="review-done__art" aria-hidden="true">
        <Icon name={nothingYet ? 'review' : 'check-circle'} />
      </div>
      {nothingYet ? (
        <>
          <h2 className="review-done__title">No cards yet</h2>
          <p className="review-done__text">
            Every topic has a few question cards. Mark a topic done on the roadmap and its cards join your review, each one coming back just
            before you would forget it.
          </p>
          <button type="button" className="button button--primary" onClick={() => navigate({ view: 'roadmap' })}>
            <Icon name="map" /> Open the roadmap
          </button>
        </>
      ) : (
        <>
          <h2 className="review-done__title">{answered.length > 0 ? 'Session complete' : 'All caught up'}</h2>
          <p className="review-done__text" data-testid="review-next-due">
            {queue.nextDue ? (
              <>
                The next card is due <strong>{dueInWords(queue.nextDue)}</strong>.
              </>
            ) : (
              'Nothing else is scheduled.'
            )}
          </p>
        </>
      )}
      {answered.length > 0 && (
        <div className="review-summary">
          <h3 className="review-summary__title">{plural(answered.length, 'card')} answered this session</h3>
          <ul className="review-summary__list">
            {answered.map((entry, index) => (
              <li key={`${entry.cardId}-${index}`} data-testid="review-session-row">
                <span className={`rating-dot rating-dot--${entry.rating}`} title={RATINGS.find((r) => r.rating === entry.rating)?.label} />
                <span className="review-summary__q">{truncate(entry.q, 90)}</span>
                <span className="review-summary__due">{dueInWords(entry.due)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function openSource(card: ReviewQueueItem): void {
  if (card.kind === 'topic') openTopic(card.sourceId);
  else if (card.kind === 'exercise') navigate({ view: 'exercises', exerciseId: card.sourceId });
  else navigate({ view: 'git', levelId: card.sourceId });
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Plain text with `inline code` shown as code; nothing else is interpreted. */
function inline(text: string): ReactNode[] {
  return text.split(/(`[^`\n]+`)/g).map((part, index) =>
    part.length > 2 && part.startsWith('`') && part.endsWith('`') ? <code key={index}>{part.slice(1, -1)}</code> : <span key={index}>{part}</span>,
  );
}
