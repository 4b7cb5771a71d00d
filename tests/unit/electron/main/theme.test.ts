import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyTheme, syncThemeOnSettingsChange, windowBackgroundColor } from '../../../../electron/main/theme';
import { createDispatcher } from '../../../../electron/services/dispatch';
import { createServices, type Services } from '../../../../electron/services/index';
import { confBackend } from '../../../../electron/services/progress/store-backend';
import { CONTENT_DIR, PROJECT_ROOT } from '../../../../electron/services/project-paths';
import type { Theme } from '../../../../electron/shared/schemas';
import { makeTempDir, removeDir } from '../../../helpers/temp-dir';

// The real 'electron' package would try to download its binary: a small stand-in instead.
const fake = vi.hoisted(() => {
  const state = { source: 'system' as 'system' | 'light' | 'dark', osDark: false };
  return {
    state,
    windows: [] as { setBackgroundColor: (color: string) => void }[],
    // Like Electron, shouldUseDarkColors follows themeSource at once, and the OS for 'system'.
    nativeTheme: {
      get themeSource() {
        return state.source;
      },
      set themeSource(value: 'system' | 'light' | 'dark') {
        state.source = value;
      },
      get shouldUseDarkColors() {
        return state.source === 'dark' || (state.source === 'system' && state.osDark);
      },
    },
  };
});

vi.mock('electron', () => ({
  nativeTheme: fake.nativeTheme,
  BrowserWindow: { getAllWindows: () => fake.windows },
}));

/** The page background of each theme as the renderer paints it: the window must match, or it flashes. */
function pageBackground(theme: 'light' | 'dark'): string {
  const css = fs.readFileSync(path.join(PROJECT_ROOT, 'renderer', 'src', 'app', 'theme.css'), 'utf8');
  const block = theme === 'light' ? css.slice(0, css.indexOf(":root[data-theme='dark']")) : css.slice(css.indexOf(":root[data-theme='dark']"));
  return /--bg:\s*(#[0-9a-f]{6});/i.exec(block)![1]!;
}
const DARK = pageBackground('dark');
const LIGHT = pageBackground('light');

function fakeWindow() {
  return { setBackgroundColor: vi.fn((_color: string) => {}) };
}

beforeEach(() => {
  fake.state.source = 'system';
  fake.state.osDark = false;
  fake.windows.length = 0;
});

describe('applyTheme', () => {
  it.each<[Theme, boolean, string]>([
    ['dark', false, DARK],
    ['light', true, LIGHT],
    ['system', true, DARK],
    ['system', false, LIGHT],
  ])('sets the native theme to %s and repaints every window (OS dark: %s)', (theme, osDark, colour) => {
    fake.state.osDark = osDark;
    const windows = [fakeWindow(), fakeWindow()];
    fake.windows.push(...windows);

    applyTheme(theme);

    expect(fake.nativeTheme.themeSource).toBe(theme);
    expect(windowBackgroundColor()).toBe(colour);
    for (const window of windows) expect(window.setBackgroundColor).toHaveBeenCalledWith(colour);
  });
});

describe('syncThemeOnSettingsChange over the real services', () => {
  let dataDir: string;
  let services: Services;

  beforeEach(() => {
    dataDir = makeTempDir();
    services = createServices({ runtime: 'desktop', version: 'test', dataDir, contentDir: CONTENT_DIR, backendFactory: confBackend });
  });
  afterEach(() => {
    services.close();
    removeDir(dataDir);
  });

  it('applies a saved theme change to the native UI and passes the response through', async () => {
    const window = fakeWindow();
    fake.windows.push(window);
    const dispatch = syncThemeOnSettingsChange(createDispatcher(services.impl));

    const response = await dispatch('progress.updateSettings', { theme: 'dark' });

    expect(response).toMatchObject({ ok: true, value: { settings: { theme: 'dark' } } });
    expect(fake.nativeTheme.themeSource).toBe('dark');
    expect(window.setBackgroundColor).toHaveBeenCalledWith(DARK);
  });

  it('leaves the native theme alone when the change is refused', async () => {
    const window = fakeWindow();
    fake.windows.push(window);
    const dispatch = syncThemeOnSettingsChange(createDispatcher(services.impl));

    const response = await dispatch('progress.updateSettings', { theme: 'neon' });

    expect(response).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(fake.nativeTheme.themeSource).toBe('system');
    expect(window.setBackgroundColor).not.toHaveBeenCalled();
  });

  it('ignores every other channel and returns its response untouched', async () => {
    const window = fakeWindow();
    fake.windows.push(window);
    const inner = vi.fn(createDispatcher(services.impl));
    const dispatch = syncThemeOnSettingsChange(inner);

    const response = await dispatch('progress.setTopicStatus', { topicId: 'dns-and-domain-names', status: 'done' });

    expect(response).toBe(await inner.mock.results[0]?.value);
    expect(inner).toHaveBeenCalledWith('progress.setTopicStatus', { topicId: 'dns-and-domain-names', status: 'done' });
    expect(window.setBackgroundColor).not.toHaveBeenCalled();
    expect(fake.nativeTheme.themeSource).toBe('system');
  });
});
