import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../../electron/web-host/server';
import { startHost } from '../../../e2e/web-host-process';
import { rawRequest } from '../../../helpers/http';
import { makeTempDir, removeDir } from '../../../helpers/temp-dir';

let dataDir: string;
let staticDir: string;

beforeEach(() => {
  dataDir = makeTempDir();
  staticDir = makeTempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Roadbook</title>');
});
afterEach(() => {
  removeDir(dataDir);
  removeDir(staticDir);
});

describe('npm run web (the web host process)', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`prints one line with its url and flushes a just-made change on ${signal}`, async () => {
      const host = await startHost(dataDir, ['--static-dir', staticDir]);
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32,}$/);
      const { port } = new URL(host.url);
      const token = new URL(host.url).hash.replace('#token=', '');
      const response = await rawRequest(Number(port), {
        method: 'POST',
        path: '/api/progress.setTopicStatus',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ topicId: 'dns-and-domain-names', status: 'done' }),
      });
      expect(response.status).toBe(200);
      // Stop before the debounced write would have happened on its own.
      expect(await host.stop(signal)).toBe(0);
      const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'progress.json'), 'utf8'));
      expect(saved.topics['dns-and-domain-names'].status).toBe('done');
    });
  }

  it('explains a bad flag in one message and exits non-zero', async () => {
    await expect(startHost(dataDir, ['--port', 'eighty'])).rejects.toThrow(/--port must be a number/);
  });
});
