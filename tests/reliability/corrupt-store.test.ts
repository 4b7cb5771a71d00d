/**
 * Damaged progress files, in the v2 shapes the unit tests of the store do not cover: the app
 * starts with fresh progress, keeps the damaged file byte for byte under a `corrupt` name,
 * tells the learner through storage.status, and saves normally afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/services/dispatch';
import { createServices, type Services } from '../../electron/services/index';
import { emptyStore } from '../../electron/services/progress/migrations';
import { confBackend } from '../../electron/services/progress/store-backend';
import { CONTENT_DIR } from '../../electron/services/project-paths';
import type { StorageStatus } from '../../electron/shared/types';
import { makeTempDir, removeDir } from '../helpers/temp-dir';

let dataDir: string;
let services: Services | undefined;
beforeEach(() => {
  dataDir = makeTempDir('roadbook-corrupt-');
});
afterEach(() => {
  services?.close();
  services = undefined;
  removeDir(dataDir);
});

const valid = () => emptyStore();
const damaged: Record<string, string | Buffer> = {
  'cut off halfway through a v2 file': JSON.stringify({ ...valid(), topics: { dns: { status: 'done', updatedAt: 'x', notes: 'long '.repeat(100) } } }).slice(0, 180),
  'a review card with a broken FSRS state': JSON.stringify({ ...valid(), review: { cards: { 'dns/c1': { due: 'x', stability: -4 } }, log: [] } }),
  'an activity day that is not a date': JSON.stringify({ ...valid(), activity: { yesterday: { seconds: 10, completed: 0 } } }),
  'a custom topic without the my- prefix': JSON.stringify({ ...valid(), customTopics: { dns: { sectionId: 'net', title: 'x', createdAt: 'x' } } }),
  'a prototype key among the topics': JSON.stringify(valid()).replace('"topics":{}', '"topics":{"__proto__":{"status":"done","updatedAt":"x"}}'),
  'nested thousands of levels deep': `{"schemaVersion":2,"topics":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
  'a settings value of the wrong type': JSON.stringify({ ...valid(), settings: { ...valid().settings, newCardsPerDay: 'many' } }),
  'NUL bytes and random binary': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  'only whitespace': '   \n\t  ',
  'JSON null': 'null',
};

describe('damaged progress files', () => {
  for (const [label, content] of Object.entries(damaged)) {
    it(`starts fresh from ${label}, keeping the file aside and saying so`, async () => {
      fs.writeFileSync(path.join(dataDir, 'progress.json'), content);
      services = createServices({ runtime: 'web', version: 'test', dataDir, contentDir: CONTENT_DIR, backendFactory: confBackend });
      const dispatch = createDispatcher(services.impl);

      const status = (await dispatch('storage.status', {})) as { ok: true; value: StorageStatus };
      const [notice] = status.value.notices;
      expect(notice).toMatchObject({ kind: 'corrupt-moved' });
      expect(notice!.message).toMatch(/could not be loaded because .+ It was kept as .*corrupt.* and Roadbook started with fresh progress\./s);
      const moved = fs.readdirSync(dataDir).filter((name) => name.includes('corrupt'));
      expect(moved).toHaveLength(1);
      expect(fs.readFileSync(path.join(dataDir, moved[0]!))).toEqual(Buffer.from(content));

      const snapshot = await dispatch('progress.snapshot', {});
      expect(snapshot).toMatchObject({ ok: true, value: { topics: {}, review: { cards: {}, log: [] } } });
      expect(await dispatch('progress.setTopicNotes', { topicId: 'dns', notes: 'written after the rescue' })).toMatchObject({ ok: true });
      services.close();
      const onDisk = JSON.parse(fs.readFileSync(path.join(dataDir, 'progress.json'), 'utf8'));
      expect(onDisk.topics.dns.notes).toBe('written after the rescue');
    });
  }
});
