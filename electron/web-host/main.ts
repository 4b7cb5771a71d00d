/**
 * `npm run web`: serves Roadbook to a browser on 127.0.0.1.
 * Prints exactly one line on success: `Roadbook is running at <url>`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../services/dispatch';
import { createServices } from '../services/index';
import { resolveDataDir } from '../services/paths';
import { confBackend } from '../services/progress/store-backend';
import { APP_VERSION, CONTENT_DIR, RENDERER_BUILD_DIR } from '../services/project-paths';
import { startWebHost } from './server';

const USAGE = `Usage: npm run web -- [--port <n>] [--data-dir <dir>] [--no-open]

  --port <n>        port on 127.0.0.1 (default: a free port)
  --data-dir <dir>  where progress is kept (default: ROADBOOK_DATA_DIR, then the desktop app's folder)
  --no-open         do not open the system browser`;

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        'static-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const port = args.port === undefined ? 0 : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535, not "${args.port}".`);
  const staticDir = path.resolve(args['static-dir'] ?? RENDERER_BUILD_DIR);
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    fail(`The app is not built yet (${staticDir} has no index.html). Run "npm run web", which builds it first.`);
  }

  const log = (message: string) => process.stderr.write(`[roadbook] ${message}\n`);
  const dataDir = resolveDataDir(args['data-dir']);
  const services = createServices({ runtime: 'web', version: APP_VERSION, dataDir, contentDir: CONTENT_DIR, backendFactory: confBackend, log });
  let host;
  try {
    host = await startWebHost({ dispatch: createDispatcher(services.impl, log), staticDir, port, log });
  } catch (error) {
    services.close();
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'EADDRINUSE' ? `Port ${port} is already in use; pick another with --port or leave it out.` : (error as Error).message);
  }
  for (const notice of services.status().notices) log(notice.message);
  console.log(`Roadbook is running at ${host.url}`);
  if (!args['no-open']) openBrowser(host.url);
  // Read the content while the browser loads the page; a problem is reported to the page's own call.
  setImmediate(() => void services.impl.content.roadmap({}).catch(() => {}));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    services.close();
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** Opens the system browser when there is one; silently does nothing otherwise. */
function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser opener on this system: the printed address is enough.
  }
}

function fail(message: string): never {
  process.stderr.write(`roadbook web: ${message}\n`);
  process.exit(2);
}

await main();
