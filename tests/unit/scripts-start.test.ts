import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, PROJECT_ROOT } from '../../scripts/electron-binary.mjs';

const binary = findElectronBinary();

describe('npm start', () => {
  it.skipIf(binary.path !== undefined)('says in one line that Electron is missing, points to npm run web, and exits 1', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('npm run web');
  });
});
