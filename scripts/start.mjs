#!/usr/bin/env node
/**
 * `npm start`: builds Roadbook and runs it in Electron.
 * Where Electron's binary is missing and cannot be fetched, it prints one line pointing to
 * `npm run web` and exits 1.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ELECTRON_DIR, findElectronBinary, PROJECT_ROOT as ROOT } from './electron-binary.mjs';

const DOWNLOAD_TIMEOUT_MS = 5 * 60 * 1000;
const NOT_INSTALLED =
  'Roadbook: Electron\'s binary is not installed here (it could not be downloaded). Run "npm run web" to use Roadbook in your browser.';

/** One attempt at Electron's own installer, quietly; its output would bury the one line we print. */
function tryDownload() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  const installer = path.join(ELECTRON_DIR, 'install.js');
  if (!fs.existsSync(installer)) return;
  spawnSync(process.execPath, [installer], { cwd: ELECTRON_DIR, stdio: 'pipe', timeout: DOWNLOAD_TIMEOUT_MS });
}

function build() {
  const cli = path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let electron = findElectronBinary().path;
if (!electron) {
  tryDownload();
  electron = findElectronBinary().path;
}
if (!electron) {
  console.error(NOT_INSTALLED);
  process.exit(1);
}

build();

// ELECTRON_RUN_AS_NODE would turn the app into a plain Node process.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
// "." makes Electron read package.json, so out/main/index.js loads via "main" and the app is named Roadbook.
const child = spawn(electron, ['.'], { cwd: ROOT, stdio: 'inherit', env });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
child.on('error', (error) => {
  console.error(`Roadbook: could not start Electron (${error.message}).`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
