/**
 * How many review cards are due, shared by the sidebar badge and the Review view. The count
 * is refreshed when progress changes (a topic marked done brings new cards), every few
 * minutes (cards fall due with time), and whenever the Review view reports a fresh queue.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ReviewQueue } from '../../../../electron/shared/progress-types';
import type { ProgressSnapshot } from '../../../../electron/shared/types';
import { client } from '../../lib/api';

const REFRESH_MS = 5 * 60_000;

let due: number | undefined;
const listeners = new Set<() => void>();
let pending: Promise<void> | undefined;

function emit(): void {
  for (const listener of listeners) listener();
}

/** Shares a queue someone already fetched, so the badge never lags behind the Review view. */
export function reportQueue(queue: ReviewQueue): void {
  if (due === queue.counts.due) return;
  due = queue.counts.due;
  emit();
}

let again = false;

/**
 * Asks the services for the queue again. One request at a time: a refresh asked for while one
 * is on its way runs once more after it, so the count never settles on an answer computed
 * before the latest change.
 */
export function refreshDueCount(): Promise<void> {
  if (pending) {
    again = true;
    return pending;
  }
  pending = client.review
    .queue({})
    .then(reportQueue, () => {
      // The badge is a hint: when the count cannot be read it simply stays as it was.
    })
    .finally(() => {
      pending = undefined;
      if (again) {
        again = false;
        void refreshDueCount();
      }
    });
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The number of cards due now, or undefined before the first answer. */
export function useDueCount(progress: ProgressSnapshot | undefined): number | undefined {
  const count = useSyncExternalStore(subscribe, () => due);
  // Only what can add or remove cards: done topics, practice results and answers given. The
  // time of each status change is part of it, so the count is read again once the services
  // confirm a change the screen showed ahead of time (their answer may overtake the change).
  const signature = progress
    ? [
        Object.keys(progress.topics)
          .filter((id) => progress.topics[id]!.status === 'done')
          .map((id) => `${id}@${progress.topics[id]!.updatedAt}`)
          .join(','),
        Object.values(progress.exercises).filter((e) => e.status === 'passed').length,
        Object.keys(progress.levels).length,
        Object.keys(progress.review.cards).length,
        progress.review.log.length,
        Object.values(progress.review.cards).filter((c) => c.suspended).length,
      ].join(':')
    : undefined;
  useEffect(() => {
    if (signature === undefined) return;
    const timer = setTimeout(() => void refreshDueCount(), 300);
    return () => clearTimeout(timer);
  }, [signature]);
  useEffect(() => {
    const timer = setInterval(() => void refreshDueCount(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  return count;
}
