/** "Open folder" exists only in the desktop app, where the preload offers it; the web host hides the button. */
import { ApiError, type ApiResponse } from '../../../../electron/shared/errors';

interface FolderBridge {
  openSandboxFolder?: (name: string) => Promise<ApiResponse<null>>;
}

function bridge(): FolderBridge | undefined {
  return (window as unknown as { roadbook?: FolderBridge }).roadbook;
}

export const canOpenFolders = typeof window !== 'undefined' && typeof bridge()?.openSandboxFolder === 'function';

export async function openSandboxFolder(name: string): Promise<void> {
  const response = await bridge()!.openSandboxFolder!(name);
  if (!response.ok) throw new ApiError(response.error);
}
