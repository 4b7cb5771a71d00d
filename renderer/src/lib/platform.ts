/** What the keyboard looks like on this machine, for shortcut hints. */

function detectMac(): boolean {
  if (typeof navigator === 'undefined') return false;
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  const platform = data?.platform ?? navigator.platform ?? '';
  return /mac/i.test(platform) || /Mac OS X/.test(navigator.userAgent);
}

export const isMac = detectMac();

/** The label of the primary modifier: ⌘ on macOS, Ctrl elsewhere. */
export const MOD_LABEL = isMac ? '⌘' : 'Ctrl';
/** The label of the Alt key: ⌥ (Option) on macOS. */
export const ALT_LABEL = isMac ? '⌥' : 'Alt';
export const SHIFT_LABEL = isMac ? '⇧' : 'Shift';

/** Splits a shortcut such as `mod+shift+l` into the key labels to show. */
export function shortcutKeys(shortcut: string): string[] {
  return shortcut.split('+').map((part) => {
    switch (part.toLowerCase()) {
      case 'mod':
        return MOD_LABEL;
      case 'alt':
        return ALT_LABEL;
      case 'shift':
        return SHIFT_LABEL;
      case 'esc':
        return 'Esc';
      default:
        return part.length === 1 ? part.toUpperCase() : part;
    }
  });
}

/** A shortcut as one readable string, for tooltips and aria descriptions. */
export function shortcutLabel(shortcut: string): string {
  return shortcutKeys(shortcut).join(isMac ? '' : '+');
}

/** True when the event carries the primary modifier (either Ctrl or ⌘ is accepted). */
export function hasMod(event: KeyboardEvent | MouseEvent): boolean {
  return event.ctrlKey || event.metaKey;
}

/** A shortcut in the form `aria-keyshortcuts` expects, e.g. "Control+Shift+L". */
export function ariaKeyShortcut(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => {
      const key = part.toLowerCase();
      if (key === 'mod') return isMac ? 'Meta' : 'Control';
      if (key === 'alt') return 'Alt';
      if (key === 'shift') return 'Shift';
      if (key === 'esc') return 'Escape';
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join('+');
}
