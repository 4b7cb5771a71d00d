/**
 * Roadbook's main process: lifecycle only. It wires the services to the IPC gate, serves
 * the renderer from the app scheme and opens the window; the rest lives in the files
 * next to this one.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, type BrowserWindow } from 'electron';
import { createDispatcher } from '../services/dispatch';
import { createServices, type Services } from '../services/index';
import { rendererEntryUrl } from './app-origin';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { electronStoreBackend } from './electron-store-backend';
import { saveWithDialog } from './export-dialog';
import { registerIpcGate } from './ipc-gate';
import { installApplicationMenu } from './menu';
import { startReviewReminder } from './review-reminder';
import { denyAllPermissions, guardWebContents } from './security';
import { applyTheme, syncThemeOnSettingsChange, windowBackgroundColor } from './theme';
import { desktopRunnerFiles, utilityProcessSpawner } from './utility-process-spawner';
import { createMainWindow } from './window';
import { openWindowState } from './window-state';

const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));

const log = (message: string) => process.stderr.write(`[roadbook] ${message}\n`);

// Same variable the web host and the CLI honour; it must win before anything reads userData.
if (process.env.ROADBOOK_DATA_DIR) app.setPath('userData', path.resolve(process.env.ROADBOOK_DATA_DIR));

// Chromium reads the privileged-scheme list once, before ready.
registerAppScheme();
guardWebContents(log);

// A second Roadbook would write the same progress.json: focus the first one instead.
if (app.requestSingleInstanceLock()) {
  void start();
} else {
  app.quit();
}

async function start(): Promise<void> {
  let services: Services | undefined;
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Flush debounced progress writes before Electron tears the process down.
  app.on('before-quit', () => services?.close());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  try {
    services = createServices({
      runtime: 'desktop',
      version: app.getVersion(),
      dataDir: app.getPath('userData'),
      contentDir: app.isPackaged ? path.join(process.resourcesPath, 'content') : path.join(app.getAppPath(), 'content'),
      backendFactory: electronStoreBackend,
      saveFile: saveWithDialog,
      // Learner code runs in utility processes: packaged Electron cannot be forked as plain Node.
      exerciseRunner: { spawn: utilityProcessSpawner, files: desktopRunnerFiles(), log },
      log,
    });
    for (const notice of services.status().notices) log(notice.message);
    applyTheme((await services.impl.progress.snapshot({})).settings.theme);
  } catch (error) {
    dialog.showErrorBox('Roadbook could not start', `${error instanceof Error ? error.message : String(error)}\n\nYour data folder is ${app.getPath('userData')}.`);
    app.exit(1);
    return;
  }

  denyAllPermissions();
  serveRenderer(RENDERER_DIR);
  registerIpcGate(syncThemeOnSettingsChange(createDispatcher(services.impl, log)), log, app.getPath('userData'));
  app.setAboutPanelOptions({ applicationName: 'Roadbook', applicationVersion: app.getVersion(), copyright: 'Copyright © 2026 Roadbook' });
  installApplicationMenu();

  // Read the content while the window loads; a problem is reported to the page's own call.
  setImmediate(() => void services?.impl.content.roadmap({}).catch(() => {}));

  const windowState = openWindowState(log);
  const openWindow = () => {
    mainWindow = createMainWindow({
      preloadPath: PRELOAD_PATH,
      url: rendererEntryUrl(),
      state: windowState.initial,
      backgroundColor: windowBackgroundColor(),
      log,
    });
    windowState.track(mainWindow);
  };
  openWindow();

  const running = services;
  const reminder = startReviewReminder({
    settings: async () => (await running.impl.progress.snapshot({})).settings,
    dueCount: async () => (await running.impl.review.queue({})).counts.due,
    log,
  });
  // The first look waits a little so a reminder never races the window opening.
  setTimeout(() => void reminder.check(), 60_000).unref();
  app.on('before-quit', () => reminder.stop());
  // macOS keeps the app alive with no window; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (!mainWindow || mainWindow.isDestroyed()) openWindow();
  });
}
