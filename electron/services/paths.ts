/** Where Roadbook keeps a learner's data when no directory is given. */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Roadbook';

/**
 * The per-user folder Electron would pick as `userData` for Roadbook, so the web host and
 * the CLI share a learner's progress with the desktop app by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

/** `--data-dir`, then `ROADBOOK_DATA_DIR`, then the desktop app's folder. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag ?? env.ROADBOOK_DATA_DIR;
  return chosen ? path.resolve(chosen) : defaultDataDir(env);
}
