import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { APP_ENTRY_URL } from '../../../../electron/main/app-origin';
import { denyAllPermissions, guardWebContents } from '../../../../electron/main/security';

type Listener = (...args: unknown[]) => unknown;
type WindowOpenHandler = (details: { url: string }) => { action: string };

// The real 'electron' package would try to download its binary: a small stand-in instead.
const fake = vi.hoisted(() => ({
  appListeners: new Map<string, ((...args: unknown[]) => unknown)[]>(),
  isPackaged: true,
  openExternal: vi.fn(async (_url: string) => {}),
  permissionRequestHandler: undefined as undefined | ((...args: unknown[]) => unknown),
  permissionCheckHandler: undefined as undefined | ((...args: unknown[]) => unknown),
}));

vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return fake.isPackaged;
    },
    on: (name: string, listener: (...args: unknown[]) => unknown) => {
      fake.appListeners.set(name, [...(fake.appListeners.get(name) ?? []), listener]);
    },
  },
  shell: { openExternal: fake.openExternal },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => {
        fake.permissionRequestHandler = handler;
      },
      setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) => {
        fake.permissionCheckHandler = handler;
      },
    },
  },
}));

/** A webContents stand-in that records what the guards install on it. */
class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: WindowOpenHandler | undefined;

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** Emits like Electron: a preventable event first, then the event's arguments. */
  emit(name: string, ...args: unknown[]): { preventDefault: Mock } {
    const event = { preventDefault: vi.fn() };
    for (const listener of this.listeners.get(name) ?? []) listener(event, ...args);
    return event;
  }

  openWindow(url: string): { action: string } {
    if (!this.windowOpenHandler) throw new Error('no window open handler installed');
    return this.windowOpenHandler({ url });
  }
}

let log: Mock<(message: string) => void>;

/** Installs the guards and creates one web contents, as Electron does for every page. */
function guardedContents(): FakeWebContents {
  guardWebContents(log);
  const contents = new FakeWebContents();
  const created = fake.appListeners.get('web-contents-created') ?? [];
  expect(created).toHaveLength(1);
  for (const listener of created) listener({}, contents);
  return contents;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  fake.appListeners.clear();
  fake.openExternal.mockReset();
  fake.isPackaged = true;
  fake.permissionRequestHandler = undefined;
  fake.permissionCheckHandler = undefined;
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  log = vi.fn();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('will-navigate', () => {
  it.each([APP_ENTRY_URL, 'app://roadbook/topic/dns', 'app://roadbook/#/settings'])('lets the app navigate within itself (%s)', (url) => {
    const event = guardedContents().emit('will-navigate', url);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://roadbook.evil.example/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
  ])('prevents navigation to %s', (url) => {
    const event = guardedContents().emit('will-navigate', url);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(url));
  });

  it('allows the dev server only when running from source', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const contents = guardedContents();
    expect(contents.emit('will-navigate', 'http://localhost:5173/#/topic').preventDefault).toHaveBeenCalled();

    fake.isPackaged = false;
    expect(contents.emit('will-navigate', 'http://localhost:5173/#/topic').preventDefault).not.toHaveBeenCalled();
    expect(contents.emit('will-navigate', 'http://localhost:8080/').preventDefault).toHaveBeenCalled();
  });
});

describe('new windows', () => {
  it('denies the window and opens an http(s) link in the system browser', async () => {
    const contents = guardedContents();
    expect(contents.openWindow('https://nodejs.org/docs/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('http://example.com/')).toEqual({ action: 'deny' });
    await settle();
    expect(fake.openExternal.mock.calls).toEqual([['https://nodejs.org/docs/'], ['http://example.com/']]);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://roadbook/index.html',
    'about:blank',
    'smb://attacker.example/share',
    'https://user:pass@evil.example/',
    'http://',
  ])('denies %s and hands nothing to the operating system', async (url) => {
    const contents = guardedContents();
    expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    await settle();
    expect(fake.openExternal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(`blocked a new window for ${url}`);
  });

  it('logs, rather than crashes, when the system browser cannot be opened', async () => {
    fake.openExternal.mockRejectedValueOnce(new Error('no browser'));
    const contents = guardedContents();
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    await settle();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no browser'));
  });
});

describe('webviews', () => {
  it('prevents any <webview> from attaching', () => {
    const event = guardedContents().emit('will-attach-webview', {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });
});

describe('denyAllPermissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'answers a request for %s with no',
    (permission) => {
      denyAllPermissions();
      const callback = vi.fn();
      fake.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledTimes(1);
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('answers every permission check with no', () => {
    denyAllPermissions();
    expect(fake.permissionCheckHandler).toBeDefined();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-sanitized-write']) {
      expect(fake.permissionCheckHandler?.({}, permission, APP_ENTRY_URL, {})).toBe(false);
    }
  });
});
