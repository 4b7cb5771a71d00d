/**
 * Where the renderer is loaded from, and the one test every trust decision uses:
 * "is this URL our own app?". The IPC gate, the navigation guard and the protocol
 * handler all ask here, so they cannot disagree.
 */
import { app } from 'electron';

/** The privileged custom scheme the packaged renderer is served from (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'roadbook';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The electron-vite dev server, when `npm run dev` started us. Ignored in a packaged
 * build so an environment variable can never point the app at someone else's page.
 */
export function devServerUrl(): string | undefined {
  const url = process.env.ELECTRON_RENDERER_URL;
  return url && !app.isPackaged ? url : undefined;
}

/** The page the main window loads: the dev server in development, the app scheme otherwise. */
export function rendererEntryUrl(): string {
  return devServerUrl() ?? APP_ENTRY_URL;
}

/** True when `url` belongs to our renderer: `app://roadbook/…`, or the dev server's origin in development. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  // WHATWG URL gives non-special schemes an opaque origin ("null"), so compare the parts.
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  const dev = devServerUrl();
  return dev !== undefined && parsed.origin === parseUrl(dev)?.origin;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
