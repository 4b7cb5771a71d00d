#!/usr/bin/env node
/**
 * Runs Doyensec's Electronegativity over the built desktop app and fails on any finding
 * at medium severity or above (the tool itself exits 0 whatever it finds).
 *
 * Usage: node scripts/electronegativity.mjs   (after `npx electron-vite build`)
 *
 * What is scanned, and why: a staging copy of
 *   - out/main/index.js       the whole main process as it ships (window, IPC gate, guards);
 *   - out/preload/index.cjs   copied as .js, because the scanner only reads .js/.ts/.html;
 *   - out/renderer/index.html the page and its CSP meta tag (the same policy the app
 *                             protocol sends as a header), for the CSP checks;
 *   - package.json            the Electron version (checks depend on its defaults) and
 *                             the npm scripts (dangerous Chromium flags).
 * The renderer's JavaScript bundle is left out on purpose: it is React and our UI in a
 * sandboxed, context-isolated page with no Electron API, so the main-process checks only
 * turn minified library code into noise there.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const FAILING_SEVERITIES = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/**
 * Findings reviewed and accepted. Each names its check, where it may appear and how often,
 * so a new occurrence (a second openExternal call, a preload on another window) still fails.
 */
const ACCEPTED = [
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'main/index.js',
    max: 1,
    reason:
      'Flags every BrowserWindow that has a preload, asking for a manual review. Ours was reviewed: it exposes ' +
      'frozen, named API methods only (electron/preload/index.ts), never ipcRenderer or a generic invoke.',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/index.js',
    max: 1,
    reason:
      'Flags any shell.openExternal with a non-constant URL. There is exactly one call, in openExternalSafely ' +
      '(electron/main/external-links.ts), behind safeExternalUrl: http(s) only, a hostname, no credentials.',
  },
];

function stage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-electronegativity-'));
  const copies = [
    ['out/main/index.js', 'main/index.js'],
    ['out/preload/index.cjs', 'preload/index.js'],
    ['out/renderer/index.html', 'renderer/index.html'],
    ['package.json', 'package.json'],
  ];
  for (const [from, to] of copies) {
    const source = path.join(ROOT, from);
    if (!fs.existsSync(source)) {
      fs.rmSync(dir, { recursive: true, force: true });
      console.error(`electronegativity: ${from} is missing; run "npx electron-vite build" first.`);
      process.exit(1);
    }
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    fs.copyFileSync(source, path.join(dir, to));
  }
  return dir;
}

async function scan(dir) {
  const run = require('@doyensec/electronegativity');
  const electronVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
  // The tool prints progress chatter (and a note when it cannot fetch translations
  // offline) through console.log; keep it for when the scan itself fails.
  const chatter = [];
  const originalLog = console.log;
  console.log = (...args) => chatter.push(args.join(' '));
  try {
    return await run({
      input: dir,
      isRelative: true,
      isVerbose: false,
      customScan: [],
      excludeFromScan: [],
      parserPlugins: [],
      electronVersionOverride: electronVersion,
    });
  } catch (error) {
    console.log = originalLog;
    for (const line of chatter) console.error(line);
    throw error;
  } finally {
    console.log = originalLog;
  }
}

function isAccepted(issue, counts) {
  const rule = ACCEPTED.find((entry) => entry.id === issue.id && entry.file === issue.file);
  if (!rule) return false;
  const seen = (counts.get(rule) ?? 0) + 1;
  counts.set(rule, seen);
  return seen <= rule.max;
}

const dir = stage();
try {
  const result = await scan(dir);
  for (const error of result.errors.filter((e) => !e.tolerable)) {
    console.error(`electronegativity: could not parse ${path.relative(dir, error.file)}: ${error.message}`);
  }
  const counts = new Map();
  const atMediumOrAbove = result.issues.filter((issue) => FAILING_SEVERITIES.has(issue.severity.name));
  const failing = atMediumOrAbove.filter((issue) => !isAccepted(issue, counts));
  for (const issue of failing) {
    const where = issue.file === 'N/A' ? 'whole app' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
    console.error(`  ${issue.severity.name} ${issue.id} at ${where}: ${issue.description} (${issue.shortenedURL})`);
  }
  const accepted = atMediumOrAbove.length - failing.length;
  console.log(`electronegativity: ${failing.length} findings at medium or above${accepted ? ` (${accepted} reviewed and accepted, see ACCEPTED in scripts/electronegativity.mjs)` : ''}`);
  process.exitCode = failing.length > 0 || result.errors.some((e) => !e.tolerable) ? 1 : 0;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
