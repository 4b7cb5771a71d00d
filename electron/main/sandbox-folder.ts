/**
 * "Open folder" for a free-play sandbox: the only place a sandbox path is handed to the OS.
 * The renderer sends a name, never a path; the folder must resolve inside the data folder's
 * `sandboxes/`.
 */
import { shell } from 'electron';
import type { ApiResponse } from '../shared/errors';
import { resolveSandboxFolder } from '../services/git-view/sandbox-folders';

export async function openSandboxFolder(dataDir: string, name: unknown): Promise<ApiResponse<null>> {
  const dir = resolveSandboxFolder(dataDir, name);
  if (!dir) return { ok: false, error: { code: 'not-found', message: 'That sandbox folder does not exist any more.' } };
  const problem = await shell.openPath(dir);
  if (problem) return { ok: false, error: { code: 'internal', message: `The system could not open the folder: ${problem}` } };
  return { ok: true, value: null };
}
