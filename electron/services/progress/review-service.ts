/**
 * Spaced-repetition review, scheduled with FSRS (ts-fsrs).
 *
 * Which cards exist is worked out from the content and the progress each time: every card of
 * a topic marked done, plus one card for each exercise that took four or more runs to pass
 * and each git level whose best run still needed at least twice par. A card gets a stored
 * FSRS state the first time it is answered (or suspended); until then it is "new" and is
 * introduced at most `settings.newCardsPerDay` a day, in roadmap order.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { REVIEW_RATINGS, type ProgressStore, type ReviewCardState, type ReviewRating } from '../../shared/schemas';
import type { ReviewCardPhase, ReviewCardSource, ReviewQueue, ReviewQueueItem, ReviewRateResult, ReviewSuspendResult } from '../../shared/progress-types';
import type { Roadmap } from '../../shared/types';
import { addActivity } from './activity';
import type { ProgressService } from './progress-service';

/** Runs it took to pass an exercise before it counts as hard (three failures, then the pass). */
export const HARD_EXERCISE_ATTEMPTS = 4;

export type CardSource = ReviewCardSource;

/** Names for exercises and levels, when the services know them. */
export type PracticeTitle = (kind: 'exercise' | 'level', id: string) => string | undefined;

const GRADES: Readonly<Record<ReviewRating, Grade>> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const PHASES: readonly ReviewCardPhase[] = ['new', 'learning', 'review', 'relearning'];

const scheduler = fsrs({ enable_fuzz: true });

export function toFsrsCard(state: ReviewCardState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state as State,
    ...(state.lastReview ? { last_review: new Date(state.lastReview) } : {}),
  };
}

export function fromFsrsCard(card: Card, suspended: boolean | undefined): ReviewCardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
    ...(suspended ? { suspended: true } : {}),
  };
}

function humanize(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** True for a level the learner found hard: even their best run took twice par and 3+ extra commands. */
export function isHardLevel(level: { readonly bestCommands: number; readonly par: number }): boolean {
  return level.par > 0 && level.bestCommands >= level.par * 2 && level.bestCommands - level.par >= 3;
}

/** Every card the learner has in review right now (suspended ones included), in roadmap order. */
export function cardSources(store: ProgressStore, roadmap: Roadmap | undefined, practiceTitle: PracticeTitle = () => undefined): CardSource[] {
  const sources: CardSource[] = [];
  if (roadmap) {
    for (const section of roadmap.sections) {
      for (const topicId of section.topicIds) {
        const topic = roadmap.topics[topicId];
        if (!topic) continue;
        const done = store.topics[topicId]?.status === 'done';
        for (const card of topic.cards) {
          const cardId = `${topicId}/${card.id}`;
          // Cards already answered stay in review even if the topic is later unmarked.
          if (!done && !store.review.cards[cardId]) continue;
          sources.push({ cardId, kind: 'topic', sourceId: topicId, sourceTitle: topic.title, q: card.q, a: card.a });
        }
      }
    }
  }
  for (const [id, exercise] of Object.entries(store.exercises)) {
    const cardId = `exercise:${id}`;
    const hard = exercise.status === 'passed' && (exercise.attemptsToPass ?? 0) >= HARD_EXERCISE_ATTEMPTS;
    if (!hard && !store.review.cards[cardId]) continue;
    const title = practiceTitle('exercise', id) ?? humanize(id);
    sources.push({
      cardId,
      kind: 'exercise',
      sourceId: id,
      sourceTitle: title,
      q: `The exercise “${title}” took you ${exercise.attemptsToPass ?? exercise.attempts} runs to pass. Can you outline a solution from memory: the approach, and the case that tripped you up?`,
      a: 'Open the exercise and compare with your passing solution. If the outline came easily, rate it Good or Easy; if not, solve it once more.',
    });
  }
  for (const [id, level] of Object.entries(store.levels)) {
    const cardId = `level:${id}`;
    if (!isHardLevel(level) && !store.review.cards[cardId]) continue;
    const title = practiceTitle('level', id) ?? humanize(id);
    sources.push({
      cardId,
      kind: 'level',
      sourceId: id,
      sourceTitle: title,
      q: `The git level “${title}” can be solved in ${level.par} commands; your best took ${level.bestCommands}. Which commands would you use, in order?`,
      a: 'Replay the level and try to match par. Rate how close your list from memory came.',
    });
  }
  return sources;
}

function startOfDay(at: Date): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate());
}

function endOfDay(at: Date): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1);
}

