import { describe, expect, it } from 'vitest';
import * as changes from '../../../electron/services/progress/changes';
import { PROGRESS_STORE } from '../../../electron/shared/schemas';
import { at, store, T0 } from './helpers';

const today = () => {
  const d = T0;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('progress changes', () => {
  it('keeps notes, links and ticks when the status changes', () => {
    let s = changes.setTopicNotes(store(), 'dns', 'A records map names to IPv4.', T0);
    s = changes.setChecklistItem(s, 'dns', 2, true, T0);
    s = changes.addTopicLink(s, 'dns', { title: 'RFC', url: 'https://example.org/rfc' }, T0, 'abc');
    s = changes.setTopicStatus(s, 'dns', 'done', at(5));
    expect(s.topics.dns).toEqual({
      status: 'done',
      updatedAt: at(5).toISOString(),
      notes: 'A records map names to IPv4.',
      notesUpdatedAt: T0.toISOString(),
      checklist: [2],
      links: [{ id: 'abc', title: 'RFC', url: 'https://example.org/rfc', addedAt: T0.toISOString() }],
    });
    expect(PROGRESS_STORE.safeParse(s).success).toBe(true);
  });

  it('keeps checklist ticks sorted and unique, and removes them', () => {
    let s = store();
    for (const i of [3, 0, 3, 1]) s = changes.setChecklistItem(s, 'http', i, true, T0);
    expect(s.topics.http?.checklist).toEqual([0, 1, 3]);
    s = changes.setChecklistItem(s, 'http', 1, false, T0);
    expect(s.topics.http?.checklist).toEqual([0, 3]);
    s = changes.setChecklistItem(changes.setChecklistItem(s, 'http', 0, false, T0), 'http', 3, false, T0);
    expect(s.topics.http).toEqual({ status: 'not-started', updatedAt: T0.toISOString() });
  });

  it('clears notes completely when they are emptied', () => {
    const s = changes.setTopicNotes(changes.setTopicNotes(store(), 'sql', 'joins!', T0), 'sql', '', at(1));
    expect(s.topics.sql).toEqual({ status: 'not-started', updatedAt: T0.toISOString() });
  });

  it('returns the same store when notes did not change (no needless write)', () => {
    const s = changes.setTopicNotes(store(), 'sql', 'same', T0);
    expect(changes.setTopicNotes(s, 'sql', 'same', at(1))).toBe(s);
  });

  it('adds and removes links, and refuses more than the cap', () => {
    let s = store();
    for (let i = 0; i < 50; i += 1) s = changes.addTopicLink(s, 'git', { title: `L${i}`, url: `https://example.org/${i}` }, T0, `id${i}`);
    expect(() => changes.addTopicLink(s, 'git', { title: 'one more', url: 'https://example.org/x' }, T0)).toThrow(/up to 50 links/);
    s = changes.removeTopicLink(s, 'git', 'id7');
    expect(s.topics.git?.links).toHaveLength(49);
    expect(s.topics.git?.links?.some((l) => l.id === 'id7')).toBe(false);
    expect(changes.removeTopicLink(s, 'git', 'nope')).toBe(s);
  });

  it('gives custom topics my- ids that never meet content ids, and removing one drops its progress', () => {
    const first = changes.addCustomTopic(store(), { sectionId: 'net', title: 'Héllo, WebSockets!', summary: '  ' }, T0);
    expect(first.id).toMatch(/^my-hello-websockets-[0-9a-f]{6}$/);
    expect(first.store.customTopics[first.id]).toEqual({ sectionId: 'net', title: 'Héllo, WebSockets!', createdAt: T0.toISOString() });
    const withStatus = changes.setTopicStatus(first.store, first.id, 'learning', T0);
    const removed = changes.removeCustomTopic(withStatus, first.id);
    expect(removed.customTopics).toEqual({});
    expect(removed.topics[first.id]).toBeUndefined();
    expect(PROGRESS_STORE.safeParse(withStatus).success).toBe(true);
    expect(changes.addCustomTopic(store(), { sectionId: 'net', title: '!!!' }, T0).id).toMatch(/^my-[0-9a-f]{6}$/);
  });

  it('keeps the best command count of a level and counts only the first completion as an activity', () => {
    let s = changes.recordLevel(store(), 'first-commit', 7, 3, T0);
    s = changes.recordLevel(s, 'first-commit', 3, 3, at(10));
    s = changes.recordLevel(s, 'first-commit', 5, 3, at(20));
    expect(s.levels['first-commit']).toEqual({ completedAt: at(20).toISOString(), commands: 5, par: 3, bestCommands: 3 });
    expect(s.activity[today()]).toEqual({ seconds: 0, completed: 1 });
  });

  it('counts exercise runs, records how many runs the first pass took, and keeps drafts', () => {
    let s = changes.saveExerciseDraft(store(), 'fizzbuzz', 'let x', T0);
    expect(s.exercises.fizzbuzz).toEqual({ status: 'attempted', attempts: 0, draft: 'let x', draftUpdatedAt: T0.toISOString() });
    for (const status of ['fail', 'error', 'fail', 'pass', 'fail', 'pass'] as const) s = changes.recordExerciseRun(s, 'fizzbuzz', status, at(1));
    expect(s.exercises.fizzbuzz).toMatchObject({ status: 'passed', attempts: 6, attemptsToPass: 4, passedAt: at(1).toISOString(), draft: 'let x' });
    expect(s.activity[today()]?.completed).toBe(1);
  });

  it('counts a topic done once in the day, not again when set done twice', () => {
    let s = changes.setTopicStatus(store(), 'dns', 'done', T0);
    s = changes.setTopicStatus(s, 'dns', 'done', at(1));
    s = changes.setTopicStatus(s, 'http', 'learning', at(2));
    expect(s.activity[today()]).toEqual({ seconds: 0, completed: 1 });
  });

  it('adds study seconds to the local day and never beyond a whole day', () => {
    let s = changes.recordActivity(store(), 30, T0);
    s = changes.recordActivity(s, 45, at(1));
    expect(s.activity[today()]?.seconds).toBe(75);
    for (let i = 0; i < 800; i += 1) s = changes.recordActivity(s, 120, at(2));
    expect(s.activity[today()]?.seconds).toBe(86_400);
  });
});
