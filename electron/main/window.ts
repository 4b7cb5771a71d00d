/** The main Roadbook window: locked-down web preferences, shown only once painted. */
import { app, BrowserWindow } from 'electron';
import { MIN_SIZE, type InitialWindowState } from './window-state';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly url: string;
  readonly state: InitialWindowState;
  readonly backgroundColor: string;
  readonly log: (message: string) => void;
}

/** Creates the main window and starts loading the renderer. */
export function createMainWindow({ preloadPath, url, state, backgroundColor, log }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Roadbook',
    // Hidden until the first paint, on a background of the right theme: no white flash.
    show: false,
    backgroundColor,
    webPreferences: {
      // The preload is the renderer's only door to the app: a frozen set of named API methods.
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click must not open windows; setWindowOpenHandler denies them too, this is belt and braces.
      disableBlinkFeatures: 'Auxclick',
      // Learners do not need the inspector; developers running from source do.
      devTools: !app.isPackaged,
    },
  });

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });

  window.loadURL(url).catch((error: unknown) => log(`could not load ${url}: ${String(error)}`));
  return window;
}
