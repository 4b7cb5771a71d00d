import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { APP_ENTRY_URL } from '../../../../electron/main/app-origin';
import { registerIpcGate } from '../../../../electron/main/ipc-gate';
import { createDispatcher, type Dispatch } from '../../../../electron/services/dispatch';
import { createServices, type Services } from '../../../../electron/services/index';
import { confBackend } from '../../../../electron/services/progress/store-backend';
import { CONTENT_DIR } from '../../../../electron/services/project-paths';
import { CHANNELS, EXPORT_PDF_CHANNEL, IPC_PREFIX, OPEN_EXTERNAL_CHANNEL, OPEN_SANDBOX_FOLDER_CHANNEL } from '../../../../electron/shared/api';
import type { ApiResponse } from '../../../../electron/shared/errors';
import { makeTempDir, removeDir } from '../../../helpers/temp-dir';

// The real 'electron' package would try to download its binary: a small stand-in instead.
const fake = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  isPackaged: true,
  openExternal: vi.fn(async (_url: string) => {}),
  openPath: vi.fn(async (_path: string) => ''),
}));

vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return fake.isPackaged;
    },
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      // Electron refuses a second handler for the same channel; so does the stand-in.
      if (fake.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      fake.handlers.set(channel, handler);
    },
  },
  shell: { openExternal: fake.openExternal, openPath: fake.openPath },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showSaveDialog: vi.fn(async () => ({ canceled: true })) },
}));

type Handler = (event: IpcMainInvokeEvent, input?: unknown) => Promise<ApiResponse<unknown>>;

const TOPIC = 'dns-and-domain-names';
const MAIN_FRAME_ID = 7;

