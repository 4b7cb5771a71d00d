import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, MENU_COMMANDS } from '../../../../electron/shared/api';

// The real 'electron' package would try to download its binary: a small stand-in instead.
const sent = vi.hoisted(() => [] as unknown[][]);
vi.mock('electron', () => {
  const window = { isDestroyed: () => false, webContents: { send: (...args: unknown[]) => sent.push(args) } };
  return {
    app: { name: 'Roadbook', isPackaged: true },
    BrowserWindow: { getFocusedWindow: () => window, getAllWindows: () => [window] },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
  };
});

const { menuTemplate } = await import('../../../../electron/main/menu');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('application menu', () => {
  for (const isMac of [false, true]) {
    it(`gives every app command one shortcut and sends it to the window (${isMac ? 'macOS' : 'Windows/Linux'})`, () => {
      sent.length = 0;
      const all = items(menuTemplate(isMac, true));
      const accelerators = all.map((item) => item.accelerator).filter(Boolean);
      expect(new Set(accelerators).size).toBe(accelerators.length);
      for (const [accelerator, command] of [
        ['CmdOrCtrl+1', 'navigate:roadmap'],
        ['CmdOrCtrl+5', 'navigate:progress'],
        ['CmdOrCtrl+,', 'navigate:settings'],
        ['CmdOrCtrl+K', 'search:open'],
        ['CmdOrCtrl+Shift+L', 'theme:toggle'],
      ]) {
        const item = all.find((candidate) => candidate.accelerator === accelerator);
        (item!.click as () => void)();
        expect(sent.at(-1)).toEqual([MENU_CHANNEL, command]);
      }
      for (const [, command] of sent) expect(MENU_COMMANDS).toContain(command);
      expect(all.some((item) => item.role === 'quit')).toBe(true);
      expect(all.some((item) => item.role === 'copy') && all.some((item) => item.role === 'paste')).toBe(true);
    });
  }

  it('keeps reload and the inspector out of the packaged app', () => {
    const roles = (packaged: boolean) => items(menuTemplate(false, packaged)).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
