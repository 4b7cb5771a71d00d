/**
 * A read-only data folder and a full disk. The disk's refusal is simulated where it reaches
 * Roadbook, at the store backend (tests run as root here, which ignores file permissions, and
 * filling a real disk is not an option); a real read-only folder is also tried when the
 * test does not run as root. Every API call keeps answering, the learner is told why nothing
 * is saved, and saving resumes once the disk accepts writes again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../electron/services/dispatch';
import { createServices, type Services } from '../../electron/services/index';
import { buildExport } from '../../electron/services/progress/export-format';
import { emptyStore } from '../../electron/services/progress/migrations';
import { confBackend, type StoreBackendFactory } from '../../electron/services/progress/store-backend';
import { CONTENT_DIR } from '../../electron/services/project-paths';
import type { StorageStatus } from '../../electron/shared/types';
import { makeTempDir, removeDir } from '../helpers/temp-dir';

let dataDir: string;
let services: Services | undefined;
beforeEach(() => {
  dataDir = makeTempDir('roadbook-unwritable-');
});
afterEach(() => {
  services?.close();
  services = undefined;
  fs.chmodSync(dataDir, 0o700);
  removeDir(dataDir);
});

function failingDisk(code: string, message: string): { factory: StoreBackendFactory; heal: () => void } {
  let failing = true;
  return {
    heal: () => {
      failing = false;
    },
    factory: (options) => {
      const inner = confBackend(options);
      return {
        path: inner.path,
        read: inner.read,
        write: (value) => {
          if (failing) throw Object.assign(new Error(message), { code });
          inner.write(value);
        },
      };
    },
  };
}

async function ok(dispatch: Dispatch, channel: string, input: unknown = {}): Promise<unknown> {
  const result = await dispatch(channel, input);
  expect(result, channel).toMatchObject({ ok: true });
  return (result as { value: unknown }).value;
}

/** Every kind of write a learner makes, through the same dispatcher the transports use. */
async function studyEverything(dispatch: Dispatch): Promise<void> {
  await ok(dispatch, 'progress.setTopicStatus', { topicId: 'dns', status: 'done' });
  await ok(dispatch, 'progress.setChecklistItem', { topicId: 'dns', index: 0, done: true });
  await ok(dispatch, 'progress.setTopicNotes', { topicId: 'dns', notes: 'kept in memory' });
  await ok(dispatch, 'progress.addTopicLink', { topicId: 'dns', title: 'Spec', url: 'https://example.org/spec' });
  await ok(dispatch, 'progress.addCustomTopic', { sectionId: 'internet', title: 'My topic' });
  await ok(dispatch, 'progress.recordLevel', { levelId: 'first-commit', commands: 3, par: 3 });
  await ok(dispatch, 'progress.saveExerciseDraft', { exerciseId: 'fizzbuzz', code: 'x' });
  await ok(dispatch, 'progress.recordExerciseRun', { exerciseId: 'fizzbuzz', status: 'pass' });
  await ok(dispatch, 'progress.recordActivity', { seconds: 30 });
  await ok(dispatch, 'progress.updateSettings', { theme: 'dark' });
}

const cases = [
  { label: 'a read-only data folder', code: 'EROFS', message: 'read-only file system', says: 'the folder is read-only' },
  { label: 'a folder without write permission', code: 'EACCES', message: 'permission denied', says: 'the folder is read-only' },
  { label: 'a full disk', code: 'ENOSPC', message: 'no space left on device', says: 'the disk is full' },
];

describe('when the disk refuses writes', () => {
  for (const { label, code, message, says } of cases) {
    it(`keeps working in memory with ${label}, says so, and saves again once it can`, async () => {
      // Some progress from before the disk trouble.
      const seeded = createServices({ runtime: 'web', version: 'test', dataDir, contentDir: CONTENT_DIR, backendFactory: confBackend });
      await seeded.impl.progress.setTopicStatus({ topicId: 'http', status: 'learning' });
      seeded.close();
      const before = fs.readFileSync(path.join(dataDir, 'progress.json'));

      const disk = failingDisk(code, message);
      services = createServices({ runtime: 'web', version: 'test', dataDir, contentDir: CONTENT_DIR, backendFactory: disk.factory });
      const dispatch = createDispatcher(services.impl);
      await studyEverything(dispatch);
      services.close(); // a flush that fails must not throw

      const status = (await ok(dispatch, 'storage.status')) as StorageStatus;
      expect(status.persistent).toBe(false);
      expect(status.notices).toEqual([expect.objectContaining({ kind: 'unwritable', message: expect.stringContaining(says) })]);
      expect(status.notices[0]!.message).toContain('Your changes are kept while the app stays open');

      const snapshot = (await ok(dispatch, 'progress.snapshot')) as { topics: Record<string, { status: string; notes?: string }> };
      expect(snapshot.topics.dns).toMatchObject({ status: 'done', notes: 'kept in memory' });
      expect(snapshot.topics.http?.status).toBe('learning');
      // Imports, resets and review still answer; with nothing writable, no backup is claimed.
      const exported = buildExport({ ...emptyStore(), topics: { sql: { status: 'done', updatedAt: 'x' } } }, new Date(), 'test');
      expect(await ok(dispatch, 'data.import', { text: exported, mode: 'merge' })).toMatchObject({ ok: true, backup: null });
      expect(await ok(dispatch, 'review.queue')).toMatchObject({ counts: expect.any(Object) });
      // The file on disk is what it was before the trouble: never half written.
      expect(fs.readFileSync(path.join(dataDir, 'progress.json'))).toEqual(before);

      disk.heal();
      await ok(dispatch, 'progress.setTopicStatus', { topicId: 'git', status: 'learning' });
      services.close();
      expect(((await ok(dispatch, 'storage.status')) as StorageStatus)).toMatchObject({ persistent: true, notices: [] });
      const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'progress.json'), 'utf8'));
      expect(Object.keys(saved.topics).sort()).toEqual(['dns', 'git', 'http', 'sql']);
    });
  }

  const root = process.getuid?.() === 0;
  it.skipIf(root)('keeps working in memory with a real read-only folder (needs a non-root user)', async () => {
    fs.chmodSync(dataDir, 0o500);
    services = createServices({ runtime: 'web', version: 'test', dataDir, contentDir: CONTENT_DIR, backendFactory: confBackend });
    const dispatch = createDispatcher(services.impl);
    await studyEverything(dispatch);
    const status = (await ok(dispatch, 'storage.status')) as StorageStatus;
    expect(status.persistent).toBe(false);
    expect(status.notices[0]!.message).toContain('read-only');
  });
});
