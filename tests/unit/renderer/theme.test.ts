import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Theme } from '../../../electron/shared/schemas';
import { stubDesktopWindow } from './fixtures';

stubDesktopWindow();
const { cachedTheme, effectiveTheme, toggledTheme } = await import('../../../renderer/src/app/theme');

const SETTINGS: readonly Theme[] = ['system', 'light', 'dark'];

describe('the theme', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    stubDesktopWindow();
  });

  it('follows the OS while set to system, and ignores it once a theme is chosen', () => {
    expect(effectiveTheme('system', true)).toBe('dark');
    expect(effectiveTheme('system', false)).toBe('light');
    for (const systemDark of [true, false]) {
      expect(effectiveTheme('light', systemDark)).toBe('light');
      expect(effectiveTheme('dark', systemDark)).toBe('dark');
    }
  });

  it('always flips what is on screen when toggled, whatever the setting and the OS', () => {
    for (const setting of SETTINGS) {
      for (const systemDark of [true, false]) {
        const before = effectiveTheme(setting, systemDark);
        const after = effectiveTheme(toggledTheme(setting, systemDark), systemDark);
        expect(after, `${setting}, OS dark: ${systemDark}`).not.toBe(before);
      }
    }
  });

  it('goes back to following the OS instead of pinning the theme the OS would pick anyway', () => {
    // Dark OS, light pinned: toggling shows dark, which is what "system" shows.
    expect(toggledTheme('light', true)).toBe('system');
    expect(toggledTheme('dark', false)).toBe('system');
    // Following the OS: toggling pins the other theme.
    expect(toggledTheme('system', true)).toBe('light');
    expect(toggledTheme('system', false)).toBe('dark');
  });

  it('comes back to where it started after two toggles', () => {
    for (const setting of SETTINGS) {
      for (const systemDark of [true, false]) {
        const twice = toggledTheme(toggledTheme(setting, systemDark), systemDark);
        expect(effectiveTheme(twice, systemDark)).toBe(effectiveTheme(setting, systemDark));
      }
    }
  });

  it('paints the first frame after a reload in the last theme used', () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (key: string) => stored.get(key) ?? null });
    expect(cachedTheme()).toBe('system');
    stored.set('roadbook.theme', 'dark');
    expect(cachedTheme()).toBe('dark');
    stored.set('roadbook.theme', 'light');
    expect(cachedTheme()).toBe('light');
    stored.set('roadbook.theme', 'purple');
    expect(cachedTheme()).toBe('system');
  });

  it('follows the OS when storage cannot be read', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
    });
    expect(cachedTheme()).toBe('system');
  });
});
