import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real 'electron' package would try to download its binary: a small stand-in instead.
const fake = vi.hoisted(() => {
  const shown: { title: string; body: string; click?: () => void }[] = [];
  const window = {
    destroyed: false,
    minimized: true,
    sent: [] as [string, string][],
    isDestroyed() {
      return this.destroyed;
    },
    isMinimized() {
      return this.minimized;
    },
    restore() {
      this.minimized = false;
    },
    show() {},
    focus() {},
    webContents: {
      send: (channel: string, command: string) => window.sent.push([channel, command]),
    },
  };
  class Notification {
    static supported = true;
    static isSupported() {
      return Notification.supported;
    }
    private entry: { title: string; body: string; click?: () => void };
    constructor(options: { title: string; body: string }) {
      this.entry = { ...options };
    }
    on(event: string, listener: () => void) {
      if (event === 'click') this.entry.click = listener;
    }
    show() {
      shown.push(this.entry);
    }
  }
  return { shown, window, Notification };
});

vi.mock('electron', () => ({ Notification: fake.Notification, BrowserWindow: { getAllWindows: () => [fake.window] } }));

const { startReviewReminder, pastTime } = await import('../../../electron/main/review-reminder');

let clock: Date;
let settings: { reviewReminder: boolean; reviewReminderTime: string };
let due: number;
let reminder: ReturnType<typeof startReviewReminder>;

beforeEach(() => {
  fake.shown.length = 0;
  fake.window.sent.length = 0;
  fake.Notification.supported = true;
  clock = new Date(2026, 2, 10, 9, 30);
  settings = { reviewReminder: true, reviewReminderTime: '09:00' };
  due = 4;
  reminder = startReviewReminder({ settings: async () => settings, dueCount: async () => due, now: () => clock });
});
afterEach(() => reminder.stop());

describe('daily review reminder (desktop)', () => {
  it('shows one notification a day when cards are due, and a click opens Review', async () => {
    expect(await reminder.check()).toBe(true);
    expect(fake.shown).toEqual([expect.objectContaining({ title: 'Roadbook review', body: expect.stringContaining('4 cards are due') })]);
    expect(await reminder.check()).toBe(false);
    fake.shown[0]!.click!();
    expect(fake.window.sent).toEqual([['roadbook:menu', 'navigate:review']]);
    expect(fake.window.minimized).toBe(false);
    clock = new Date(2026, 2, 11, 9, 5);
    expect(await reminder.check()).toBe(true);
    expect(fake.shown).toHaveLength(2);
  });

  it('stays quiet when switched off, before the chosen time, with nothing due, or without notifications', async () => {
    settings.reviewReminder = false;
    expect(await reminder.check()).toBe(false);
    settings = { reviewReminder: true, reviewReminderTime: '18:00' };
    expect(await reminder.check()).toBe(false);
    settings.reviewReminderTime = '09:00';
    due = 0;
    expect(await reminder.check()).toBe(false);
    due = 1;
    fake.Notification.supported = false;
    expect(await reminder.check()).toBe(false);
    fake.Notification.supported = true;
    expect(await reminder.check()).toBe(true);
    expect(fake.shown[0]!.body).toContain('1 card is due');
  });

  it('survives a failing queue without throwing', async () => {
    const broken = startReviewReminder({ settings: async () => settings, dueCount: async () => Promise.reject(new Error('boom')), now: () => clock });
    await expect(broken.check()).resolves.toBe(false);
    broken.stop();
  });

  it('compares times of day', () => {
    expect(pastTime(new Date(2026, 0, 1, 8, 59), '09:00')).toBe(false);
    expect(pastTime(new Date(2026, 0, 1, 9, 0), '09:00')).toBe(true);
  });
});
