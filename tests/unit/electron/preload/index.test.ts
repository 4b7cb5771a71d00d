import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, CHANNELS, IPC_PREFIX, MENU_CHANNEL, MENU_COMMANDS, OPEN_EXTERNAL_CHANNEL, OPEN_SANDBOX_FOLDER_CHANNEL, type MenuCommand } from '../../../../electron/shared/api';

type IpcListener = (event: unknown, ...args: unknown[]) => void;
type Call = (...args: unknown[]) => Promise<unknown>;

interface Bridge {
  readonly api: Readonly<Record<string, Readonly<Record<string, Call>>>>;
  onMenuCommand(listener: unknown): () => void;
  openExternal(url: unknown): Promise<void>;
  openSandboxFolder(name: unknown): Promise<unknown>;
}

// The real 'electron' package would try to download its binary: a small stand-in instead.
const fake = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ..._args: unknown[]) => ({ ok: true, value: `answer from ${channel}` })),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    }),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  return {
    listeners,
    ipcRenderer,
    exposed: [] as [string, unknown][],
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      fake.exposed.push([key, value]);
    },
  },
  ipcRenderer: fake.ipcRenderer,
}));

/** Sends a menu command from "main", with an event that carries ipcRenderer like the real one. */
function sendFromMain(command: unknown): void {
  const event = { sender: fake.ipcRenderer, senderId: 0 };
  for (const listener of fake.listeners.get(MENU_CHANNEL) ?? []) (listener as IpcListener)(event, command);
}

let bridge: Bridge;

beforeEach(async () => {
  fake.exposed.length = 0;
  fake.listeners.clear();
  for (const spy of [fake.ipcRenderer.invoke, fake.ipcRenderer.on, fake.ipcRenderer.removeListener, fake.ipcRenderer.send, fake.ipcRenderer.sendSync]) {
    spy.mockClear();
  }
  // The preload exposes its bridge at import time: load a fresh copy for every test.
  vi.resetModules();
  await import('../../../../electron/preload/index');
  bridge = fake.exposed[0]?.[1] as Bridge;
});

describe('the preload bridge', () => {
  it('exposes one object, window.roadbook, with api, onMenuCommand, openExternal, exportPdf and openSandboxFolder only', () => {
    expect(fake.exposed.map(([key]) => key)).toEqual(['roadbook']);
    expect(Object.keys(bridge).sort()).toEqual(['api', 'exportPdf', 'onMenuCommand', 'openExternal', 'openSandboxFolder']);
    expect(typeof bridge.onMenuCommand).toBe('function');
    expect(typeof bridge.openExternal).toBe('function');
  });

  it('has exactly one function per contract method under api.<domain>.<method>', () => {
    expect(Object.keys(bridge.api).sort()).toEqual(Object.keys(api).sort());
    for (const [domain, methods] of Object.entries(api)) {
      expect(Object.keys(bridge.api[domain] ?? {}).sort(), domain).toEqual(Object.keys(methods).sort());
      for (const name of Object.keys(methods)) expect(typeof bridge.api[domain]?.[name], `${domain}.${name}`).toBe('function');
    }
    const count = Object.values(bridge.api).reduce((n, methods) => n + Object.keys(methods).length, 0);
    expect(count).toBe(CHANNELS.length);
  });

  it('is frozen all the way down, so page scripts cannot swap a method', () => {
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.api)).toBe(true);
    for (const methods of Object.values(bridge.api)) expect(Object.isFrozen(methods)).toBe(true);

    const progress = bridge.api.progress as Record<string, unknown>;
    expect(() => {
      progress.setTopicStatus = () => 'hijacked';
    }).toThrow(TypeError);
    expect(() => {
      (bridge as unknown as Record<string, unknown>).invoke = fake.ipcRenderer.invoke;
    }).toThrow(TypeError);
  });

  it('never hands out ipcRenderer or any of its functions', () => {
    const ipcValues = new Set<unknown>([fake.ipcRenderer, ...Object.values(fake.ipcRenderer)]);
    const seen: unknown[] = [];
    const walk = (value: unknown) => {
      seen.push(value);
      if (value && typeof value === 'object') for (const child of Object.values(value)) walk(child);
    };
    walk(bridge);
    for (const value of seen) expect(ipcValues.has(value)).toBe(false);
  });

  it.each(CHANNELS.map((channel) => [channel] as const))('%s invokes its own fixed channel with the input', async (channel) => {
    const [domain, name] = channel.split('.') as [string, string];
    const input = { probe: channel };

    const result = await bridge.api[domain]?.[name]?.(input, 'roadbook:openExternal');

    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    // Extra arguments do not cross: a caller cannot choose or add a channel.
    expect(fake.ipcRenderer.invoke.mock.calls[0]).toEqual([`${IPC_PREFIX}${channel}`, input]);
    expect(result).toEqual({ ok: true, value: `answer from ${IPC_PREFIX}${channel}` });
  });
});

describe('onMenuCommand', () => {
  it('forwards every known menu command, and only the command', () => {
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    expect(fake.ipcRenderer.on).toHaveBeenCalledWith(MENU_CHANNEL, expect.any(Function));

    for (const command of MENU_COMMANDS) sendFromMain(command);

    expect(listener.mock.calls).toEqual(MENU_COMMANDS.map((command: MenuCommand) => [command]));
  });

  it.each<[string, unknown]>([
    ['an unknown command', 'navigate:evil'],
    ['a near miss', 'NAVIGATE:ROADMAP'],
    ['a number', 42],
    ['an object', { command: 'navigate:roadmap' }],
    ['nothing', undefined],
  ])('drops %s', (_name, command) => {
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    sendFromMain(command);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops forwarding after unsubscribe, removing the listener it added', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    const added = fake.ipcRenderer.on.mock.calls[0]?.[1];

    unsubscribe();
    sendFromMain('navigate:review');

    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledWith(MENU_CHANNEL, added);
    expect(fake.listeners.get(MENU_CHANNEL)?.size ?? 0).toBe(0);
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps other subscribers when one unsubscribes', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = bridge.onMenuCommand(first);
    bridge.onMenuCommand(second);

    unsubscribeFirst();
    sendFromMain('search:open');

    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('search:open');
  });

  it('refuses a listener that is not a function and subscribes nothing', () => {
    expect(() => bridge.onMenuCommand('alert(1)')).toThrow(TypeError);
    expect(fake.ipcRenderer.on).not.toHaveBeenCalled();
  });
});

describe('openExternal', () => {
  it('asks main on its own channel with the url alone', async () => {
    await expect(bridge.openExternal('https://example.com/')).resolves.toBeUndefined();
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([[OPEN_EXTERNAL_CHANNEL, 'https://example.com/']]);
  });

  it.each<unknown>([42, null, undefined, { href: 'https://example.com/' }, ['https://example.com/']])(
    'sends nothing for the non-string %j',
    async (url) => {
      await bridge.openExternal(url);
      expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );
});

describe('openSandboxFolder', () => {
  it('sends main a sandbox name as a string on its own channel, never anything else', async () => {
    await bridge.openSandboxFolder('practice');
    await bridge.openSandboxFolder({ toString: () => '../escape' });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [OPEN_SANDBOX_FOLDER_CHANNEL, 'practice'],
      [OPEN_SANDBOX_FOLDER_CHANNEL, '../escape'],
    ]);
  });
});
