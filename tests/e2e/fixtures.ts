/**
 * Fixtures for the end-to-end specs: each test gets its own temporary data folder and its
 * own web host process; the page fails the test on any console error or any request to a
 * host other than 127.0.0.1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './web-host-process';

export interface HostControl {
  current: RunningHost;
  /**
   * Closes the page (as a learner closes the app), stops the host with SIGTERM (which flushes
   * the store) and starts a new one on the same data folder. Open the app again afterwards.
   */
  restart(): Promise<RunningHost>;
}

interface Fixtures {
  dataDir: string;
  host: HostControl;
  /** Opens the app and waits until the roadmap is interactive. */
  openApp: (options?: { skipWelcome?: boolean }) => Promise<Page>;
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir, page }, use) => {
    const control: HostControl = {
      current: await startHost(dataDir),
      async restart() {
        // Leave the app first, so nothing it sends in the background meets a stopped host.
        await page.goto('about:blank');
        const code = await control.current.stop();
        expect(code, 'the web host exits cleanly on SIGTERM').toBe(0);
        control.current = await startHost(dataDir);
        return control.current;
      },
    };
    await use(control);
    await control.current.stop();
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await use(errors);
  },
  foreignRequests: async ({ page }, use) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') foreign.push(request.url());
    });
    await use(foreign);
  },
  openApp: async ({ page, host }, use) => {
    await use(async ({ skipWelcome = true } = {}) => {
      await page.goto(host.current.url);
      await expect(page.getByTestId('roadmap')).toBeVisible();
      await expect(page.getByTestId('topic-node').first()).toBeVisible();
      if (skipWelcome) {
        await page.getByTestId('welcome-start').click();
        await expect(page.getByTestId('welcome')).toBeHidden();
      }
      return page;
    });
  },
});


/** Calls the web host's API from the page, with the page's own session token. */
export async function api<T>(page: Page, channel: string, input: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const token = (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage.getItem('roadbook.token') ?? '';
      const response = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Roadbook-Token': token }, body: JSON.stringify(body) });
      const envelope = (await response.json()) as { ok: boolean; value: unknown };
      if (!envelope.ok) throw new Error(`${name} failed: ${JSON.stringify(envelope)}`);
      return envelope.value;
    },
    [channel, input] as const,
  ) as Promise<T>;
}

export { expect };
