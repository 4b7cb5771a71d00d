import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir, removeDir } from '../../../helpers/temp-dir';

// The real 'electron' package would try to download its binary: a small stand-in instead.
const fake = vi.hoisted(() => ({
  save: { canceled: false, filePath: '' } as { canceled: boolean; filePath?: string },
  pdf: Buffer.from('%PDF-1.7 roadmap'),
  printError: undefined as Error | undefined,
  options: [] as unknown[],
}));
vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => ({ id: 1 }) },
  dialog: { showSaveDialog: vi.fn(async () => fake.save) },
}));

const { exportPdf, PDF_DEFAULT_NAME } = await import('../../../../electron/main/print');

const contents = {
  printToPDF: vi.fn(async (options: unknown) => {
    fake.options.push(options);
    if (fake.printError) throw fake.printError;
    return fake.pdf;
  }),
};
const log = vi.fn();
let dir: string | undefined;

afterEach(() => {
  if (dir) removeDir(dir);
  dir = undefined;
  fake.printError = undefined;
});

describe('PDF export on the desktop', () => {
  it('writes the printed page where the learner chose, adding .pdf when they left it off', async () => {
    dir = makeTempDir();
    fake.save = { canceled: false, filePath: path.join(dir, 'my roadmap') };
    const result = await exportPdf(contents as never, log);
    expect(result).toEqual({ ok: true, value: path.join(dir, 'my roadmap.pdf') });
    expect(fs.readFileSync(path.join(dir, 'my roadmap.pdf'))).toEqual(fake.pdf);
    expect(PDF_DEFAULT_NAME.endsWith('.pdf')).toBe(true);
  });

  it('does nothing and says so when the learner cancels the dialog', async () => {
    fake.save = { canceled: true };
    contents.printToPDF.mockClear();
    expect(await exportPdf(contents as never, log)).toEqual({ ok: true, value: null });
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });

  it('answers with a plain message naming the file when it cannot be written', async () => {
    dir = makeTempDir();
    fake.save = { canceled: false, filePath: path.join(dir, 'missing-folder', 'roadmap.pdf') };
    const result = await exportPdf(contents as never, log);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain(path.join(dir, 'missing-folder', 'roadmap.pdf'));
  });
});
