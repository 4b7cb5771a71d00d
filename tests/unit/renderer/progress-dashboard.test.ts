import { describe, expect, it } from 'vitest';
import { addDays, dayKey, formatDuration, heatmapWeeks, intensity, secondsThisWeek, streaks, totals } from '../../../renderer/src/features/progress/activity-math';
import { studiedSeconds } from '../../../renderer/src/features/progress/study-time';
import { dueInWords, shortInterval } from '../../../renderer/src/features/review/intervals';

// A Wednesday, local time.
const TODAY = new Date(2026, 5, 17, 15, 30);
const day = (offset: number, seconds = 600, completed = 0) => [dayKey(addDays(TODAY, offset)), { seconds, completed }] as const;

describe('streaks', () => {
  it('counts days in a row ending today', () => {
    expect(streaks(Object.fromEntries([day(0), day(-1), day(-2), day(-4)]), TODAY)).toEqual({ current: 3, longest: 3 });
  });

  it('keeps the streak alive until today ends when today has nothing yet', () => {
    expect(streaks(Object.fromEntries([day(-1), day(-2)]), TODAY).current).toBe(2);
    expect(streaks(Object.fromEntries([day(-2), day(-3)]), TODAY).current).toBe(0);
  });

  it('finds the longest run anywhere, across month and year ends', () => {
    const newYear = new Date(2026, 0, 2);
    const activity = Object.fromEntries([...[-3, -2, -1, 0].map((o) => [dayKey(addDays(newYear, o)), { seconds: 120, completed: 0 }] as const), day(0)]);
    expect(streaks(activity, TODAY)).toEqual({ current: 1, longest: 4 });
  });

  it('does not count a day with under a minute and nothing finished, but counts one with something finished', () => {
    expect(streaks(Object.fromEntries([day(0, 30), day(-1, 0, 1)]), TODAY)).toEqual({ current: 1, longest: 1 });
  });
});

describe('heatmap', () => {
  it('lays out 53 Monday-first weeks ending with this week, with later days blank', () => {
    const weeks = heatmapWeeks({}, TODAY);
    expect(weeks).toHaveLength(53);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().every((c) => c.date.getDay() === [1, 2, 3, 4, 5, 6, 0][weeks.flat().indexOf(c) % 7])).toBe(true);
    const last = weeks.at(-1)!;
    expect(last.map((c) => c.future)).toEqual([false, false, false, true, true, true, true]);
    expect(last[2]!.key).toBe(dayKey(TODAY));
  });

  it('grades days by minutes studied and sums the year', () => {
    expect([0, 59, 60, 600, 1800, 3600].map((s) => intensity({ seconds: s, completed: 0 }))).toEqual([0, 0, 1, 2, 3, 4]);
    expect(intensity({ seconds: 0, completed: 2 })).toBe(1);
    const weeks = heatmapWeeks(Object.fromEntries([day(0, 3600, 2), day(-10, 120, 0), day(-400, 9999, 9)]), TODAY);
    expect(totals(weeks)).toEqual({ activeDays: 2, seconds: 3720, completed: 2 });
  });
});

describe('time studied', () => {
  it('adds this week from Monday, not last week', () => {
    const activity = Object.fromEntries([day(0, 100), day(-2, 200), day(-3, 400)]); // Wed, Mon, Sun
    expect(secondsThisWeek(activity, TODAY)).toBe(300);
    expect(formatDuration(300)).toBe('5 min');
    expect(formatDuration(3600 + 5 * 60)).toBe('1 h 05 min');
    expect(formatDuration(7200)).toBe('2 h');
  });

  it('counts a heartbeat only while visible, focused and recently used, capped', () => {
    const base = { now: 100_000, lastBeat: 70_000, lastInput: 90_000, visible: true, focused: true };
    expect(studiedSeconds(base)).toBe(30);
    expect(studiedSeconds({ ...base, visible: false })).toBe(0);
    expect(studiedSeconds({ ...base, focused: false })).toBe(0);
    expect(studiedSeconds({ ...base, lastInput: 100_000 - 3 * 60_000 })).toBe(0);
    expect(studiedSeconds({ ...base, lastBeat: 0 })).toBe(60);
  });
});

describe('review due dates in words', () => {
  const now = new Date(2026, 5, 17, 9, 0);
  it('gives short intervals for the answer buttons', () => {
    const iso = (ms: number) => new Date(now.getTime() + ms).toISOString();
    expect(shortInterval(now.toISOString(), iso(60_000))).toBe('1 min');
    expect(shortInterval(now.toISOString(), iso(3 * 3600_000))).toBe('3 h');
    expect(shortInterval(now.toISOString(), iso(86400_000))).toBe('1 day');
    expect(shortInterval(now.toISOString(), iso(12 * 86400_000))).toBe('12 days');
    expect(shortInterval(now.toISOString(), iso(90 * 86400_000))).toBe('3 mo');
  });

  it('says when a card comes back', () => {
    expect(dueInWords(new Date(2026, 5, 17, 9, 10).toISOString(), now)).toBe('in 10 minutes');
    expect(dueInWords(new Date(2026, 5, 17, 18, 0).toISOString(), now)).toMatch(/^later today at /);
    expect(dueInWords(new Date(2026, 5, 18, 8, 0).toISOString(), now)).toBe('tomorrow');
    expect(dueInWords(new Date(2026, 5, 25, 8, 0).toISOString(), now)).toMatch(/^on /);
    expect(dueInWords(new Date(2026, 5, 16).toISOString(), now)).toBe('now');
  });
});
