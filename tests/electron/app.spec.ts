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
