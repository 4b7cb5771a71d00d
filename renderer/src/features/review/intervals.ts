/** How review due dates read to a learner: short intervals on buttons, dates after answering. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "1 min", "10 min", "3 h", "4 days", "2 mo", "1.5 yr": the gap between two moments. */
export function shortInterval(fromIso: string, toIso: string): string {
  const gap = Math.max(0, Date.parse(toIso) - Date.parse(fromIso));
  if (gap < HOUR) return `${Math.max(1, Math.round(gap / MINUTE))} min`;
  if (gap < DAY) return `${Math.round(gap / HOUR)} h`;
  const days = Math.round(gap / DAY);
  if (days < 31) return days === 1 ? '1 day' : `${days} days`;
  if (days < 365) return `${Math.round(days / 30.4)} mo`;
  const years = days / 365;
  return `${years < 10 ? Math.round(years * 10) / 10 : Math.round(years)} yr`;
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/**
 * When a card is due, in words: "in 10 minutes", "later today at 14:05", "tomorrow",
 * "on Fri 28 Nov". Never empty.
 */
export function dueInWords(dueIso: string, now: Date = new Date()): string {
  const due = new Date(dueIso);
  if (Number.isNaN(due.getTime())) return 'soon';
  const gap = due.getTime() - now.getTime();
  if (gap <= 0) return 'now';
  if (gap < HOUR) return `in ${Math.max(1, Math.round(gap / MINUTE))} minute${Math.round(gap / MINUTE) <= 1 ? '' : 's'}`;
  if (sameDay(due, now)) return `later today at ${due.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  if (sameDay(due, tomorrow)) return 'tomorrow';
  const withYear = due.getFullYear() !== now.getFullYear();
  return `on ${due.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) })}`;
}
