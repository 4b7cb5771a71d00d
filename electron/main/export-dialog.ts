/**
 * Saving a progress export on the desktop: the system save dialog, then an atomic write
 * (temp file and rename) so a half-written export never replaces a good one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';

export async function saveWithDialog(suggestedName: string, text: string): Promise<string | null> {
  const options = {
    title: 'Export progress',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    buttonLabel: 'Export',
    filters: [{ name: 'Roadbook progress export', extensions: ['json'] }],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  const target = result.filePath;
  const temp = `${target}.tmp-${process.pid}-${Date.now()}`;
  try {
    fs.writeFileSync(temp, text, 'utf8');
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  return target;
}
