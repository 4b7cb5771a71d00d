import { describe, expect, it } from 'vitest';
import { mergeNotes, mergeStores, mergeTopic, summarizeChanges } from '../../../electron/services/progress/merge';
import { PROGRESS_STORE, type TopicStatus } from '../../../electron/shared/schemas';
import { store } from './helpers';

const EXPORTED = '2026-05-01T12:00:00.000Z';
const topic = (status: TopicStatus, updatedAt = '2026-04-01T00:00:00.000Z') => ({ status, updatedAt });

describe('merge rules', () => {
  const cases: [TopicStatus, TopicStatus, TopicStatus][] = [
    ['done', 'learning', 'done'],
    ['learning', 'done', 'done'],
    ['learning', 'skipped', 'learning'],
    ['skipped', 'learning', 'learning'],
    ['skipped', 'done', 'done'],
    ['not-started', 'skipped', 'skipped'],
    ['skipped', 'not-started', 'skipped'],
    ['not-started', 'learning', 'learning'],
  ];
  for (const [mine, theirs, expected] of cases) {
    it(`keeps ${expected} when this computer has ${mine} and the file has ${theirs}`, () => {
      expect(mergeTopic(topic(mine), topic(theirs), EXPORTED).status).toBe(expected);
    });
  }

  it('keeps both notes when they differ, the imported ones after a dated separator', () => {
    const merged = mergeNotes('Mine: DNS uses UDP 53.', 'Theirs: TTL matters.', EXPORTED)!;
    expect(merged.startsWith('Mine: DNS uses UDP 53.')).toBe(true);
    expect(merged).toContain('Imported notes (export of 2026-05-01)');
    expect(merged.endsWith('Theirs: TTL matters.')).toBe(true);
  });

  it('does not repeat notes when the same file is merged twice, and takes notes from one side when the other has none', () => {
    const once = mergeNotes('Mine.', 'Theirs.', EXPORTED);
    expect(mergeNotes(once, 'Theirs.', EXPORTED)).toBe(once);
    expect(mergeNotes(undefined, 'Theirs.', EXPORTED)).toBe('Theirs.');
    expect(mergeNotes('Mine.', '', EXPORTED)).toBe('Mine.');
    expect(mergeNotes('Mine.', 'Mine.', EXPORTED)).toBe('Mine.');
  });

  it('unions checklist ticks and links (by address), keeping ids unique', () => {
    const merged = mergeTopic(
      { ...topic('learning'), checklist: [0, 2], links: [{ id: 'a1', title: 'MDN', url: 'https://developer.mozilla.org/', addedAt: EXPORTED }] },
      {
        ...topic('learning'),
        checklist: [1, 2],
        links: [
          { id: 'b1', title: 'MDN again', url: 'https://developer.mozilla.org' },
          { id: 'a1', title: 'Spec', url: 'https://www.rfc-editor.org/rfc/rfc9110' },
        ].map((l) => ({ ...l, addedAt: EXPORTED })),
      },
      EXPORTED,
    );
    expect(merged.checklist).toEqual([0, 1, 2]);
    expect(merged.links?.map((l) => l.title)).toEqual(['MDN', 'Spec']);
    expect(new Set(merged.links?.map((l) => l.id)).size).toBe(2);
  });

  it('merges whole stores: practice, review, history and activity, keeping this computer settings', () => {
    const mine = store({
      topics: { dns: topic('done') },
      levels: { 'first-commit': { completedAt: '2026-04-01T00:00:00.000Z', commands: 9, par: 3, bestCommands: 6 } },
      exercises: { fizz: { status: 'attempted', attempts: 2, draft: 'old', draftUpdatedAt: '2026-04-01T00:00:00.000Z' } },
      review: {
        cards: { 'dns/c1': { due: '2026-04-05T00:00:00.000Z', stability: 3, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: '2026-04-02T00:00:00.000Z' } },
        log: [{ cardId: 'dns/c1', rating: 'good', reviewedAt: '2026-04-02T00:00:00.000Z', due: '2026-04-05T00:00:00.000Z' }],
      },
      activity: { '2026-04-02': { seconds: 600, completed: 2 } },
      settings: { ...store().settings, theme: 'dark' },
    });
    const theirs = store({
      topics: { http: topic('learning') },
      levels: { 'first-commit': { completedAt: '2026-04-20T00:00:00.000Z', commands: 4, par: 3, bestCommands: 4 } },
      exercises: { fizz: { status: 'passed', attempts: 5, passedAt: '2026-04-10T00:00:00.000Z', attemptsToPass: 5, draft: 'new', draftUpdatedAt: '2026-04-10T00:00:00.000Z' } },
      review: {
        cards: { 'dns/c1': { due: '2026-04-30T00:00:00.000Z', stability: 9, difficulty: 5, scheduledDays: 20, learningSteps: 0, reps: 3, lapses: 0, state: 2, lastReview: '2026-04-10T00:00:00.000Z' } },
        log: [
          { cardId: 'dns/c1', rating: 'good', reviewedAt: '2026-04-02T00:00:00.000Z', due: '2026-04-05T00:00:00.000Z' },
          { cardId: 'dns/c1', rating: 'easy', reviewedAt: '2026-04-10T00:00:00.000Z', due: '2026-04-30T00:00:00.000Z' },
        ],
      },
      activity: { '2026-04-02': { seconds: 300, completed: 3 }, '2026-04-10': { seconds: 900, completed: 1 } },
      settings: { ...store().settings, theme: 'light' },
    });
    const merged = PROGRESS_STORE.parse(mergeStores(mine, theirs, EXPORTED));
    expect(Object.keys(merged.topics).sort()).toEqual(['dns', 'http']);
    expect(merged.levels['first-commit']).toEqual({ completedAt: '2026-04-20T00:00:00.000Z', commands: 4, par: 3, bestCommands: 4 });
    expect(merged.exercises.fizz).toEqual({ status: 'passed', attempts: 5, passedAt: '2026-04-10T00:00:00.000Z', attemptsToPass: 5, draft: 'new', draftUpdatedAt: '2026-04-10T00:00:00.000Z' });
    expect(merged.review.cards['dns/c1']?.stability).toBe(9);
    expect(merged.review.log.map((e) => e.rating)).toEqual(['good', 'easy']);
    expect(merged.activity).toEqual({ '2026-04-02': { seconds: 600, completed: 3 }, '2026-04-10': { seconds: 900, completed: 1 } });
    expect(merged.settings.theme).toBe('dark');
    // Merging the same file again changes nothing.
    expect(mergeStores(merged, theirs, EXPORTED)).toEqual(merged);
  });

  it('counts what an import changes, per kind of data', () => {
    const before = store({ topics: { dns: { ...topic('done'), notes: 'n', checklist: [0] }, http: topic('learning') } });
    const after = store({ topics: { dns: { ...topic('learning'), checklist: [0, 1] }, sql: topic('done') }, activity: { '2026-01-01': { seconds: 5, completed: 0 } } });
    const summary = summarizeChanges(before, after);
    expect(summary.topics).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(summary.notes).toEqual({ added: 0, changed: 0, removed: 1 });
    expect(summary.checklist).toEqual({ added: 1, changed: 0, removed: 0 });
    expect(summary.activityDays).toEqual({ added: 1, changed: 0, removed: 0 });
    expect(summary.settings).toEqual({ added: 0, changed: 0, removed: 0 });
  });
});
