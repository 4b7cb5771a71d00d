import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/services/project-paths';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries enforced by lint', () => {
  it('stops the renderer from importing Node, Electron or service code', async () => {
    for (const source of ["import fs from 'node:fs';", "import path from 'path';", "import { ipcRenderer } from 'electron';", "import { createServices } from '../../../electron/services/index';"]) {
      expect(await restrictedImports('renderer/src/features/bad.ts', `${source}\nexport const x = 1;\n`), source).toHaveLength(1);
    }
    expect(await restrictedImports('renderer/src/features/fine.ts', "import type { Topic } from '../../../electron/shared/types';\nexport type T = Topic;\n")).toEqual([]);
    // A package's own subpath that happens to share a Node module's name is fine.
    expect(await restrictedImports('renderer/src/features/fine.ts', "import http from 'highlight.js/lib/languages/http';\nexport const h = http;\n")).toEqual([]);
  });

  it('stops services from importing Electron', async () => {
    expect(await restrictedImports('electron/services/bad.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
  });

  it('keeps electron/shared free of Node', async () => {
    expect(await restrictedImports('electron/shared/bad.ts', "import os from 'node:os';\nexport const x = os;\n")).toHaveLength(1);
  });
});
