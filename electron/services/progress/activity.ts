/**
 * Study activity per local calendar day: seconds of active study and items completed.
 * Pure functions over the store, plus the streak and week maths the dashboard shows.
 */
import type { ActivityDay, ProgressStore } from '../../shared/schemas';

export const SECONDS_PER_DAY = 86_400;

/** `YYYY-MM-DD` of a moment in the computer's own time zone. */
export function dayKey(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Adds seconds and completions to a day, capping seconds at a whole day. */
export function addActivity(
  store: ProgressStore,
  at: Date,
  change: { readonly seconds?: number; readonly completed?: number },
): ProgressStore {
  const key = dayKey(at);
  const current: ActivityDay = store.activity[key] ?? { seconds: 0, completed: 0 };
  const next: ActivityDay = {
    seconds: Math.min(SECONDS_PER_DAY, current.seconds + Math.max(0, Math.floor(change.seconds ?? 0))),
    completed: current.completed + Math.max(0, Math.floor(change.completed ?? 0)),
  };
  return { ...store, activity: { ...store.activity, [key]: next } };
}
