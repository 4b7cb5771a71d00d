import { describe, expect, it } from 'vitest';
import { fsrs, Rating, createEmptyCard } from 'ts-fsrs';
import { buildQueue, cardSources, isHardLevel, rateCard, setSuspended, toFsrsCard } from '../../../electron/services/progress/review-service';
import * as changes from '../../../electron/services/progress/changes';
import { PROGRESS_STORE } from '../../../electron/shared/schemas';
import { at, roadmap, store, T0 } from './helpers';

const map = roadmap();
const done = (...ids: string[]) => ids.reduce((s, id) => changes.setTopicStatus(s, id, 'done', T0), store());

describe('review cards and FSRS scheduling', () => {
  it('enrols the cards of done topics only, in roadmap order', () => {
    const queue = buildQueue(done('sql', 'dns'), map, T0);
    expect(queue.cards.map((c) => c.cardId)).toEqual(['dns/c1', 'dns/c2', 'dns/c3', 'sql/c1', 'sql/c2', 'sql/c3']);
    expect(queue.counts).toMatchObject({ due: 6, new: 6, enrolled: 6, suspended: 0, reviewedToday: 0 });
    expect(queue.cards[0]).toMatchObject({ kind: 'topic', sourceId: 'dns', sourceTitle: 'Title of dns', q: 'Question 1 about dns?', phase: 'new' });
    expect(buildQueue(store(), map, T0).counts.due).toBe(0);
  });

  it('schedules answers exactly as ts-fsrs does, and the buttons preview those dates', () => {
    const s0 = done('http');
    const [first] = buildQueue(s0, map, T0).cards;
    const reference = fsrs({ enable_fuzz: true }).repeat(createEmptyCard(T0), T0);
    expect(first!.preview.good).toBe(reference[Rating.Good].card.due.toISOString());
    expect(first!.preview.easy).toBe(reference[Rating.Easy].card.due.toISOString());
    const previews = (['again', 'hard', 'good', 'easy'] as const).map((r) => Date.parse(first!.preview[r]));
    expect([...previews].sort((a, b) => a - b)).toEqual(previews);

    const { store: s1, due } = rateCard(s0, 'http/c1', 'good', T0);
    expect(due).toBe(first!.preview.good);
    expect(s1.review.cards['http/c1']).toMatchObject({ reps: 1, state: 1 });
    expect(s1.review.log).toEqual([{ cardId: 'http/c1', rating: 'good', reviewedAt: T0.toISOString(), due }]);
    expect(PROGRESS_STORE.safeParse(s1).success).toBe(true);
  });

  it('brings a forgotten card back within minutes, and an easy one days later', () => {
    let s = done('http');
    s = rateCard(s, 'http/c1', 'again', T0).store;
    s = rateCard(s, 'http/c2', 'easy', T0).store;
    const queue = buildQueue(s, map, at(0.5));
    expect(queue.cards).toEqual([]);
    expect(Date.parse(queue.nextDue!) - T0.getTime()).toBeLessThanOrEqual(10 * 60_000);
    const later = buildQueue(s, map, at(11));
    expect(later.cards.map((c) => c.cardId)).toEqual(['http/c1']);
    expect(later.cards[0]!.phase).toBe('learning');
    expect(Date.parse(s.review.cards['http/c2']!.due) - T0.getTime()).toBeGreaterThan(2 * 24 * 3600_000);
  });

  it('keeps a reviewed card going until its memory is long, with growing intervals', () => {
    let s = done('dns');
    let now = T0;
    const intervals: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const result = rateCard(s, 'dns/c1', 'good', now);
      s = result.store;
      const next = new Date(result.due);
      intervals.push(next.getTime() - now.getTime());
      now = next;
    }
    expect(intervals.slice(2).every((gap, i) => gap > intervals[i + 1]!)).toBe(true);
    expect(toFsrsCard(s.review.cards['dns/c1']!).state).toBe(2);
  });

  it('limits new cards per day, counting cards first answered today', () => {
    let s = done('dns', 'http', 'sql');
    s = { ...s, settings: { ...s.settings, newCardsPerDay: 3 } };
    expect(buildQueue(s, map, T0).counts).toMatchObject({ due: 3, new: 3 });
    s = rateCard(s, 'dns/c1', 'easy', T0).store;
    s = rateCard(s, 'dns/c2', 'easy', T0).store;
    const queue = buildQueue(s, map, at(1));
    expect(queue.counts).toMatchObject({ new: 1, reviewedToday: 2 });
    expect(queue.cards.map((c) => c.cardId)).toEqual(['dns/c3']);
  });

  it('takes suspended cards out of the queue until they are brought back', () => {
    let s = setSuspended(done('http'), 'http/c2', true, T0);
    let queue = buildQueue(s, map, T0);
    expect(queue.cards.map((c) => c.cardId)).toEqual(['http/c1']);
    expect(queue.suspendedCards.map((c) => c.cardId)).toEqual(['http/c2']);
    s = setSuspended(s, 'http/c2', false, T0);
    queue = buildQueue(s, map, T0);
    expect(queue.cards.map((c) => c.cardId)).toEqual(['http/c1', 'http/c2']);
    expect(queue.counts.suspended).toBe(0);
  });

  it('keeps answered cards when a topic is later unmarked, but drops untouched ones', () => {
    let s = rateCard(done('http'), 'http/c1', 'good', T0).store;
    s = changes.setTopicStatus(s, 'http', 'learning', at(1));
    expect(cardSources(s, map).map((c) => c.cardId)).toEqual(['http/c1']);
  });

  it('adds a card for an exercise that took four or more runs, and for a level far over par', () => {
    let s = store();
    for (const status of ['fail', 'fail', 'pass'] as const) s = changes.recordExerciseRun(s, 'easy-one', status, T0);
    for (const status of ['fail', 'fail', 'error', 'pass'] as const) s = changes.recordExerciseRun(s, 'hard-one', status, T0);
    s = changes.recordLevel(s, 'rebase-maze', 9, 4, T0);
    s = changes.recordLevel(s, 'first-commit', 4, 3, T0);
    const sources = cardSources(s, map, (kind, id) => (kind === 'exercise' && id === 'hard-one' ? 'The hard one' : undefined));
    expect(sources.map((c) => c.cardId)).toEqual(['exercise:hard-one', 'level:rebase-maze']);
    expect(sources[0]!.q).toContain('The hard one');
    expect(sources[0]!.q).toContain('4 runs');
    expect(sources[1]!.sourceTitle).toBe('Rebase maze');
    expect(isHardLevel({ bestCommands: 6, par: 3 })).toBe(true);
    expect(isHardLevel({ bestCommands: 5, par: 3 })).toBe(false);
  });

  it('counts every answer as something done today', () => {
    let s = done('http');
    const before = Object.values(s.activity)[0]!.completed;
    s = rateCard(s, 'http/c1', 'hard', T0).store;
    expect(Object.values(s.activity)[0]!.completed).toBe(before + 1);
  });
});

