#!/usr/bin/env node
// `npm run web`: builds the app, then serves it on 127.0.0.1 through the web host.
// Arguments are passed to the web host (see electron/web-host/main.ts); --no-build skips the build.
import { spawn, spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const hostArgs = args.filter((arg) => arg !== '--no-build');

if (!skipBuild && !hostArgs.includes('--help') && !hostArgs.includes('-h')) {
  process.stderr.write('Building Roadbook…\n');
  const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}${build.stderr}\nroadbook web: the build failed (output above).\n`);
    process.exit(1);
  }
}

const host = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/main.ts', ...hostArgs], { stdio: 'inherit' });
// The host handles SIGINT/SIGTERM itself (flushing the store); pass them on and wait for it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