function handlerFor(channel: string): Handler {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler registered for ${channel}`);
  return handler as Handler;
}

interface SenderOptions {
  readonly url?: string;
  readonly parent?: object | null;
  readonly frameTreeNodeId?: number;
}

/** An invoke event as Electron builds it: the calling frame plus the window's main frame. */
function eventFrom({ url = APP_ENTRY_URL, parent = null, frameTreeNodeId = MAIN_FRAME_ID }: SenderOptions = {}): IpcMainInvokeEvent {
  const mainFrame = { url: APP_ENTRY_URL, parent: null, frameTreeNodeId: MAIN_FRAME_ID };
  return { senderFrame: { url, parent, frameTreeNodeId }, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
}

function eventWithoutFrame(): IpcMainInvokeEvent {
  return { senderFrame: null, sender: { mainFrame: { url: APP_ENTRY_URL, parent: null, frameTreeNodeId: MAIN_FRAME_ID } } } as unknown as IpcMainInvokeEvent;
}

const REFUSED_SENDERS: readonly [string, () => IpcMainInvokeEvent][] = [
  ['a frame that no longer exists', eventWithoutFrame],
  ['an iframe of our own page', () => eventFrom({ parent: { url: APP_ENTRY_URL }, frameTreeNodeId: MAIN_FRAME_ID + 1 })],
  ['a child frame claiming the main frame id', () => eventFrom({ parent: { url: APP_ENTRY_URL } })],
  ['a top-level frame that is not this window\'s main frame', () => eventFrom({ frameTreeNodeId: MAIN_FRAME_ID + 1 })],
  ['another web origin', () => eventFrom({ url: 'https://evil.example/' })],
  ['a local file', () => eventFrom({ url: 'file:///etc/passwd' })],
  ['another app host', () => eventFrom({ url: 'app://other/index.html' })],
  ['a look-alike app host', () => eventFrom({ url: 'app://roadbook.evil.example/index.html' })],
  ['about:blank', () => eventFrom({ url: 'about:blank' })],
  ['a data: page', () => eventFrom({ url: 'data:text/html,<script>1</script>' })],
  ['the dev server origin in a packaged build', () => eventFrom({ url: 'http://localhost:5173/' })],
];

let dataDir: string;
let services: Services;
let dispatch: Mock<Dispatch>;
let log: Mock<(message: string) => void>;

beforeEach(() => {
  fake.handlers.clear();
  fake.openExternal.mockReset();
  fake.isPackaged = true;
  // A packaged build must ignore this variable, whatever the environment says.
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
  dataDir = makeTempDir();
  services = createServices({ runtime: 'desktop', version: 'test', dataDir, contentDir: CONTENT_DIR, backendFactory: confBackend });
  dispatch = vi.fn(createDispatcher(services.impl));
  log = vi.fn();
  registerIpcGate(dispatch, log);
});

afterEach(() => {
  services.close();
  removeDir(dataDir);
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function topicsNow() {
  return (await services.impl.progress.snapshot({})).topics;
}

describe('registerIpcGate', () => {
  it('registers one handler per contract entry plus openExternal and exportPdf, and nothing else', () => {
    const expected = [...CHANNELS.map((channel) => IPC_PREFIX + channel), OPEN_EXTERNAL_CHANNEL, EXPORT_PDF_CHANNEL];
    expect([...fake.handlers.keys()].sort()).toEqual(expected.sort());
  });

  it('forwards a valid call from our main frame to the real service', async () => {
    const response = await handlerFor(`${IPC_PREFIX}progress.setTopicStatus`)(eventFrom(), { topicId: TOPIC, status: 'done' });

    expect(response).toMatchObject({ ok: true, value: { topics: { [TOPIC]: { status: 'done' } } } });
    expect((await topicsNow())[TOPIC]?.status).toBe('done');
    expect(dispatch).toHaveBeenCalledWith('progress.setTopicStatus', { topicId: TOPIC, status: 'done' });
  });

  it('routes each channel to its own method', async () => {
    const info = await handlerFor(`${IPC_PREFIX}app.info`)(eventFrom(), {});
    expect(info).toMatchObject({ ok: true, value: { runtime: 'desktop', version: 'test', dataDir } });

    const status = await handlerFor(`${IPC_PREFIX}storage.status`)(eventFrom(), {});
    expect(status).toMatchObject({ ok: true, value: { dataDir, persistent: true } });
  });

  describe.each(REFUSED_SENDERS)('a call from %s', (_name, makeEvent) => {
    it('is forbidden and changes nothing', async () => {
      const setTopicStatus = vi.spyOn(services.impl.progress, 'setTopicStatus');

      const response = await handlerFor(`${IPC_PREFIX}progress.setTopicStatus`)(makeEvent(), { topicId: TOPIC, status: 'done' });

      expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(dispatch).not.toHaveBeenCalled();
      expect(setTopicStatus).not.toHaveBeenCalled();
      expect(await topicsNow()).toEqual({});
      expect(log).toHaveBeenCalledWith(expect.stringContaining('refused progress.setTopicStatus'));
    });

    it('cannot open a link either', async () => {
      const response = await handlerFor(OPEN_EXTERNAL_CHANNEL)(makeEvent(), 'https://example.com/');
      expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(fake.openExternal).not.toHaveBeenCalled();
    });
  });

  it('gates every contract channel, not only the ones that write', async () => {
    for (const channel of CHANNELS) {
      const response = await handlerFor(IPC_PREFIX + channel)(eventFrom({ url: 'https://evil.example/' }), {});
      expect(response, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('checks the sender before the input, so a stranger learns nothing about the schema', async () => {
    const response = await handlerFor(`${IPC_PREFIX}progress.setTopicStatus`)(eventFrom({ url: 'https://evil.example/' }), { status: 7 });
    expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(response).not.toHaveProperty('error.issues');
  });

  it('accepts the dev server origin only when running from source', async () => {
    fake.isPackaged = false;
    const fromDevServer = await handlerFor(`${IPC_PREFIX}progress.setTopicStatus`)(
      eventFrom({ url: 'http://localhost:5173/#/topic' }),
      { topicId: TOPIC, status: 'learning' },
    );
    expect(fromDevServer).toMatchObject({ ok: true });

    const fromOtherPort = await handlerFor(`${IPC_PREFIX}progress.setTopicStatus`)(
      eventFrom({ url: 'http://localhost:5174/' }),
      { topicId: TOPIC, status: 'done' },
    );
    expect(fromOtherPort).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await topicsNow())[TOPIC]?.status).toBe('learning');
  });

  it.each([
    ['an unknown status', { topicId: TOPIC, status: 'finished' }],
    ['a prototype key as id', { topicId: '__proto__', status: 'done' }],
    ['an extra field', { topicId: TOPIC, status: 'done', admin: true }],
    ['a missing field', { topicId: TOPIC }],
    ['no input at all', undefined],
    ['a string', 'dns-and-domain-names'],
    ['an array', [TOPIC, 'done']],
  ])('answers %s with bad-input and changes nothing', async (_name, input) => {
    const setTopicStatus = vi.spyOn(services.impl.progress, 'setTopicStatus');

    const response = await handlerFor(`${IPC_PREFIX}progress.setTopicStatus`)(eventFrom(), input);

    expect(response).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(setTopicStatus).not.toHaveBeenCalled();
    expect(await topicsNow()).toEqual({});
  });

  it('refuses bad settings without touching the stored ones', async () => {
    const before = (await services.impl.progress.snapshot({})).settings;
    const response = await handlerFor(`${IPC_PREFIX}progress.updateSettings`)(eventFrom(), { theme: 'neon' });
    expect(response).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect((await services.impl.progress.snapshot({})).settings).toEqual(before);
  });
});

describe('the openExternal channel', () => {
  it.each(['https://developer.mozilla.org/en-US/docs/Web/HTTP', 'http://example.com/page?q=1'])(
    'hands %s to the system browser',
    async (url) => {
      const response = await handlerFor(OPEN_EXTERNAL_CHANNEL)(eventFrom(), url);
      expect(response).toEqual({ ok: true, value: null });
      expect(fake.openExternal).toHaveBeenCalledTimes(1);
      expect(fake.openExternal).toHaveBeenCalledWith(url);
    },
  );

  it.each<[string, unknown]>([
    ['javascript:', 'javascript:alert(document.domain)'],
    ['file:', 'file:///etc/passwd'],
    ['http:// without a host', 'http://'],
    ['https:// without a host', 'https://'],
    ['credentials before the host', 'https://docs.example.com@evil.example/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['our own app scheme', 'app://roadbook/index.html'],
    ['a custom protocol handler', 'ms-settings:privacy'],
    ['a relative path', '/etc/passwd'],
    ['an over-long URL', `https://example.com/${'a'.repeat(2100)}`],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object with href', { href: 'https://example.com/' }],
    ['an array', ['https://example.com/']],
  ])('refuses %s', async (_name, url) => {
    const response = await handlerFor(OPEN_EXTERNAL_CHANNEL)(eventFrom(), url);
    expect(response).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(fake.openExternal).not.toHaveBeenCalled();
  });

  it('never reaches a service', async () => {
    await handlerFor(OPEN_EXTERNAL_CHANNEL)(eventFrom(), 'https://example.com/');
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('the openSandboxFolder channel', () => {
  beforeEach(() => {
    fake.handlers.clear();
    fake.openPath.mockClear();
    registerIpcGate(dispatch, log, dataDir);
  });

  it('opens the folder of an existing sandbox in the file manager', async () => {
    await services.impl.git.createSandbox({ name: 'practice' });
    const response = await handlerFor(OPEN_SANDBOX_FOLDER_CHANNEL)(eventFrom(), 'practice');
    expect(response).toEqual({ ok: true, value: null });
    expect(fake.openPath).toHaveBeenCalledTimes(1);
    expect(fake.openPath.mock.calls[0]![0]).toMatch(/sandboxes[/\\]practice$/);
  });

  it.each<[string, unknown]>([
    ['a missing sandbox', 'missing'],
    ['a path out of the sandboxes folder', '../levels'],
    ['an absolute path', '/etc'],
    ['a number', 42],
  ])('opens nothing for %s', async (_name, input) => {
    const response = await handlerFor(OPEN_SANDBOX_FOLDER_CHANNEL)(eventFrom(), input);
    expect(response).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(fake.openPath).not.toHaveBeenCalled();
  });

  it('is refused to any other page', async () => {
    await services.impl.git.createSandbox({ name: 'practice' });
    const response = await handlerFor(OPEN_SANDBOX_FOLDER_CHANNEL)(eventFrom({ url: 'https://evil.example/' }), 'practice');
    expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fake.openPath).not.toHaveBeenCalled();
  });
});
