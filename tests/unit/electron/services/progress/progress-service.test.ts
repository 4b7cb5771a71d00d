import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openProgressService, type ProgressServiceOptions } from '../../../../../electron/services/progress/progress-service';
import { confBackend, type StoreBackendFactory } from '../../../../../electron/services/progress/store-backend';
import { BACKUPS_KEPT } from '../../../../../electron/services/progress/store-file';
import { DEFAULT_STORE } from '../../../../../electron/services/progress/migrations';
import { makeTempDir, removeDir } from '../../../../helpers/temp-dir';

let dataDir: string;
const storeFile = () => path.join(dataDir, 'progress.json');
const open = (extra: Partial<ProgressServiceOptions> = {}) =>
  openProgressService({ dataDir, backendFactory: confBackend, debounceMs: 20, ...extra });
const readStore = () => JSON.parse(fs.readFileSync(storeFile(), 'utf8'));
const filesMatching = (pattern: RegExp) => fs.readdirSync(dataDir).filter((name) => pattern.test(name));

beforeEach(() => {
  dataDir = makeTempDir();
});
afterEach(() => {
  vi.useRealTimers();
  removeDir(dataDir);
});

describe('progress service', () => {
  it('starts fresh with a versioned file and default settings', () => {
    const service = open();
    const { schemaVersion, ...defaults } = DEFAULT_STORE;
    expect(service.snapshot()).toEqual(defaults);
    expect(readStore().schemaVersion).toBe(schemaVersion);
    expect(service.status()).toMatchObject({ persistent: true, notices: [] });
  });

  it('keeps a topic status across a restart', () => {
    const first = open();
    first.setTopicStatus('dns', 'learning');
    first.close();
    const second = open();
    expect(second.snapshot().topics.dns?.status).toBe('learning');
  });

  it('gathers a burst of changes into one write, and flush writes at once', () => {
    vi.useFakeTimers();
    const writes: unknown[] = [];
    const counting: StoreBackendFactory = (options) => {
      const inner = confBackend(options);
      return { path: inner.path, read: inner.read, write: (value) => (writes.push(value), inner.write(value)) };
    };
    const service = open({ backendFactory: counting });
    writes.length = 0;
    for (const status of ['learning', 'done', 'skipped', 'done'] as const) service.setTopicStatus('http', status);
    expect(writes).toHaveLength(0);
    vi.advanceTimersByTime(25);
    expect(writes).toHaveLength(1);
    service.updateSettings({ theme: 'dark' });
    service.flush();
    expect(writes).toHaveLength(2);
    expect(readStore()).toMatchObject({ topics: { http: { status: 'done' } }, settings: { theme: 'dark' } });
  });

  const unreadable: Record<string, string | Buffer> = {
    truncated: '{"schemaVersion":1,"topics":{"dns":{"stat',
    empty: '',
    binary: Buffer.from([0x00, 0xff, 0x13, 0x37, 0x89, 0x50, 0x4e, 0x47]),
    'schema-invalid': JSON.stringify({ schemaVersion: 1, topics: { dns: { status: 'mastered', updatedAt: 'x' } }, settings: { theme: 'system', welcomeSeen: false } }),
    'not an object': '[1,2,3]',
  };
  for (const [label, content] of Object.entries(unreadable)) {
    it(`moves a ${label} store aside, keeps its bytes, loads defaults and says where it went`, () => {
      fs.writeFileSync(storeFile(), content);
      const service = open();
      const moved = filesMatching(/^progress\.corrupt-.*\.json$/);
      expect(moved).toHaveLength(1);
      expect(fs.readFileSync(path.join(dataDir, moved[0]!))).toEqual(Buffer.from(content));
      expect(service.snapshot().topics).toEqual({});
      const [notice] = service.status().notices;
      expect(notice).toMatchObject({ kind: 'corrupt-moved', movedTo: path.join(dataDir, moved[0]!) });
      expect(notice!.message).toContain(moved[0]!);
      expect(service.dismissNotice(notice!.id).notices).toEqual([]);
    });
  }

  it('sets aside a store written by a newer Roadbook instead of overwriting it', () => {
    fs.writeFileSync(storeFile(), JSON.stringify({ schemaVersion: 99, topics: {} }));
    const service = open();
    expect(filesMatching(/^progress\.from-newer-version-.*\.json$/)).toHaveLength(1);
    expect(service.status().notices[0]!.message).toContain('newer version');
  });

  it('takes a backup of a readable store at each start and keeps only the newest ones', () => {
    const service = open();
    service.setTopicStatus('git', 'done');
    service.close();
    for (let i = 0; i < BACKUPS_KEPT + 3; i += 1) open().close();
    const backups = fs.readdirSync(path.join(dataDir, 'backups'));
    expect(backups).toHaveLength(BACKUPS_KEPT);
    const newest = backups.sort().at(-1)!;
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'backups', newest), 'utf8')).topics.git.status).toBe('done');
  });

  it('removes temp files left by an interrupted write and keeps the store', () => {
    open().close();
    fs.writeFileSync(`${storeFile()}.tmp-1700000000abc123`, '{"half');
    const service = open();
    expect(filesMatching(/\.tmp-/)).toEqual([]);
    expect(service.status().notices).toEqual([]);
  });

  it('keeps working in memory and says so when the disk refuses writes, then recovers', () => {
    let failing = true;
    const flaky: StoreBackendFactory = (options) => {
      const inner = confBackend(options);
      return {
        path: inner.path,
        read: inner.read,
        write: (value) => {
          if (failing) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          inner.write(value);
        },
      };
    };
    const service = open({ backendFactory: flaky });
    service.setTopicStatus('dns', 'done');
    service.flush();
    expect(service.snapshot().topics.dns?.status).toBe('done');
    expect(service.status()).toMatchObject({ persistent: false, notices: [{ kind: 'unwritable', message: expect.stringContaining('disk is full') }] });
    failing = false;
    service.setTopicStatus('http', 'learning');
    service.flush();
    expect(service.status()).toMatchObject({ persistent: true, notices: [] });
    expect(readStore().topics).toMatchObject({ dns: { status: 'done' }, http: { status: 'learning' } });
  });

  it('reports a data folder that cannot be created instead of crashing', () => {
    const blocker = path.join(dataDir, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const service = openProgressService({ dataDir: path.join(blocker, 'data'), backendFactory: confBackend });
    expect(service.status()).toMatchObject({ persistent: false, notices: [{ kind: 'unwritable', message: expect.stringContaining('part of its path is a file') }] });
    expect(service.setTopicStatus('dns', 'done').topics.dns?.status).toBe('done');
    expect(() => service.close()).not.toThrow();
  });
});
