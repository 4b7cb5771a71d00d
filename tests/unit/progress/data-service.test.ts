import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProgressDomains } from '../../../electron/services/progress/index';
import { confBackend } from '../../../electron/services/progress/store-backend';
import { BACKUPS_KEPT } from '../../../electron/services/progress/store-file';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';
import { roadmap } from './helpers';

let dataDir: string;
let contentDir: string;
const open = () =>
  createProgressDomains({ dataDir, contentDir, version: '9.9.9', backendFactory: confBackend, roadmap: () => roadmap() });
const storeBytes = () => fs.readFileSync(path.join(dataDir, 'progress.json'));
const backupNames = () => (fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')).sort() : []);

beforeEach(() => {
  dataDir = makeTempDir();
  contentDir = makeTempDir('roadbook-content-');
});
afterEach(() => {
  removeDir(dataDir);
  removeDir(contentDir);
});

/** Some of everything: statuses, notes, links, practice, review answers and activity. */
async function study(domains: ReturnType<typeof open>) {
  const { impl } = domains;
  await impl.progress.setTopicStatus({ topicId: 'dns', status: 'done' });
  await impl.progress.setTopicNotes({ topicId: 'dns', notes: 'Resolvers cache answers for the TTL.' });
  await impl.progress.addTopicLink({ topicId: 'dns', title: 'RFC 1035', url: 'https://www.rfc-editor.org/rfc/rfc1035' });
  await impl.progress.setChecklistItem({ topicId: 'http', index: 1, done: true });
  await impl.progress.recordLevel({ levelId: 'first-commit', commands: 4, par: 3 });
  await impl.progress.recordExerciseRun({ exerciseId: 'fizzbuzz', status: 'pass' });
  await impl.progress.recordActivity({ seconds: 90 });
  await impl.review.rate({ cardId: 'dns/c1', rating: 'good' });
}

describe('data service', () => {
  it('exports, resets and imports back to exactly the same progress', async () => {
    const domains = open();
    await study(domains);
    const before = await domains.impl.progress.snapshot({});
    const file = await domains.impl.data.export({});
    expect(file.fileName).toMatch(/^roadbook-progress-\d{4}-\d{2}-\d{2}\.json$/);

    const reset = await domains.impl.data.reset({ confirm: 'reset' });
    expect(reset.snapshot.topics).toEqual({});
    expect(reset.snapshot.review.log).toEqual([]);
    expect(reset.backup).toMatch(/before-reset\.json$/);

    const preview = await domains.impl.data.previewImport({ text: file.text });
    expect(preview.ok && preview.changes.replace.topics).toEqual({ added: 1, changed: 0, removed: 0 });
    expect(preview.ok && preview.changes.replace.notes.added).toBe(1);
    expect(preview.ok && preview.contents).toMatchObject({ topics: 1, notes: 1, links: 1, levels: 1, exercises: 1, reviewLog: 1 });

    const imported = await domains.impl.data.import({ text: file.text, mode: 'replace' });
    expect(imported.ok).toBe(true);
    expect(imported.ok && imported.snapshot).toEqual(before);
    expect(imported.ok && imported.backup).toMatch(/before-import\.json$/);
    domains.progress.close();
    expect(await open().impl.progress.snapshot({})).toEqual(before);
  });

  it('refuses a bad file and leaves progress and the store file untouched, with no backup taken', async () => {
    const domains = open();
    await study(domains);
    domains.progress.flush();
    const bytes = storeBytes();
    const backups = backupNames();
    const result = await domains.impl.data.import({ text: '{"format":"roadbook-progress","schemaVersion":99}', mode: 'replace' });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/newer Roadbook/) });
    expect(storeBytes()).toEqual(bytes);
    expect(backupNames()).toEqual(backups);
  });

  it('merges an import into current progress', async () => {
    const source = open();
    await source.impl.progress.setTopicStatus({ topicId: 'sql', status: 'done' });
    await source.impl.progress.setTopicNotes({ topicId: 'dns', notes: 'From the other computer.' });
    const text = (await source.impl.data.export({})).text;
    source.progress.close();
    fs.rmSync(dataDir, { recursive: true });

    const target = open();
    await target.impl.progress.setTopicStatus({ topicId: 'dns', status: 'learning' });
    await target.impl.progress.setTopicNotes({ topicId: 'dns', notes: 'From this computer.' });
    const result = await target.impl.data.import({ text, mode: 'merge' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.topics.sql?.status).toBe('done');
    expect(result.snapshot.topics.dns?.status).toBe('learning');
    expect(result.snapshot.topics.dns?.notes).toMatch(/^From this computer\.[\s\S]*From the other computer\.$/);
  });

  it('lists backups newest first and restores one, backing up the current progress first', async () => {
    const first = open();
    await first.impl.progress.setTopicStatus({ topicId: 'dns', status: 'done' });
    first.progress.close();
    const second = open(); // the start-up backup holds dns: done
    await second.impl.progress.setTopicStatus({ topicId: 'dns', status: 'skipped' });
    const list = await second.impl.data.backups({});
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(list[0]).toMatchObject({ reason: 'startup', contents: { topics: 1 } });
    expect([...list].sort((a, b) => b.name.localeCompare(a.name))).toEqual(list);
    const restored = await second.impl.data.restoreBackup({ name: list[0]!.name });
    expect(restored.snapshot.topics.dns?.status).toBe('done');
    expect(restored.backup).toMatch(/before-restore/);
    await expect(second.impl.data.restoreBackup({ name: 'progress-2020-01-01T00-00-00-000Z-00-startup.json' })).rejects.toThrow(/no backup named/);
  });

  it('keeps the newest backups only, even with backups before imports and resets', async () => {
    const domains = open();
    await domains.impl.progress.setTopicStatus({ topicId: 'dns', status: 'done' });
    for (let i = 0; i < BACKUPS_KEPT + 2; i += 1) await domains.impl.data.reset({ confirm: 'reset' });
    expect(backupNames()).toHaveLength(BACKUPS_KEPT);
  });

  it('keeps the theme through a reset', async () => {
    const domains = open();
    await domains.impl.progress.updateSettings({ theme: 'dark', welcomeSeen: true });
    const { snapshot } = await domains.impl.data.reset({ confirm: 'reset' });
    expect(snapshot.settings).toMatchObject({ theme: 'dark', welcomeSeen: true });
  });

  it('says that a save dialog needs the desktop app', async () => {
    await expect(open().impl.data.saveExport({})).rejects.toThrow(/desktop app/);
  });
});
