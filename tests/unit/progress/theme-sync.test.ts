import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../electron/services/dispatch';
import { createServices, type Services } from '../../../electron/services/index';
import { buildExport } from '../../../electron/services/progress/export-format';
import { emptyStore } from '../../../electron/services/progress/migrations';
import { confBackend } from '../../../electron/services/progress/store-backend';
import { CONTENT_DIR } from '../../../electron/services/project-paths';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

// The real 'electron' package would try to download its binary: a small stand-in instead.
const fake = vi.hoisted(() => ({ nativeTheme: { themeSource: 'system', shouldUseDarkColors: false } }));
vi.mock('electron', () => ({ nativeTheme: fake.nativeTheme, BrowserWindow: { getAllWindows: () => [] } }));

const { syncThemeOnSettingsChange } = await import('../../../electron/main/theme');

let dataDir: string;
let services: Services;
beforeEach(() => {
  dataDir = makeTempDir();
  services = createServices({ runtime: 'desktop', version: 'test', dataDir, contentDir: CONTENT_DIR, backendFactory: confBackend });
  fake.nativeTheme.themeSource = 'system';
});
afterEach(() => {
  services.close();
  removeDir(dataDir);
});

describe('native theme after data changes (desktop)', () => {
  it('follows the theme of an imported file and of a restored backup, and ignores a refused import', async () => {
    const dispatch = syncThemeOnSettingsChange(createDispatcher(services.impl));
    const dark = buildExport({ ...emptyStore(), settings: { ...emptyStore().settings, theme: 'dark' } }, new Date(), 'test');
    expect(await dispatch('data.import', { text: dark, mode: 'replace' })).toMatchObject({ ok: true, value: { ok: true } });
    expect(fake.nativeTheme.themeSource).toBe('dark');

    await dispatch('data.import', { text: 'not an export', mode: 'replace' });
    expect(fake.nativeTheme.themeSource).toBe('dark');

    // The import kept a backup of the progress before it, with the theme it had then.
    const backups = (await dispatch('data.backups', {})) as { ok: true; value: { name: string; reason: string }[] };
    const before = backups.value.find((b) => b.reason === 'before-import')!;
    expect(await dispatch('data.restoreBackup', { name: before.name })).toMatchObject({ ok: true });
    expect(fake.nativeTheme.themeSource).toBe('system');
  });
});
