/**
 * `npm run bench`: runs every suite, prints a table and writes bench-results.json at the
 * project root. Later capabilities add suites to SUITES.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { exerciseRuns } from './exercises';
import type { BenchSuite, Metrics } from './metrics';
import { gitSandbox } from './git-sandbox';
import { webLoad } from './web-load';

const SUITES: readonly BenchSuite[] = [webLoad, gitSandbox, exerciseRuns];

execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'pipe', cwd: PROJECT_ROOT });

const results: Metrics = {};
for (const suite of SUITES) {
  process.stderr.write(`running ${suite.name}…\n`);
  Object.assign(results, await suite.run());
}

const rows = Object.entries(results).map(([name, m]) => [
  name,
  `${m.value} ${m.unit}`,
  m.reference === undefined ? '' : `${m.reference} ${m.unit}`,
  m.ratio === undefined ? '' : `${m.ratio}×`,
]);
const header = ['metric', 'value', 'reference', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

fs.writeFileSync(path.join(PROJECT_ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten to bench-results.json');
