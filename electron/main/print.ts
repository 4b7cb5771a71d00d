/**
 * Desktop PDF export: the page is printed with its print stylesheet (the roadmap prints as a
 * list of sections and topics with the learner's statuses) and saved where the learner picks.
 */
import fs from 'node:fs/promises';
import { BrowserWindow, dialog, type WebContents } from 'electron';
import type { ApiResponse } from '../shared/errors';

export const PDF_DEFAULT_NAME = 'Roadbook roadmap.pdf';

export async function exportPdf(contents: WebContents, log: (message: string) => void): Promise<ApiResponse<string | null>> {
  const window = BrowserWindow.fromWebContents(contents);
  const options = { title: 'Export the roadmap as PDF', defaultPath: PDF_DEFAULT_NAME, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: true, value: null };
  const target = choice.filePath.toLowerCase().endsWith('.pdf') ? choice.filePath : `${choice.filePath}.pdf`;
  try {
    const pdf = await contents.printToPDF({ pageSize: 'A4', printBackground: false });
    await fs.writeFile(target, pdf);
    return { ok: true, value: target };
  } catch (error) {
    log(`could not export the PDF to ${target}: ${String(error)}`);
    return { ok: false, error: { code: 'internal', message: `The PDF could not be saved to ${target}: ${(error as Error).message}` } };
  }
}
