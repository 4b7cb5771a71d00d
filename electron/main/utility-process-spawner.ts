/**
 * Exercise runner children for the desktop app, as Electron utility processes. Packaged
 * Electron cannot act as plain Node (the runAsNode fuse is off in electron-builder.yml), so
 * child_process.fork(process.execPath) would start another Roadbook; a utility process is a
 * Node-enabled child of Chromium's own, with no window, no preload and no app API. It talks
 * only through `postMessage`, which the runner script uses as its `process.parentPort`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { utilityProcess } from 'electron';
import type { RunnerFiles, RunnerProcess, SpawnRunner } from '../services/exercises/spawner';

const STDERR_TAIL = 4096;

export const utilityProcessSpawner: SpawnRunner = (request) => {
  const child = utilityProcess.fork(request.scriptPath, [], {
    execArgv: [...request.execArgv],
    env: { ...request.env },
    stdio: ['ignore', 'ignore', 'pipe'],
    serviceName: 'Roadbook exercise runner',
  });
  let stderr = '';
  let exited = false;
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL);
  });
  child.once('exit', () => {
    exited = true;
  });
  const process: RunnerProcess = {
    get pid() {
      return child.pid;
    },
    send: (message) => {
      if (!exited) child.postMessage(message);
    },
    onMessage: (listener) => child.on('message', listener),
    // Utility processes report only an exit code; a crash by signal shows up as a non-zero code.
    onExit: (listener) => child.once('exit', (code) => listener({ code, signal: null })),
    stderrTail: () => stderr,
    kill: () => {
      if (!exited) child.kill();
    },
  };
  return process;
};

/**
 * A path inside app.asar, rewritten to its copy in app.asar.unpacked (electron-builder.yml's
 * asarUnpack): a child process and Node's permission model see real files only there.
 */
export function unpackedPath(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** Where the desktop build keeps the runner: bundled next to the main process (see electron.vite.config.ts). */
export function desktopRunnerFiles(): RunnerFiles {
  const require = createRequire(import.meta.url);
  return {
    scriptPath: unpackedPath(fileURLToPath(new URL('./exercise-runner.js', import.meta.url))),
    sqlJsDist: unpackedPath(path.dirname(require.resolve('sql.js'))),
  };
}
