import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyContentMigrations, loadContentMigrations, NO_MIGRATIONS, resolve } from '../../../electron/services/progress/content-migrations';
import { createProgressDomains } from '../../../electron/services/progress/index';
import { confBackend } from '../../../electron/services/progress/store-backend';
import { CONTENT_DIR } from '../../../electron/services/project-paths';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';
import { store } from './helpers';

const card = (lastReview: string) => ({ due: lastReview, stability: 1, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview });

describe('content migrations', () => {
  it('reads the project file (it must always be valid)', () => {
    expect(() => loadContentMigrations(CONTENT_DIR)).not.toThrow();
  });

  it('moves progress, review cards and history from a renamed topic to its new id', () => {
    const before = store({
      topics: { 'old-dns': { status: 'done', updatedAt: 'a', notes: 'kept' } },
      review: { cards: { 'old-dns/c1': card('2026-01-01T00:00:00.000Z') }, log: [{ cardId: 'old-dns/c1', rating: 'good', reviewedAt: '2026-01-01T00:00:00.000Z', due: '2026-01-02T00:00:00.000Z' }] },
      exercises: { 'old-ex': { status: 'passed', attempts: 4 } },
      customTopics: { 'my-x-abc123': { sectionId: 'old-section', title: 'Mine', createdAt: 'a' } },
    });
    const after = applyContentMigrations(before, { ...NO_MIGRATIONS, topics: { 'old-dns': 'dns' }, exercises: { 'old-ex': 'new-ex' }, sections: { 'old-section': 'net' } });
    expect(after.topics).toEqual({ dns: { status: 'done', updatedAt: 'a', notes: 'kept' } });
    expect(Object.keys(after.review.cards)).toEqual(['dns/c1']);
    expect(after.review.log[0]!.cardId).toBe('dns/c1');
    expect(Object.keys(after.exercises)).toEqual(['new-ex']);
    expect(after.customTopics['my-x-abc123']!.sectionId).toBe('net');
  });

  it('merges into progress already under the new id, keeping the further status', () => {
    const before = store({ topics: { a: { status: 'done', updatedAt: 'x' }, b: { status: 'learning', updatedAt: 'y', notes: 'b notes' } } });
    const after = applyContentMigrations(before, { ...NO_MIGRATIONS, topics: { a: 'b' } });
    expect(Object.keys(after.topics)).toEqual(['b']);
    expect(after.topics.b).toMatchObject({ status: 'done', notes: 'b notes' });
  });

  it('follows chains, stops at loops, renames single cards, and leaves unknown ids alone', () => {
    expect(resolve({ a: 'b', b: 'c' }, 'a')).toBe('c');
    expect(resolve({ a: 'b', b: 'a' }, 'a')).toBe('b');
    const before = store({ topics: { gone: { status: 'done', updatedAt: 'x' } }, review: { cards: { 'http/q1': card('2026-01-01T00:00:00.000Z') }, log: [] } });
    const after = applyContentMigrations(before, { ...NO_MIGRATIONS, cards: { 'http/q1': 'http/status-codes' } });
    expect(Object.keys(after.review.cards)).toEqual(['http/status-codes']);
    expect(after.topics.gone).toEqual({ status: 'done', updatedAt: 'x' });
    expect(applyContentMigrations(before, NO_MIGRATIONS)).toBe(before);
  });

  describe('on load', () => {
    let dataDir: string;
    let contentDir: string;
    beforeEach(() => {
      dataDir = makeTempDir();
      contentDir = makeTempDir('roadbook-content-');
    });
    afterEach(() => {
      removeDir(dataDir);
      removeDir(contentDir);
    });
    const open = () => createProgressDomains({ dataDir, contentDir, version: '1', backendFactory: confBackend, roadmap: () => undefined });

    it('applies content/migrations.yaml when the store is opened and saves the result', async () => {
      const first = open();
      await first.impl.progress.setTopicStatus({ topicId: 'rest-apis', status: 'done' });
      first.progress.close();
      fs.writeFileSync(path.join(contentDir, 'migrations.yaml'), 'topics:\n  rest-apis: rest\n');
      const second = open();
      expect(Object.keys((await second.impl.progress.snapshot({})).topics)).toEqual(['rest']);
      const onDisk = JSON.parse(fs.readFileSync(path.join(dataDir, 'progress.json'), 'utf8'));
      expect(Object.keys(onDisk.topics)).toEqual(['rest']);
    });

    it('keeps the store as it is when the migrations file is broken', async () => {
      const first = open();
      await first.impl.progress.setTopicStatus({ topicId: 'rest-apis', status: 'done' });
      first.progress.close();
      fs.writeFileSync(path.join(contentDir, 'migrations.yaml'), 'topics: [not, a, map]\n');
      expect(Object.keys((await open().impl.progress.snapshot({})).topics)).toEqual(['rest-apis']);
    });
  });
});