/** Works out today's queue from the store and the content, without changing anything. */
export function buildQueue(store: ProgressStore, roadmap: Roadmap | undefined, now: Date, practiceTitle?: PracticeTitle): ReviewQueue {
  const sources = cardSources(store, roadmap, practiceTitle);
  const dayStart = startOfDay(now).getTime();
  const dayEnd = endOfDay(now).getTime();
  // ISO times in UTC compare correctly as text, which keeps a long history cheap to scan.
  const dayStartIso = new Date(dayStart).toISOString();
  const dayEndIso = new Date(dayEnd).toISOString();

  // Cards first answered today count against today's allowance of new cards.
  const seenBefore = new Set<string>();
  const seenToday = new Set<string>();
  let reviewedToday = 0;
  for (const entry of store.review.log) {
    if (entry.reviewedAt < dayStartIso) seenBefore.add(entry.cardId);
    else if (entry.reviewedAt < dayEndIso) {
      reviewedToday += 1;
      seenToday.add(entry.cardId);
    }
  }
  let newToday = 0;
  for (const cardId of seenToday) if (!seenBefore.has(cardId)) newToday += 1;
  let newAllowance = Math.max(0, store.settings.newCardsPerDay - newToday);

  const learning: ReviewQueueItem[] = [];
  const reviews: ReviewQueueItem[] = [];
  const fresh: ReviewQueueItem[] = [];
  const suspendedCards: ReviewQueue['suspendedCards'][number][] = [];
  let enrolled = 0;
  let nextDue: number | null = null;
  const later = (time: number) => {
    if (nextDue === null || time < nextDue) nextDue = time;
  };

  for (const source of sources) {
    const stored = store.review.cards[source.cardId];
    if (stored?.suspended) {
      suspendedCards.push({ cardId: source.cardId, kind: source.kind, sourceId: source.sourceId, sourceTitle: source.sourceTitle, q: source.q });
      continue;
    }
    enrolled += 1;
    const card = stored ? toFsrsCard(stored) : createEmptyCard(now);
    if (card.state === State.New) {
      if (newAllowance > 0) {
        newAllowance -= 1;
        fresh.push(item(source, card, now));
      } else {
        later(dayEnd);
      }
      continue;
    }
    const due = card.due.getTime();
    if (card.state === State.Review) {
      // Review cards are due for the whole of their day.
      if (due < dayEnd) reviews.push(item(source, card, now));
      else later(due);
    } else if (due <= now.getTime()) {
      learning.push(item(source, card, now));
    } else {
      later(due);
    }
  }

  const byDue = (a: ReviewQueueItem, b: ReviewQueueItem) => a.due.localeCompare(b.due);
  const cards = [...learning.sort(byDue), ...reviews.sort(byDue), ...fresh];
  return {
    cards,
    counts: { due: cards.length, new: fresh.length, enrolled, suspended: suspendedCards.length, reviewedToday },
    nextDue: nextDue === null ? null : new Date(nextDue).toISOString(),
    suspendedCards,
  };
}

function item(source: CardSource, card: Card, now: Date): ReviewQueueItem {
  const outcomes = scheduler.repeat(card, now);
  const preview = Object.fromEntries(REVIEW_RATINGS.map((rating) => [rating, outcomes[GRADES[rating]].card.due.toISOString()])) as Record<
    ReviewRating,
    string
  >;
  return { ...source, phase: PHASES[card.state] ?? 'new', due: card.due.toISOString(), preview };
}

/** Answers one card: its next FSRS state, a log entry and a completed item in today's activity. */
export function rateCard(store: ProgressStore, cardId: string, rating: ReviewRating, now: Date): { store: ProgressStore; due: string } {
  const stored = store.review.cards[cardId];
  const card = stored ? toFsrsCard(stored) : createEmptyCard(now);
  const next = scheduler.next(card, now, GRADES[rating]).card;
  const state = fromFsrsCard(next, stored?.suspended);
  const log = [...store.review.log, { cardId, rating, reviewedAt: now.toISOString(), due: state.due }];
  // The log is capped: the oldest answers go first (the cards keep their FSRS state).
  const capped = log.length > 50_000 ? log.slice(log.length - 50_000) : log;
  const updated: ProgressStore = { ...store, review: { cards: { ...store.review.cards, [cardId]: state }, log: capped } };
  return { store: addActivity(updated, now, { completed: 1 }), due: state.due };
}

export function setSuspended(store: ProgressStore, cardId: string, suspended: boolean, now: Date): ProgressStore {
  const stored = store.review.cards[cardId];
  if (!stored && !suspended) return store;
  const base = stored ?? fromFsrsCard(createEmptyCard(now), undefined);
  const { suspended: _was, ...rest } = base;
  return { ...store, review: { ...store.review, cards: { ...store.review.cards, [cardId]: suspended ? { ...rest, suspended: true } : rest } } };
}

export class UnknownCardError extends Error {}

export interface ReviewService {
  queue(): ReviewQueue;
  rate(cardId: string, rating: ReviewRating): ReviewRateResult;
  suspend(cardId: string): ReviewSuspendResult;
  unsuspend(cardId: string): ReviewSuspendResult;
}

export function openReviewService(options: {
  readonly progress: ProgressService;
  readonly roadmap: () => Roadmap | undefined;
  readonly practiceTitle?: PracticeTitle;
}): ReviewService {
  const { progress, practiceTitle } = options;
  const queue = () => buildQueue(progress.state(), options.roadmap(), progress.now(), practiceTitle);
  const known = (cardId: string) => {
    if (!cardSources(progress.state(), options.roadmap(), practiceTitle).some((source) => source.cardId === cardId)) {
      throw new UnknownCardError(`there is no review card "${cardId}" among your cards`);
    }
  };
  return {
    queue,
    rate(cardId, rating) {
      known(cardId);
      let due = '';
      const snapshot = progress.update((current) => {
        const result = rateCard(current, cardId, rating, progress.now());
        due = result.due;
        return result.store;
      });
      return { cardId, rating, due, queue: queue(), snapshot };
    },
    suspend(cardId) {
      known(cardId);
      const snapshot = progress.update((current) => setSuspended(current, cardId, true, progress.now()));
      return { queue: queue(), snapshot };
    },
    unsuspend(cardId) {
      const snapshot = progress.update((current) => setSuspended(current, cardId, false, progress.now()));
      return { queue: queue(), snapshot };
    },
  };
}

