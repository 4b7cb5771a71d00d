/**
 * Serves the built renderer from `app://roadbook/…` instead of file://, so the page has
 * a real origin (for the IPC gate and the CSP) and cannot read arbitrary local files.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { contentTypeOf, resolveInside } from '../services/static-files';
import { CONTENT_SECURITY_POLICY } from '../shared/security-policy';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Declares `app:` as a standard, secure scheme with fetch support. Chromium reads this
 * list once at start-up, so it must run before the app's `ready` event.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Answers `app://roadbook/<path>` from `rendererDir`; call after ready. */
export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return plain(404, 'Not found');
    const filePath = resolveInside(root, url.pathname);
    if (!filePath) return plain(404, 'Not found');
    try {
      const body = await fs.readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headersFor(filePath) });
    } catch {
      return plain(404, 'Not found');
    }
  });
}

function headersFor(filePath: string): Headers {
  return new Headers({
    'Content-Type': contentTypeOf(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
