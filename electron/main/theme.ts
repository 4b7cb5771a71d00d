/**
 * Keeps Electron's native theme (window frame, scrollbars, `prefers-color-scheme`) in
 * step with the learner's theme setting, which lives in the progress store.
 */
import { BrowserWindow, nativeTheme } from 'electron';
import type { Theme } from '../shared/schemas';
import type { ProgressSnapshot } from '../shared/types';
import type { Dispatch } from '../services/dispatch';

/** Page background of each theme (--bg in renderer/src/app/theme.css), painted before the renderer loads so there is no white flash. */
const BACKGROUND = { light: '#f6f6f8', dark: '#131316' } as const;

/** Applies `theme` to the native UI and repaints every window's background to match. */
export function applyTheme(theme: Theme): void {
  nativeTheme.themeSource = theme;
  const color = windowBackgroundColor();
  for (const window of BrowserWindow.getAllWindows()) window.setBackgroundColor(color);
}

/** The background colour for the theme currently in effect ('system' resolved by the OS). */
export function windowBackgroundColor(): string {
  return nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light;
}

const REPLACING_CHANNELS: ReadonlySet<string> = new Set(['data.import', 'data.restoreBackup', 'data.reset']);

/** Wraps a dispatcher so that a successful settings change also updates the native theme. */
export function syncThemeOnSettingsChange(dispatch: Dispatch): Dispatch {
  return async (channel, input) => {
    const response = await dispatch(channel, input);
    if (channel === 'progress.updateSettings' && response.ok) {
      applyTheme((response.value as ProgressSnapshot).settings.theme);
    }
    // Imports and restores replace the settings too, theme included.
    if (REPLACING_CHANNELS.has(channel) && response.ok) {
      const snapshot = (response.value as { snapshot?: ProgressSnapshot }).snapshot;
      if (snapshot) applyTheme(snapshot.settings.theme);
    }
    return response;
  };
}
