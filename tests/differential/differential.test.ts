/**
 * Every scenario in scenarios/*.ts runs through the sandbox and through native git; the
 * repositories must end up identical (see harness.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nativeGitAvailable, runScenario, type Scenario } from './harness';

const dir = path.join(import.meta.dirname, 'scenarios');
const scenarios: { file: string; scenario: Scenario }[] = [];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { scenarios: readonly Scenario[] };
  for (const scenario of mod.scenarios) scenarios.push({ file, scenario });
}

describe.skipIf(!nativeGitAvailable())('git sandbox matches native git', () => {
  it('has scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(25);
  });
  for (const { file, scenario } of scenarios) {
    it(`${file}: ${scenario.name}`, async () => {
      const { sandbox, native, transcript } = await runScenario(scenario);
      const context = `\n--- sandbox transcript ---\n${transcript}`;
      expect(sandbox.fsck, `git fsck on the sandbox repository${context}`).toBe('');
      expect(sandbox.refs, `refs${context}`).toBe(native.refs);
      expect(sandbox.head, `HEAD${context}`).toBe(native.head);
      expect(sandbox.status, `git status --porcelain${context}`).toBe(native.status);
      expect(sandbox.stashCount, `stash count${context}`).toBe(native.stashCount);
      expect(sandbox.files, `work-tree files${context}`).toEqual(native.files);
      expect(sandbox.remotes, `refs of the remotes${context}`).toEqual(native.remotes);
      if (!scenario.ignoreExitCodes) expect(sandbox.codes, `which commands succeeded${context}`).toEqual(native.codes);
      if (!scenario.ignoreReflogs) expect(sandbox.reflogs, `reflogs${context}`).toEqual(native.reflogs);
      if (scenario.compareOutput) {
        const except = new Set(typeof scenario.compareOutput === 'object' ? scenario.compareOutput.except : []);
        const pick = (outputs: typeof sandbox.outputs) => outputs.filter((_, i) => !except.has(i));
        expect(pick(sandbox.outputs), 'printed output').toEqual(pick(native.outputs));
      }
    });
  }
});
