/**
 * Cold load of the web app to an interactive roadmap, against a baseline page with no
 * JavaScript served by the same host in the same browser; and the initial JavaScript size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { startHost } from '../../tests/e2e/web-host-process';
import { RENDERER_BUILD_DIR } from '../../electron/services/project-paths';
import { compared, median, round, type BenchSuite, type Metrics } from './metrics';

const RUNS = 9;

/** Records when the first roadmap node is in the page and clickable (a MutationObserver, so no polling delay). */
const READY_PROBE = `
  new MutationObserver((_, observer) => {
    const node = document.querySelector('[data-testid="topic-node"]');
    if (node && !node.disabled) { window.__roadbookReady = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

export const webLoad: BenchSuite = {
  name: 'web app load',
  async run(): Promise<Metrics> {
    const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-bench-static-'));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-bench-data-'));
    fs.cpSync(RENDERER_BUILD_DIR, staticDir, { recursive: true });
    // The baseline: a page with the same ready marker and no script at all.
    fs.mkdirSync(path.join(staticDir, 'baseline'));
    fs.writeFileSync(path.join(staticDir, 'baseline', 'index.html'), '<!doctype html><title>baseline</title><button data-testid="topic-node">ready</button>');
    // Welcome already seen, so the measured load is the everyday one.
    fs.writeFileSync(path.join(dataDir, 'progress.json'), JSON.stringify({ schemaVersion: 1, topics: {}, settings: { theme: 'system', welcomeSeen: true } }));

    const host = await startHost(dataDir, ['--static-dir', staticDir]);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const measure = async (url: string) => {
        const samples: number[] = [];
        for (let i = 0; i < RUNS; i += 1) {
          const context = await browser.newContext(); // a fresh profile: nothing cached
          const page = await context.newPage();
          await page.addInitScript(READY_PROBE);
          await page.goto(url);
          await page.waitForFunction(() => (globalThis as unknown as { __roadbookReady?: number }).__roadbookReady !== undefined);
          samples.push(await page.evaluate(() => (globalThis as unknown as { __roadbookReady: number }).__roadbookReady));
          await context.close();
        }
        return median(samples);
      };
      const baseline = await measure(`${host.origin}/baseline/index.html`);
      const app = await measure(host.url);
      const atStart = await scriptsLoadedAtStart(browser, host.url);
      return {
        'web.cold-load-to-interactive-roadmap': compared(app, baseline, 'ms'),
        'web.initial-js-gzip': { value: round(initialJsGzipBytes(RENDERER_BUILD_DIR) / 1024), unit: 'KiB' },
        'web.scripts-fetched-until-interactive': { value: atStart.length, unit: 'files' },
        // Monaco is lazy: it must not be among them (0 = absent).
        'web.monaco-scripts-at-start': { value: atStart.filter((url) => /monaco|editor\.(?:main|worker)|ts\.worker/i.test(url)).length, unit: 'files' },
      };
    } finally {
      await browser.close();
      await host.stop();
      fs.rmSync(staticDir, { recursive: true, force: true });
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

/** The scripts a fresh profile fetches until the roadmap is interactive (and a moment after). */
async function scriptsLoadedAtStart(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || /\.m?js(?:$|\?)/.test(request.url())) scripts.push(request.url());
  });
  await page.addInitScript(READY_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as unknown as { __roadbookReady?: number }).__roadbookReady !== undefined);
  await page.waitForTimeout(500);
  await context.close();
  return scripts;
}

/** Gzipped size of the scripts index.html loads up front (entry and module preloads). */
export function initialJsGzipBytes(buildDir: string): number {
  const html = fs.readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return sources.reduce((total, src) => total + zlib.gzipSync(fs.readFileSync(path.join(buildDir, src.replace(/^\//, ''))), { level: 9 }).length, 0);
}