describe('review through the services', () => {
  it('names practice cards by the exercise title the services know', async () => {
    const { createProgressDomains } = await import('../../../electron/services/progress/index');
    const { confBackend } = await import('../../../electron/services/progress/store-backend');
    const { makeTempDir, removeDir } = await import('../../helpers/temp-dir');
    const dataDir = makeTempDir();
    try {
      const domains = createProgressDomains({
        dataDir,
        contentDir: dataDir,
        version: 't',
        backendFactory: confBackend,
        roadmap: () => map,
        practiceTitles: async () => new Map([['exercise:lru-cache', 'An LRU cache']]),
      });
      for (const status of ['fail', 'fail', 'fail', 'pass'] as const) await domains.impl.progress.recordExerciseRun({ exerciseId: 'lru-cache', status });
      const queue = await domains.impl.review.queue({});
      expect(queue.cards.map((c) => [c.cardId, c.sourceTitle])).toEqual([['exercise:lru-cache', 'An LRU cache']]);
      const rated = await domains.impl.review.rate({ cardId: 'exercise:lru-cache', rating: 'good' });
      expect(Date.parse(rated.due)).toBeGreaterThan(Date.now());
      await expect(domains.impl.review.rate({ cardId: 'dns/c1', rating: 'good' })).rejects.toThrow(/no review card/);
      domains.progress.close();
    } finally {
      removeDir(dataDir);
    }
  });
});
