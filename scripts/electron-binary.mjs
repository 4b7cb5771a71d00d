/**
 * Finds Electron's executable without requiring the `electron` package: Electron 45's
 * index.js starts a download (with inherited output) as a side effect of being required.
 * Used by `npm start` and by the Electron end-to-end spec, so both agree on "installed".
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ELECTRON_DIR = path.join(PROJECT_ROOT, 'node_modules', 'electron');

/** `{ path }` when the binary is on disk, else `{ reason }` saying what is missing. Mirrors electron/index.js. */
export function findElectronBinary() {
  let relative;
  try {
    relative = fs.readFileSync(path.join(ELECTRON_DIR, 'path.txt'), 'utf8').trim();
  } catch {
    return { reason: "Electron's binary is not installed (node_modules/electron/path.txt is missing)" };
  }
  const executable = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(ELECTRON_DIR, 'dist'), relative);
  return relative && fs.existsSync(executable) ? { path: executable } : { reason: `Electron's binary is not installed (${executable} is missing)` };
}
