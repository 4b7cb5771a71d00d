#!/usr/bin/env node
// `npm test`: the one test command. Runs every check in order, keeps going after a
// failure so one run shows everything, and ends with one summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const node = process.execPath;
const bin = (pkg, file) => `node_modules/${pkg}/${file}`;
fs.mkdirSync('test-results', { recursive: true });

const stages = [
  { name: 'typecheck (node)', cmd: [node, bin('typescript', 'bin/tsc'), '-p', 'tsconfig.node.json', '--noEmit'] },
  { name: 'typecheck (renderer)', cmd: [node, bin('typescript', 'bin/tsc'), '-p', 'tsconfig.web.json', '--noEmit'] },
  { name: 'lint', cmd: [node, bin('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.'] },
  {
    name: 'unit, content and security tests (Vitest)',
    cmd: [node, bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
    counts: () => vitestCounts('test-results/unit.json'),
  },
  { name: 'build', cmd: [node, bin('electron-vite', 'bin/electron-vite.js'), 'build'] },
  { name: 'electronegativity', cmd: [node, 'scripts/electronegativity.mjs'] },
  {
    name: 'end-to-end tests (Playwright, Chromium and Electron)',
    cmd: [node, bin('@playwright/test', 'cli.js'), 'test'],
    env: { ROADBOOK_SKIP_BUILD: '1' },
    counts: () => playwrightCounts('test-results/e2e.json'),
  },
];

const results = [];
for (const stage of stages) {
  const started = Date.now();
  console.log(`\n▶ ${stage.name}`);
  const run = spawnSync(stage.cmd[0], stage.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...stage.env } });
  const ok = run.status === 0;
  const counts = stage.counts?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1; // a runner that crashed before reporting still failed
  results.push({ name: stage.name, ok, seconds: (Date.now() - started) / 1000, ...counts });
}

console.log('\nSummary');
for (const r of results) {
  console.log(`  ${r.ok ? '✓' : '✗'} ${r.name.padEnd(52)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${String(r.skipped).padStart(3)} skipped  ${r.seconds.toFixed(1)}s`);
}
const total = (key) => results.reduce((n, r) => n + r[key], 0);
console.log(`total: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
process.exit(results.every((r) => r.ok) ? 0 : 1);

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function vitestCounts(file) {
  const report = readJson(file);
  if (!report) return { passed: 0, failed: 0, skipped: 0 };
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(file) {
  const stats = readJson(file)?.stats;
  if (!stats) return { passed: 0, failed: 0, skipped: 0 };
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0), skipped: stats.skipped ?? 0 };
}
