import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerAppScheme, serveRenderer } from '../../../../electron/main/app-protocol';
import { resolveInside } from '../../../../electron/services/static-files';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/shared/security-policy';
import { makeTempDir, removeDir } from '../../../helpers/temp-dir';

// The real 'electron' package would try to download its binary: a small stand-in instead.
const fake = vi.hoisted(() => ({
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  privileged: [] as unknown[],
}));

vi.mock('electron', () => ({
  app: { isPackaged: true },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      fake.privileged.push(...schemes);
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      fake.handlers.set(scheme, handler);
    },
  },
}));

const INDEX_HTML = '<!doctype html><title>Roadbook</title>';
const SECRET = 'TOP SECRET: outside the renderer';

let base: string;
let rendererDir: string;

beforeEach(() => {
  fake.handlers.clear();
  fake.privileged.length = 0;
  // base/renderer is served; base/secret.txt and base/renderer-private/key.txt sit beside it.
  base = makeTempDir();
  rendererDir = path.join(base, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(rendererDir, 'assets', 'main.js'), 'console.log(1);');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'blob.bin'), 'binary');
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(base, 'renderer-private'));
  fs.writeFileSync(path.join(base, 'renderer-private', 'key.txt'), SECRET);
});
afterEach(() => {
  removeDir(base);
});

async function get(url: string, method = 'GET'): Promise<Response> {
  serveRenderer(rendererDir);
  const handler = fake.handlers.get('app');
  if (!handler) throw new Error('the app scheme has no handler');
  return handler(new Request(url, { method }));
}

describe('registerAppScheme', () => {
  it('declares only app: as standard, secure and fetchable, without bypassing the CSP', () => {
    registerAppScheme();
    expect(fake.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });
});

describe('serveRenderer', () => {
  it('serves index.html from the renderer folder with the CSP header', async () => {
    const response = await get('app://roadbook/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their content type, and unknown types as octet-stream', async () => {
    const script = await get('app://roadbook/assets/main.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const blob = await get('app://roadbook/assets/blob.bin');
    expect(blob.headers.get('content-type')).toBe('application/octet-stream');
  });

  it.each(['app://roadbook/', 'app://roadbook/topic/dns-and-domain-names', 'app://roadbook/settings?tab=theme'])(
    'falls back to index.html for the client-side route %s',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX_HTML);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it('answers 404 for a missing file that has an extension', async () => {
    const response = await get('app://roadbook/assets/missing.js');
    expect(response.status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://roadbook/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');

    const post = await get('app://roadbook/index.html', 'POST');
    expect(post.status).toBe(405);
  });

  it.each(['app://other/index.html', 'app://roadbook.evil.example/index.html', 'app://roadbook:8080/index.html', 'app://ROADBOOK/index.html'])(
    'refuses the host of %s',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('Roadbook</title>');
    },
  );

  it.each([
    'app://roadbook/../secret.txt',
    'app://roadbook/%2e%2e/secret.txt',
    'app://roadbook/%2e%2e%2fsecret.txt',
    'app://roadbook/%2E%2E%2Fsecret.txt',
    'app://roadbook/..%2fsecret.txt',
    'app://roadbook/..%5csecret.txt',
    'app://roadbook/%2e%2e%5csecret.txt',
    'app://roadbook/assets/..%2f..%2fsecret.txt',
    'app://roadbook/%2f..%2f..%2fsecret.txt',
    'app://roadbook/..%2frenderer-private%2fkey.txt',
    'app://roadbook/%252e%252e%252fsecret.txt',
    'app://roadbook//etc/passwd',
    'app://roadbook/secret.txt%00.html',
    'app://roadbook/%E0%A4%A',
  ])('never reads outside the renderer folder for %s', async (url) => {
    const response = await get(url);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    expect(body).not.toMatch(/root:.*:0:0:/);
    // Either nothing, or our own index.html for something that looks like a route.
    if (response.status === 200) expect(body).toBe(INDEX_HTML);
    else expect(response.status).toBe(404);
  });
});

describe('resolveInside', () => {
  it.each([
    '/../secret.txt',
    '/../../../../etc/passwd',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/../renderer-private/key.txt',
    '/%2e%2e%2frenderer-private%2fkey.txt',
    '..',
    '../secret.txt',
    '/etc/passwd',
    '//etc/passwd',
  ])('keeps %s inside the root', (urlPath) => {
    const resolved = resolveInside(rendererDir, urlPath);
    if (resolved === undefined) return;
    // On POSIX a backslash is an ordinary character, so `..\\secret.txt` is a file name inside the root.
    expect(resolved.startsWith(rendererDir + path.sep)).toBe(true);
  });

  it('refuses NUL bytes and malformed percent-encoding', () => {
    expect(resolveInside(rendererDir, '/index.html%00.js')).toBeUndefined();
    expect(resolveInside(rendererDir, '/index.html\0')).toBeUndefined();
    expect(resolveInside(rendererDir, '/%E0%A4%A')).toBeUndefined();
  });

  it('maps files to themselves and routes to index.html', () => {
    expect(resolveInside(rendererDir, '/assets/main.js')).toBe(path.join(rendererDir, 'assets', 'main.js'));
    expect(resolveInside(rendererDir, '/')).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveInside(rendererDir, '/topic/dns')).toBe(path.join(rendererDir, 'index.html'));
  });
});
