/**
 * Pure maths for the dashboard: the year heatmap, streaks and weekly study time, all on the
 * computer's local calendar (the services key activity by local day too).
 */
import type { ActivityDay } from '../../../../electron/shared/schemas';

export type Activity = Readonly<Record<string, ActivityDay>>;

/** A day counts towards a streak with a minute of study or anything completed. */
export const ACTIVE_SECONDS = 60;

export function dayKey(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The local date of a `YYYY-MM-DD` key, at midnight. */
export function parseDayKey(key: string): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

export function isActive(day: ActivityDay | undefined): boolean {
  return day !== undefined && (day.seconds >= ACTIVE_SECONDS || day.completed > 0);
}

/** 0 (nothing) to 4 (an hour or more), from minutes studied; completing something is at least 1. */
export function intensity(day: ActivityDay | undefined): 0 | 1 | 2 | 3 | 4 {
  if (!day) return 0;
  const minutes = day.seconds / 60;
  if (minutes >= 60) return 4;
  if (minutes >= 30) return 3;
  if (minutes >= 10) return 2;
  return isActive(day) ? 1 : 0;
}

export interface Streaks {
  /** Active days in a row ending today, or ending yesterday when today has nothing yet. */
  readonly current: number;
  readonly longest: number;
}

export function streaks(activity: Activity, today: Date): Streaks {
  const activeKeys = Object.keys(activity)
    .filter((key) => isActive(activity[key]))
    .sort();
  let longest = 0;
  let run = 0;
  let previous: Date | undefined;
  for (const key of activeKeys) {
    const date = parseDayKey(key);
    run = previous && dayKey(addDays(previous, 1)) === key ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = date;
  }
  let current = 0;
  let cursor = isActive(activity[dayKey(today)]) ? today : addDays(today, -1);
  while (isActive(activity[dayKey(cursor)])) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  return { current, longest: Math.max(longest, current) };
}

/** Monday of the week holding `date`. */
export function startOfWeek(date: Date): Date {
  const offset = (date.getDay() + 6) % 7;
  return addDays(date, -offset);
}

/** Seconds studied from Monday of this week up to and including today. */
export function secondsThisWeek(activity: Activity, today: Date): number {
  let total = 0;
  for (let day = startOfWeek(today); dayKey(day) <= dayKey(today); day = addDays(day, 1)) total += activity[dayKey(day)]?.seconds ?? 0;
  return total;
}

export interface HeatCell {
  readonly key: string;
  readonly date: Date;
  readonly seconds: number;
  readonly completed: number;
  readonly level: 0 | 1 | 2 | 3 | 4;
  /** Days after today, drawn as blanks so the last column keeps its shape. */
  readonly future: boolean;
}

/**
 * The last `weeks` weeks as columns of seven days, Monday first, ending with the week that
 * holds today.
 */
export function heatmapWeeks(activity: Activity, today: Date, weeks = 53): HeatCell[][] {
  const first = addDays(startOfWeek(today), -7 * (weeks - 1));
  const todayKey = dayKey(today);
  const columns: HeatCell[][] = [];
  for (let w = 0; w < weeks; w += 1) {
    const column: HeatCell[] = [];
    for (let d = 0; d < 7; d += 1) {
      const date = addDays(first, w * 7 + d);
      const key = dayKey(date);
      const day = activity[key];
      column.push({ key, date, seconds: day?.seconds ?? 0, completed: day?.completed ?? 0, level: intensity(day), future: key > todayKey });
    }
    columns.push(column);
  }
  return columns;
}

export interface YearTotals {
  readonly activeDays: number;
  readonly seconds: number;
  readonly completed: number;
}

export function totals(cells: readonly (readonly HeatCell[])[]): YearTotals {
  let activeDays = 0;
  let seconds = 0;
  let completed = 0;
  for (const column of cells) {
    for (const cell of column) {
      if (cell.future) continue;
      if (cell.level > 0) activeDays += 1;
      seconds += cell.seconds;
      completed += cell.completed;
    }
  }
  return { activeDays, seconds, completed };
}

/** "45 min", "2 h 05 min", "0 min". */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')} min`;
}
