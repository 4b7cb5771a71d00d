/**
 * Light and dark themes. The stored setting may be 'system', which follows the OS; the
 * EFFECTIVE theme is written to `<html data-theme>` so CSS has one thing to match on.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Theme } from '../../../electron/shared/schemas';
import { useMediaQuery } from '../lib/use-media-query';
import { useAppStore } from './app-store';

export type EffectiveTheme = 'light' | 'dark';

const CACHE_KEY = 'roadbook.theme';

/** The theme last used, so the first paint after a reload is already right. */
export function cachedTheme(): Theme {
  try {
    const value = localStorage.getItem(CACHE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function effectiveTheme(setting: Theme, systemDark: boolean): EffectiveTheme {
  if (setting === 'system') return systemDark ? 'dark' : 'light';
  return setting;
}

/**
 * The setting one toggle leads to. It always changes what is on screen, and goes back to
 * following the OS rather than pinning a theme the OS would pick anyway.
 */
export function toggledTheme(setting: Theme, systemDark: boolean): Theme {
  const system: EffectiveTheme = systemDark ? 'dark' : 'light';
  const current = effectiveTheme(setting, systemDark);
  const opposite: EffectiveTheme = current === 'dark' ? 'light' : 'dark';
  return opposite === system ? 'system' : opposite;
}

export function applyTheme(theme: EffectiveTheme): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
}

export interface ThemeController {
  readonly setting: Theme;
  readonly effective: EffectiveTheme;
  setTheme(theme: Theme): void;
  toggleTheme(): void;
}

const ThemeContext = createContext<ThemeController | undefined>(undefined);

/** Keeps `<html data-theme>` in step with the setting and the OS, and shares the controls. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { progress, updateSettings } = useAppStore();
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const setting: Theme = progress?.settings.theme ?? cachedTheme();
  const effective = effectiveTheme(setting, systemDark);

  useEffect(() => {
    applyTheme(effective);
  }, [effective]);

  useEffect(() => {
    if (!progress) return;
    try {
      localStorage.setItem(CACHE_KEY, progress.settings.theme);
    } catch {
      // Storage may be unavailable; the theme still applies, only the first paint may flash.
    }
  }, [progress]);

  const setTheme = useCallback((theme: Theme) => void updateSettings({ theme }), [updateSettings]);
  const toggleTheme = useCallback(() => setTheme(toggledTheme(setting, systemDark)), [setTheme, setting, systemDark]);
  const value = useMemo(() => ({ setting, effective, setTheme, toggleTheme }), [setting, effective, setTheme, toggleTheme]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeController {
  const theme = useContext(ThemeContext);
  if (!theme) throw new Error('useTheme must be used inside <ThemeProvider>.');
  return theme;
}
