import type { BrowserWindow, Rectangle } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, openWindowState } from '../../../../electron/main/window-state';

// Neither the real 'electron' (it would download its binary) nor electron-store (it needs
// Electron's app) may load: small stand-ins that keep the window-state file in memory.
const fake = vi.hoisted(() => ({
  displays: [] as { workArea: { x: number; y: number; width: number; height: number } }[],
  saved: undefined as unknown,
  writes: 0,
  openError: undefined as Error | undefined,
  writeError: undefined as Error | undefined,
  storeOptions: [] as Record<string, unknown>[],
}));

vi.mock('electron', () => ({
  screen: { getAllDisplays: () => fake.displays },
}));

vi.mock('electron-store', () => ({
  default: class FakeElectronStore {
    constructor(options: Record<string, unknown>) {
      if (fake.openError) throw fake.openError;
      fake.storeOptions.push(options);
    }
    get store(): unknown {
      return fake.saved ?? {};
    }
    set store(value: unknown) {
      if (fake.writeError) throw fake.writeError;
      fake.writes += 1;
      fake.saved = structuredClone(value);
    }
  },
}));

const PRIMARY = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const RIGHT_OF_PRIMARY = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };

/** A BrowserWindow stand-in with the few methods the keeper uses. */
class FakeWindow {
  readonly listeners = new Map<string, (() => void)[]>();
  bounds: Rectangle = { x: 100, y: 80, width: 1200, height: 760 };
  maximized = false;
  destroyed = false;

  on(name: string, listener: () => void): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  emit(name: string): void {
    for (const listener of this.listeners.get(name) ?? []) listener();
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  asBrowserWindow(): BrowserWindow {
    return this as unknown as BrowserWindow;
  }
}

let log: Mock<(message: string) => void>;

beforeEach(() => {
  fake.displays = [PRIMARY];
  fake.saved = undefined;
  fake.writes = 0;
  fake.openError = undefined;
  fake.writeError = undefined;
  fake.storeOptions.length = 0;
  log = vi.fn();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('openWindowState: where the window opens', () => {
  it('keeps its own file, never the progress store', () => {
    openWindowState(log);
    expect(fake.storeOptions).toHaveLength(1);
    expect(fake.storeOptions[0]).toMatchObject({ name: 'window-state' });
  });

  it('uses the default size on a first run', () => {
    expect(openWindowState(log).initial).toEqual({ bounds: { ...DEFAULT_SIZE }, maximized: false });
  });

  it('reopens where the learner left it when that spot is still on a screen', () => {
    fake.saved = { x: 40, y: 30, width: 1400, height: 900, maximized: true };
    expect(openWindowState(log).initial).toEqual({ bounds: { x: 40, y: 30, width: 1400, height: 900 }, maximized: true });
  });

  it('reuses a position on a second monitor while that monitor is plugged in', () => {
    fake.saved = { x: 2200, y: 100, width: 1400, height: 900, maximized: false };
    fake.displays = [PRIMARY, RIGHT_OF_PRIMARY];
    expect(openWindowState(log).initial.bounds).toEqual({ x: 2200, y: 100, width: 1400, height: 900 });

    fake.displays = [PRIMARY];
    expect(openWindowState(log).initial).toEqual({ bounds: { ...DEFAULT_SIZE }, maximized: false });
  });

  it('falls back to the default when the title bar would be off every screen', () => {
    fake.saved = { x: 100, y: -200, width: 1200, height: 800, maximized: false };
    expect(openWindowState(log).initial.bounds).toEqual({ ...DEFAULT_SIZE });
  });

  it.each([
    ['smaller than the minimum', { x: 0, y: 0, width: MIN_SIZE.width - 1, height: 800, maximized: false }],
    ['absurdly large', { x: 0, y: 0, width: 50_000, height: 800, maximized: false }],
    ['not whole pixels', { x: 0.5, y: 0, width: 1200, height: 800, maximized: false }],
    ['strings instead of numbers', { x: '0', y: '0', width: '1200', height: '800', maximized: false }],
    ['missing maximized', { x: 0, y: 0, width: 1200, height: 800 }],
    ['not an object', 'corrupt'],
  ])('ignores a saved state that is %s', (_name, saved) => {
    fake.saved = saved;
    expect(openWindowState(log).initial).toEqual({ bounds: { ...DEFAULT_SIZE }, maximized: false });
  });

  it('still opens a window when the file cannot be opened, and says why', () => {
    fake.openError = new Error('EACCES: permission denied');
    const keeper = openWindowState(log);
    expect(keeper.initial).toEqual({ bounds: { ...DEFAULT_SIZE }, maximized: false });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('EACCES'));

    const window = new FakeWindow();
    keeper.track(window.asBrowserWindow());
    window.emit('close');
    expect(fake.writes).toBe(0);
  });
});

describe('openWindowState: track', () => {
  it('saves once, shortly after a burst of moves and resizes', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    openWindowState(log).track(window.asBrowserWindow());

    window.emit('resize');
    window.bounds = { x: 10, y: 20, width: 1300, height: 820 };
    window.emit('move');
    window.emit('resize');
    expect(fake.writes).toBe(0);

    vi.advanceTimersByTime(499);
    expect(fake.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(fake.writes).toBe(1);
    expect(fake.saved).toEqual({ x: 10, y: 20, width: 1300, height: 820, maximized: false });
  });

  it('saves the normal bounds and the maximised flag at once on close', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    openWindowState(log).track(window.asBrowserWindow());

    window.emit('resize');
    window.maximized = true;
    window.emit('close');
    expect(fake.writes).toBe(1);
    expect(fake.saved).toEqual({ x: 100, y: 80, width: 1200, height: 760, maximized: true });

    // The pending debounced save was cancelled, and a destroyed window is never read.
    window.destroyed = true;
    vi.runAllTimers();
    expect(fake.writes).toBe(1);
  });

  it('does not touch a window that is already destroyed', () => {
    const window = new FakeWindow();
    window.destroyed = true;
    const getNormalBounds = vi.spyOn(window, 'getNormalBounds');
    openWindowState(log).track(window.asBrowserWindow());
    window.emit('close');
    expect(getNormalBounds).not.toHaveBeenCalled();
    expect(fake.writes).toBe(0);
  });

  it('logs, rather than throws, when the state cannot be written', () => {
    fake.writeError = new Error('ENOSPC: no space left on device');
    const window = new FakeWindow();
    openWindowState(log).track(window.asBrowserWindow());
    expect(() => window.emit('close')).not.toThrow();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ENOSPC'));
  });

  it('reopens the next run with what it saved', () => {
    const window = new FakeWindow();
    window.bounds = { x: 300, y: 200, width: 1000, height: 700 };
    openWindowState(log).track(window.asBrowserWindow());
    window.emit('close');

    expect(openWindowState(log).initial).toEqual({ bounds: { x: 300, y: 200, width: 1000, height: 700 }, maximized: false });
  });
});
