/**
 * The IPC gate: one `ipcMain.handle` per contract entry, each behind the same sender
 * check (modelled on VS Code's `validateEvent`) before the dispatcher parses the input
 * with the contract's schema. Nothing else in the main process listens for renderer calls.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, EXPORT_PDF_CHANNEL, IPC_PREFIX, OPEN_EXTERNAL_CHANNEL, OPEN_SANDBOX_FOLDER_CHANNEL } from '../shared/api';
import type { ApiResponse } from '../shared/errors';
import type { Dispatch } from '../services/dispatch';
import { isAppUrl } from './app-origin';
import { openExternalSafely, safeExternalUrl } from './external-links';
import { exportPdf } from './print';
import { openSandboxFolder } from './sandbox-folder';

/** Registers every contract channel plus openExternal and exportPdf; call once, after the services exist. */
export function registerIpcGate(dispatch: Dispatch, log: (message: string) => void, dataDir?: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, async (event, input: unknown) => {
      const refusal = refuseSender(event, channel, log);
      return refusal ?? dispatch(channel, input);
    });
  }

  ipcMain.handle(OPEN_EXTERNAL_CHANNEL, async (event, url: unknown): Promise<ApiResponse<null>> => {
    const refusal = refuseSender(event, 'openExternal', log);
    if (refusal) return refusal;
    if (!safeExternalUrl(url)) {
      return { ok: false, error: { code: 'bad-input', message: 'Only http and https links to a named host can be opened.' } };
    }
    try {
      await openExternalSafely(url);
    } catch (error) {
      // No default browser, or the OS refused: answer in the envelope like every other call.
      log(`could not open ${url}: ${String(error)}`);
      return { ok: false, error: { code: 'internal', message: 'The system could not open that link in a browser.' } };
    }
    return { ok: true, value: null };
  });

  ipcMain.handle(EXPORT_PDF_CHANNEL, async (event): Promise<ApiResponse<string | null>> => {
    const refusal = refuseSender(event, 'exportPdf', log);
    return refusal ?? exportPdf(event.sender, log);
  });

  if (dataDir !== undefined) {
    ipcMain.handle(OPEN_SANDBOX_FOLDER_CHANNEL, async (event, name: unknown): Promise<ApiResponse<null>> => {
      const refusal = refuseSender(event, 'openSandboxFolder', log);
      return refusal ?? openSandboxFolder(dataDir, name);
    });
  }
}

/**
 * Returns a `forbidden` response unless the call comes from our own page's main frame.
 * A frame that has gone away, an iframe, or a page from any other origin never reaches
 * a service, whatever it sends.
 */
function refuseSender(event: IpcMainInvokeEvent, channel: string, log: (message: string) => void): ApiResponse<never> | undefined {
  const frame = event.senderFrame;
  let reason: string | undefined;
  if (!frame) {
    reason = 'the calling frame no longer exists';
  } else if (frame.parent !== null || frame.frameTreeNodeId !== event.sender.mainFrame.frameTreeNodeId) {
    // Compared by id: whether Electron hands out one wrapper object per frame is not a documented promise.
    reason = 'only the main frame of the Roadbook window may call the API';
  } else if (!isAppUrl(frame.url)) {
    reason = 'the calling page is not part of Roadbook';
  }
  if (!reason) return undefined;
  log(`refused ${channel}: ${reason} (${frame?.url ?? 'no frame'})`);
  return { ok: false, error: { code: 'forbidden', message: `Roadbook refused ${channel}: ${reason}.` } };
}
