import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/services/dispatch';
import { createServices, type Services } from '../../electron/services/index';
import { confBackend } from '../../electron/services/progress/store-backend';
import { CONTENT_DIR } from '../../electron/services/project-paths';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../electron/web-host/server';
import { rawRequest } from '../helpers/http';
import { makeTempDir, removeDir } from '../helpers/temp-dir';

let dataDir: string;
let staticDir: string;
let services: Services;
let host: WebHost;

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest(host.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const statusOfDns = () => services.impl.progress.snapshot({}).then((s) => s.topics.dns?.status);

beforeAll(async () => {
  dataDir = makeTempDir();
  staticDir = makeTempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Roadbook</title>');
  fs.writeFileSync(path.join(dataDir, 'secret.txt'), 'outside the static folder');
  services = createServices({ runtime: 'web', version: 'test', dataDir, contentDir: CONTENT_DIR, backendFactory: confBackend });
  host = await startWebHost({ dispatch: createDispatcher(services.impl), staticDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  services.close();
  removeDir(dataDir);
  removeDir(staticDir);
});

describe('web host', () => {
  it('binds to 127.0.0.1 and prints a url carrying the token in its fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves a contract call with the token', async () => {
    const response = await api('progress.setTopicStatus', { topicId: 'dns', status: 'learning' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { topics: { dns: { status: 'learning' } } } });
  });

  it('refuses a call without the token, or with a wrong one, and changes nothing', async () => {
    const before = await statusOfDns();
    for (const token of [undefined, '', 'wrong', `${host.token}x`]) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token !== undefined) headers[TOKEN_HEADER] = token;
      const response = await rawRequest(host.port, { method: 'POST', path: '/api/progress.setTopicStatus', headers, body: JSON.stringify({ topicId: 'dns', status: 'done' }) });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(await statusOfDns()).toBe(before);
  });

  it('refuses other Host names (DNS rebinding) and other origins', async () => {
    const rebinding = await api('progress.snapshot', {}, { host: `evil.example:${host.port}` });
    expect(rebinding.status).toBe(403);
    const crossSite = await api('progress.setTopicStatus', { topicId: 'dns', status: 'done' }, { origin: 'http://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(JSON.parse(crossSite.body)).toMatchObject({ error: { code: 'forbidden' } });
    const sameOrigin = await api('progress.snapshot', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('answers unknown calls, bad JSON and bad input with typed errors and no change', async () => {
    const before = await statusOfDns();
    expect((await api('progress.wipe', {})).status).toBe(404);
    expect(JSON.parse((await api('progress.wipe', {})).body).error.code).toBe('unknown-method');
    expect(JSON.parse((await api('progress.setTopicStatus', '{not json')).body).error.code).toBe('bad-input');
    const bad = await api('progress.setTopicStatus', { topicId: '../../etc', status: 'done' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'bad-input', issues: [{ path: 'topicId' }] });
    const simpleForm = await api('progress.setTopicStatus', 'topicId=dns&status=done', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(simpleForm.status).toBe(400);
    const get = await rawRequest(host.port, { path: '/api/progress.snapshot', headers: { [TOKEN_HEADER]: host.token } });
    expect(get.status).toBe(400);
    expect(await statusOfDns()).toBe(before);
  });

  it('refuses a body over the size limit', async () => {
    const response = await api('progress.setTopicStatus', JSON.stringify({ topicId: 'dns', status: 'done', pad: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(400);
  });

  it('serves the app with its security headers, and nothing outside the static folder', async () => {
    const index = await rawRequest(host.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await rawRequest(host.port, { path: '/roadmap/dns' })).body).toContain('Roadbook');
    const secretName = path.relative(staticDir, path.join(dataDir, 'secret.txt'));
    for (const attempt of [`/${secretName}`, '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%00.js', '/../../etc/passwd']) {
      const response = await rawRequest(host.port, { path: attempt });
      expect(response.body).not.toContain('outside the static folder');
      expect(response.body).not.toContain('root:');
    }
  });
});
