/**
 * The desktop app end to end: launch the built Electron app on a fresh data folder, mark a
 * topic done, quit, relaunch on the same folder and find it still done.
 *
 * Needs Electron's binary. Where it is not installed (it cannot be downloaded on every
 * machine) the spec is skipped and says why; `npm run web` covers the same UI in a browser.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary, PROJECT_ROOT as ROOT } from '../../scripts/electron-binary.mjs';

const binary = findElectronBinary();
if (binary.reason) console.log(`electron spec skipped: ${binary.reason}`);
test.skip(binary.reason !== undefined, binary.reason);

let dataDir: string;
test.beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-electron-'));
});
test.afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Starts the app from the project folder (so package.json names it Roadbook and points at
 * out/main/index.js). ROADBOOK_DATA_DIR is what the app reads; --user-data-dir is passed
 * as well so Chromium's own profile files land in the same throwaway folder.
 */
async function launch(): Promise<ElectronApplication> {
  const env = { ...process.env, ROADBOOK_DATA_DIR: dataDir } as Record<string, string>;
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  return electron.launch({
    executablePath: binary.path!,
    args: ['.', `--user-data-dir=${dataDir}`],
    cwd: ROOT,
    env,
  });
}

test('a topic marked done in the desktop app is still done after a restart', async () => {
  expect(fs.existsSync(path.join(ROOT, 'out', 'main', 'index.js')), 'the app is built (npx electron-vite build)').toBe(true);

  let topicId: string | null | undefined;
  const first = await launch();
  try {
    const page = await first.firstWindow();
    await expect(page.getByTestId('roadmap')).toBeVisible();
    // A fresh data folder means a first run: get the welcome out of the way.
    await page.getByTestId('welcome-start').click();
    await expect(page.getByTestId('welcome')).toBeHidden();

    const node = page.getByTestId('topic-node').first();
    topicId = await node.getAttribute('data-topic-id');
    expect(topicId).toBeTruthy();
    await node.click();
    await page.getByTestId('topic-panel').getByTestId('status-done').click();
    await expect(node).toHaveAttribute('data-status', 'done');
  } finally {
    // close() quits the app, which runs before-quit and flushes progress.json.
    await first.close();
  }
  expect(fs.existsSync(path.join(dataDir, 'progress.json')), 'progress.json is written to the data folder').toBe(true);

  const second = await launch();
  try {
    const page = await second.firstWindow();
    await expect(page.getByTestId('roadmap')).toBeVisible();
    await expect(page.locator(`[data-testid="topic-node"][data-topic-id="${topicId}"]`)).toHaveAttribute('data-status', 'done');
  } finally {
    await second.close();
  }
});

/** Calls the contract through the preload bridge, as the renderer does. */
async function call(page: import('@playwright/test').Page, domain: string, method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  return page.evaluate(
    ([d, m, i]) => (globalThis as unknown as { roadbook: { api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> } }).roadbook.api[d as string]![m as string]!(i),
    [domain, method, input] as const,
  ) as Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;
}

test('exercises run in Electron utility processes, and a hostile one is stopped without harming the app', async () => {
  const app = await launch();
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('roadmap')).toBeVisible();
    const proof = fs.readFileSync(path.join(ROOT, 'content', 'exercises', 'sql-inner-join', 'proof.sql'), 'utf8');
    const passed = await call(page, 'exercises', 'run', { exerciseId: 'sql-inner-join', code: proof });
    expect(passed.ok, passed.error?.message).toBe(true);
    expect((passed.value as { result: { status: string } }).result.status).toBe('pass');

    const started = Date.now();
    const looped = await call(page, 'exercises', 'run', { exerciseId: 'sum-of-order-totals', code: 'export function sumTotals() { for (;;) {} }' });
    expect((looped.value as { result: { status: string; message: string } }).result.status).toBe('error');
    expect(Date.now() - started).toBeLessThan(8000);

    // The window still answers.
    await page.getByTestId('topic-node').first().click();
    await expect(page.getByTestId('topic-panel')).toBeVisible();
  } finally {
    await app.close();
  }
});

test('the git sandbox works in the desktop app without native git', async () => {
  const app = await launch();
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('roadmap')).toBeVisible();
    const created = await call(page, 'git', 'createSandbox', { name: 'desk' });
    expect(created.ok, created.error?.message).toBe(true);
    for (const command of ['git init', 'echo hello > a.txt', 'git add a.txt', 'git commit -m "First commit"']) {
      const result = await call(page, 'git', 'run', { target: { sandbox: 'desk' }, command });
      expect(result.ok, `${command}: ${result.error?.message}`).toBe(true);
    }
    expect(fs.existsSync(path.join(dataDir, 'sandboxes', 'desk', '.git', 'HEAD'))).toBe(true);
  } finally {
    await app.close();
  }
});
