/**
 * The desktop's daily review reminder: once a day, after the learner's chosen time, a system
 * notification when review cards are due and the reminder is switched on in Settings.
 * Clicking it brings the window forward on the Review view. Everything it decides on comes
 * from the services, so this file only schedules and shows.
 */
import { BrowserWindow, Notification } from 'electron';
import { MENU_CHANNEL } from '../shared/api';

/** How often the reminder looks at the clock and the queue. */
export const CHECK_EVERY_MS = 10 * 60_000;

export interface ReviewReminderOptions {
  readonly settings: () => Promise<{ readonly reviewReminder: boolean; readonly reviewReminderTime: string }>;
  readonly dueCount: () => Promise<number>;
  readonly now?: () => Date;
  readonly log?: (message: string) => void;
}

export interface ReviewReminder {
  /** Shows the notification if it is time; resolves to whether it did. */
  check(): Promise<boolean>;
  stop(): void;
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** True once the local time of day has reached `HH:MM`. */
export function pastTime(now: Date, time: string): boolean {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return now.getHours() * 60 + now.getMinutes() >= hours * 60 + minutes;
}

export function startReviewReminder(options: ReviewReminderOptions): ReviewReminder {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  let shownOn: string | undefined;

  async function check(): Promise<boolean> {
    try {
      const at = now();
      if (shownOn === localDay(at) || !Notification.isSupported()) return false;
      const settings = await options.settings();
      if (!settings.reviewReminder || !pastTime(at, settings.reviewReminderTime)) return false;
      const due = await options.dueCount();
      if (due === 0) return false;
      shownOn = localDay(at);
      const notification = new Notification({
        title: 'Roadbook review',
        body: `${due} card${due === 1 ? ' is' : 's are'} due today. A few minutes now keeps them fresh.`,
      });
      notification.on('click', openReview);
      notification.show();
      return true;
    } catch (error) {
      log(`review reminder skipped: ${(error as Error).message}`);
      return false;
    }
  }

  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  timer.unref?.();
  return {
    check,
    stop: () => clearInterval(timer),
  };
}

function openReview(): void {
  const window = BrowserWindow.getAllWindows().find((candidate) => !candidate.isDestroyed());
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  window.webContents.send(MENU_CHANNEL, 'navigate:review');
}
