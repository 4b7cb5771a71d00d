/**
 * Guards that apply to every web page Electron creates, not only our window: anything
 * that slips through (a link, a window.open, a webview tag) meets the same refusal.
 */
import { app, session } from 'electron';
import { isAppUrl } from './app-origin';
import { openExternalSafely } from './external-links';

/** Installs the per-page guards; call before any window exists (before ready is fine). */
export function guardWebContents(log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => {
    // The renderer is a single page: it never needs to leave its own origin.
    const refuseForeign = (kind: string, event: Electron.Event, url: string) => {
      if (isAppUrl(url)) return;
      event.preventDefault();
      log(`blocked ${kind} to ${url}`);
    };
    contents.on('will-navigate', (event, url) => refuseForeign('navigation', event, url));
    contents.on('will-redirect', (event, url) => refuseForeign('redirect', event, url));
    // Frames get the same rule; this event carries the URL on the event itself.
    contents.on('will-frame-navigate', (event) => refuseForeign('frame navigation', event, event.url));

    // No second windows, ever. An http(s) link meant for a new tab opens in the
    // system browser instead, after the same validation the preload's openExternal gets.
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url).then(
        (opened) => {
          if (!opened) log(`blocked a new window for ${url}`);
        },
        (error: unknown) => log(`could not open ${url}: ${String(error)}`),
      );
      return { action: 'deny' };
    });

    // webviewTag is off in our webPreferences; this also covers any page that tries anyway.
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log('blocked a <webview>');
    });
  });
}

/**
 * Roadbook needs no camera, microphone, notifications, geolocation or anything else a
 * page can ask for, so every permission request and check is answered "no".
 */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
