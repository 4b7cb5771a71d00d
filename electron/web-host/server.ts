/**
 * The web host: the same renderer and the same API contract over HTTP on 127.0.0.1.
 *
 * Every API call must carry the per-run token, come from our own origin and name our own
 * host (which defeats DNS rebinding), and its body is parsed by the contract's schema in
 * the dispatcher before any service sees it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Dispatch } from '../services/dispatch';
import { contentTypeOf, resolveInside } from '../services/static-files';
import { HTTP_STATUS, type ApiErrorBody } from '../shared/errors';
import { CONTENT_SECURITY_POLICY } from '../shared/security-policy';

export const TOKEN_HEADER = 'x-roadbook-token';
const MAX_BODY_BYTES = 1024 * 1024;
/** Importing progress carries a whole export file (up to 20 million characters, JSON-escaped). */
const MAX_IMPORT_BODY_BYTES = 48 * 1024 * 1024;
const IMPORT_CHANNELS: ReadonlySet<string> = new Set(['data.previewImport', 'data.import']);

export interface WebHostOptions {
  readonly dispatch: Dispatch;
  readonly staticDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly token?: string;
  readonly log?: (message: string) => void;
}

export interface WebHost {
  readonly port: number;
  readonly token: string;
  /** The address to open, with the session token in the fragment (never sent to the server). */
  readonly url: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const log = options.log ?? (() => {});
  let port = options.port;
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`request failed: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) sendError(response, { code: 'internal', message: 'The web host hit an unexpected error.' });
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      return sendError(response, { code: 'forbidden', message: 'This Roadbook server only answers on 127.0.0.1.' });
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice('/api/'.length));
    return serveStatic(request, response, url.pathname);
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, channel: string): Promise<void> {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${request.headers.host}`) {
      return sendError(response, { code: 'forbidden', message: 'Calls from other sites are refused.' });
    }
    if (!tokenMatches(request.headers[TOKEN_HEADER], token)) {
      return sendError(response, { code: 'unauthorized', message: 'This call needs the session token from the address Roadbook printed.' });
    }
    if (request.method !== 'POST') {
      return sendError(response, { code: 'bad-input', message: 'API calls use POST.' });
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(response, { code: 'bad-input', message: 'API calls send JSON (Content-Type: application/json).' });
    }
    const limit = IMPORT_CHANNELS.has(channel) ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
    const body = await readBody(request, limit);
    if (body === undefined) return sendError(response, { code: 'bad-input', message: `The request body is over ${limit} bytes.` });
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendError(response, { code: 'bad-input', message: 'The request body is not valid JSON.' });
    }
    const result = await options.dispatch(channel, input);
    if (!result.ok) return sendError(response, result.error);
    sendJson(response, 200, result);
  }

  function serveStatic(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveInside(options.staticDir, pathname);
    if (!file || !isFile(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const isIndex = path.basename(file) === 'index.html';
    response.writeHead(200, {
      'Content-Type': contentTypeOf(file),
      'Cache-Control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
      ...securityHeaders(),
    });
    if (request.method === 'HEAD') response.end();
    else fs.createReadStream(file).pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function readBody(request: http.IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooBig = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooBig ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...securityHeaders(),
  });
  response.end(text);
}

function sendError(response: http.ServerResponse, error: ApiErrorBody): void {
  sendJson(response, HTTP_STATUS[error.code], { ok: false, error });
}
