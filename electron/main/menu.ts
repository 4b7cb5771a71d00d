/**
 * The application menu. Items that belong to the app (views, search, theme, the welcome
 * tour) are sent to the focused window as a MENU_COMMANDS value; the renderer decides
 * what they do, so the same shortcuts work from the keyboard and the menu.
 */
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../shared/api';

/** Builds the menu for this platform and installs it as the application menu. */
export function installApplicationMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', app.isPackaged)));
}

/** The menu as a template; exported so its shape can be checked without a display. */
export function menuTemplate(isMac: boolean, isPackaged: boolean): MenuItemConstructorOptions[] {
  const settings: MenuItemConstructorOptions = { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: send('navigate:settings') };
  const exportPdf: MenuItemConstructorOptions = { label: 'Export Roadmap as PDF…', accelerator: 'CmdOrCtrl+P', click: send('roadmap:print') };
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: app.name,
    submenu: [{ role: 'about' }, separator, settings, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: isMac
      ? [exportPdf, separator, { role: 'close', label: 'Close Window' }]
      : [exportPdf, separator, settings, separator, { role: 'close', label: 'Close Window' }, { role: 'quit' }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, separator, { role: 'selectAll' }],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Roadmap', accelerator: 'CmdOrCtrl+1', click: send('navigate:roadmap') },
      { label: 'Git Sandbox', accelerator: 'CmdOrCtrl+2', click: send('navigate:git') },
      { label: 'Exercises', accelerator: 'CmdOrCtrl+3', click: send('navigate:exercises') },
      { label: 'Review', accelerator: 'CmdOrCtrl+4', click: send('navigate:review') },
      { label: 'Progress', accelerator: 'CmdOrCtrl+5', click: send('navigate:progress') },
      separator,
      { label: 'Search…', accelerator: 'CmdOrCtrl+K', click: send('search:open') },
      { label: 'Toggle Theme', accelerator: 'CmdOrCtrl+Shift+L', click: send('theme:toggle') },
      separator,
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { role: 'togglefullscreen' },
      // Reloading loses in-memory state and the inspector is for developers: source runs only.
      ...(isPackaged ? [] : [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[]),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Welcome Tour', click: send('welcome:show') },
      // On macOS "About" already sits in the app menu, where people look for it.
      ...(isMac ? [] : [separator, { role: 'about' }] satisfies MenuItemConstructorOptions[]),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

/** A click handler that sends `command` to the focused Roadbook window (or the only one). */
function send(command: MenuCommand): () => void {
  return () => {
    const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (target && !target.isDestroyed()) target.webContents.send(MENU_CHANNEL, command);
  };
}
