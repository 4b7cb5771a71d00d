import { describe, expect, it } from 'vitest';
import { TOPIC_STATUSES } from '../../../electron/shared/constants';
import { errorMessage, hostOf, percent, plural, relativeTime, STATUS_LABELS } from '../../../renderer/src/lib/format';

const NOW = Date.parse('2025-06-15T12:00:00.000Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();
/** The runtime's own wording, so these tests hold in any locale. */
const RELATIVE = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

describe('formatting for learners', () => {
  it('labels every topic status', () => {
    for (const status of TOPIC_STATUSES) expect(STATUS_LABELS[status]).toMatch(/^[A-Z][a-z ]+$/);
    expect(STATUS_LABELS['not-started']).toBe('Not started');
    expect(STATUS_LABELS.done).toBe('Done');
  });

  it('shows progress as a whole percentage', () => {
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
    expect(percent(1 / 3)).toBe('33%');
    expect(percent(2 / 3)).toBe('67%');
  });

  it('says "1 topic" but "0 topics" and "3 topics"', () => {
    expect(plural(1, 'topic')).toBe('1 topic');
    expect(plural(0, 'topic')).toBe('0 topics');
    expect(plural(3, 'topic')).toBe('3 topics');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  });

  it('says "just now" for the last minute, including a clock slightly ahead', () => {
    expect(relativeTime(ago(0), NOW)).toBe('just now');
    expect(relativeTime(ago(59), NOW)).toBe('just now');
    expect(relativeTime(ago(-20), NOW)).toBe('just now');
  });

  it('picks the largest unit that fits, rounded', () => {
    expect(relativeTime(ago(60), NOW)).toBe(RELATIVE.format(-1, 'minute'));
    expect(relativeTime(ago(5 * 60), NOW)).toBe(RELATIVE.format(-5, 'minute'));
    expect(relativeTime(ago(100 * 60), NOW)).toBe(RELATIVE.format(-2, 'hour'));
    expect(relativeTime(ago(2 * 86_400), NOW)).toBe(RELATIVE.format(-2, 'day'));
    expect(relativeTime(ago(14 * 86_400), NOW)).toBe(RELATIVE.format(-2, 'week'));
    expect(relativeTime(ago(400 * 86_400), NOW)).toBe(RELATIVE.format(-1, 'year'));
    expect(relativeTime(ago(-3 * 3600), NOW)).toBe(RELATIVE.format(3, 'hour'));
  });

  it('shows nothing for a time it cannot read', () => {
    expect(relativeTime('', NOW)).toBe('');
    expect(relativeTime('yesterday-ish', NOW)).toBe('');
  });

  it('shows a link’s site without "www."', () => {
    expect(hostOf('https://developer.mozilla.org/en-US/docs/Web/HTTP')).toBe('developer.mozilla.org');
    expect(hostOf('https://www.postgresql.org/docs/')).toBe('postgresql.org');
    expect(hostOf('http://WWW.Example.COM:8080/x')).toBe('example.com');
    expect(hostOf('not a url')).toBe('');
  });

  it('shows a thrown error’s message, and a generic one for anything else', () => {
    expect(errorMessage(new Error('Disk full.'))).toBe('Disk full.');
    expect(errorMessage(new Error(''))).toBe('Something went wrong.');
    expect(errorMessage('boom')).toBe('Something went wrong.');
    expect(errorMessage(undefined)).toBe('Something went wrong.');
  });
});
