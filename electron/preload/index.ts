/**
 * The renderer's only door to the app, exposed as `window.roadbook`: one named function
 * per API contract entry, a menu-command subscription and openExternal. It never hands
 * out ipcRenderer, an IPC event, or a way to pick a channel at call time.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { api, EXPORT_PDF_CHANNEL, IPC_PREFIX, MENU_CHANNEL, MENU_COMMANDS, OPEN_EXTERNAL_CHANNEL, OPEN_SANDBOX_FOLDER_CHANNEL, type MenuCommand } from '../shared/api';
import type { ApiResponse } from '../shared/errors';

type Call = (input: unknown) => Promise<ApiResponse<unknown>>;

/** `{ domain: { method(input) } }`, each function bound to its own fixed channel. */
function namedApi(): Readonly<Record<string, Readonly<Record<string, Call>>>> {
  const domains: Record<string, Readonly<Record<string, Call>>> = {};
  for (const [domain, methods] of Object.entries(api)) {
    const calls: Record<string, Call> = {};
    for (const name of Object.keys(methods)) {
      const channel = `${IPC_PREFIX}${domain}.${name}`;
      calls[name] = (input) => ipcRenderer.invoke(channel, input) as Promise<ApiResponse<unknown>>;
    }
    domains[domain] = Object.freeze(calls);
  }
  return Object.freeze(domains);
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

const bridge = Object.freeze({
  api: namedApi(),

  /** Calls `listener` with each application-menu command; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.');
    // Only the command crosses over: the IPC event would expose ipcRenderer through event.sender.
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },

  /** Asks the main process to open an http(s) link in the system browser; it validates the URL again. */
  async openExternal(url: string): Promise<void> {
    if (typeof url !== 'string') return;
    await ipcRenderer.invoke(OPEN_EXTERNAL_CHANNEL, url);
  },

  /** Asks the main process to save the page as a PDF; the learner picks where. Resolves to the path, or null if cancelled. */
  exportPdf(): Promise<ApiResponse<string | null>> {
    return ipcRenderer.invoke(EXPORT_PDF_CHANNEL) as Promise<ApiResponse<string | null>>;
  },

  /** Opens a free-play sandbox's folder in the file manager; main checks the name and the path again. */
  openSandboxFolder(name: string): Promise<ApiResponse<null>> {
    return ipcRenderer.invoke(OPEN_SANDBOX_FOLDER_CHANNEL, String(name)) as Promise<ApiResponse<null>>;
  },
});

contextBridge.exposeInMainWorld('roadbook', bridge);
