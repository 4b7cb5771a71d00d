import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../../electron/services/paths';

describe('data folder', () => {
  it('matches the folder Electron uses as userData for Roadbook on each platform', () => {
    expect(defaultDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.config', 'Roadbook'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe(path.join('/cfg', 'Roadbook'));
    expect(defaultDataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library', 'Application Support', 'Roadbook'));
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(path.join('C:\\Users\\a\\AppData\\Roaming', 'Roadbook'));
  });

  it('prefers --data-dir, then ROADBOOK_DATA_DIR', () => {
    expect(resolveDataDir('/from/flag', { ROADBOOK_DATA_DIR: '/from/env' })).toBe(path.resolve('/from/flag'));
    expect(resolveDataDir(undefined, { ROADBOOK_DATA_DIR: '/from/env' })).toBe(path.resolve('/from/env'));
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/cfg' })).toBe(path.join('/cfg', 'Roadbook'));
  });
});
