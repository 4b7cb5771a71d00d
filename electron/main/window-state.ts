/**
 * Remembers the main window's size, position and maximised state between runs, in
 * `window-state.json` next to the progress store.
 */
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import ElectronStore from 'electron-store';
import { z } from 'zod';

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 960, height: 640 } as const;
const SAVE_DELAY_MS = 500;

const WINDOW_STATE = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_SIZE.height).max(20_000),
  maximized: z.boolean(),
});
type WindowState = z.infer<typeof WINDOW_STATE>;

/** Where to open the window: saved bounds when they are still on a screen, else the default size. */
export interface InitialWindowState {
  readonly bounds: Partial<Rectangle> & { width: number; height: number };
  readonly maximized: boolean;
}

export interface WindowStateKeeper {
  readonly initial: InitialWindowState;
  /** Saves the window's state on move, resize and close. */
  track(window: BrowserWindow): void;
}

/** Opens the window-state file (call after ready: it needs the screen module). */
export function openWindowState(log: (message: string) => void): WindowStateKeeper {
  let store: ElectronStore<Record<string, unknown>> | undefined;
  try {
    // Only window geometry lives here, never learner data: an unreadable file is simply reset.
    store = new ElectronStore<Record<string, unknown>>({ name: 'window-state', clearInvalidConfig: true, watch: false });
  } catch (error) {
    log(`window state will not be remembered: ${String(error)}`);
  }
  const saved = WINDOW_STATE.safeParse(store?.store);
  const initial: InitialWindowState =
    saved.success && isOnSomeDisplay(saved.data)
      ? { bounds: pick(saved.data), maximized: saved.data.maximized }
      : { bounds: { ...DEFAULT_SIZE }, maximized: false };

  return {
    initial,
    track(window) {
      if (!store) return;
      const target = store;
      let timer: NodeJS.Timeout | undefined;
      const save = () => {
        clearTimeout(timer);
        if (window.isDestroyed()) return;
        // Normal bounds, so un-maximising next time returns to the size the learner chose.
        const state: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
        try {
          target.store = state;
        } catch (error) {
          log(`could not save the window state: ${String(error)}`);
        }
      };
      const saveSoon = () => {
        clearTimeout(timer);
        timer = setTimeout(save, SAVE_DELAY_MS);
      };
      window.on('resize', saveSoon);
      window.on('move', saveSoon);
      window.on('close', save);
    },
  };
}

/**
 * A monitor may have been unplugged since the last run: only reuse a position whose
 * title bar would land on a screen the learner can reach.
 */
function isOnSomeDisplay(state: WindowState): boolean {
  const titleBar = { x: state.x + state.width / 2, y: state.y + 16 };
  return screen.getAllDisplays().some(({ workArea: area }) =>
    titleBar.x >= area.x && titleBar.x < area.x + area.width && titleBar.y >= area.y && titleBar.y < area.y + area.height,
  );
}

function pick({ x, y, width, height }: WindowState): Rectangle {
  return { x, y, width, height };
}
