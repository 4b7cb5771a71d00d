/**
 * How the runner host starts its child processes. The host only needs a process it can send
 * one job to, hear from, and kill; this file holds that interface, the Node implementation
 * (child_process.fork of the runner script with the current Node binary, used by the web host,
 * the CLI and the tests) and the isolation flags every child gets. The desktop app passes an
 * Electron utilityProcess-based spawner instead (electron/main/utility-process-spawner.ts):
 * packaged Electron cannot act as plain Node (the runAsNode fuse is off).
 */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunnerExit {
  readonly code: number | null;
  readonly signal: string | null;
}

/** One started runner child. */
export interface RunnerProcess {
  readonly pid: number | undefined;
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (exit: RunnerExit) => void): void;
  /** The end of what the child wrote to stderr, for telling a crash from running out of memory. */
  stderrTail(): string;
  kill(): void;
}

export interface SpawnRequest {
  readonly scriptPath: string;
  /** Node/V8 flags: heap size, no code generation from strings, permission model. */
  readonly execArgv: readonly string[];
  /** The child's whole environment: nothing of the app's (no tokens, no paths) is passed on. */
  readonly env: Readonly<Record<string, string>>;
}

export type SpawnRunner = (request: SpawnRequest) => RunnerProcess;

/** Where the runner's files are. The desktop build passes its own (bundled) locations. */
export interface RunnerFiles {
  readonly scriptPath: string;
  /** node_modules/sql.js/dist: sql-wasm.js and sql-wasm.wasm. */
  readonly sqlJsDist: string;
}

export function defaultRunnerFiles(): RunnerFiles {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const require = createRequire(import.meta.url);
  return {
    scriptPath: path.join(here, 'sandbox', 'runner-child.mjs'),
    sqlJsDist: path.dirname(require.resolve('sql.js')),
  };
}

export const SQL_DIST_ENV = 'ROADBOOK_SQLJS_DIST';
const STDERR_TAIL = 4096;

/**
 * The permission-model flag for a Node version: `--permission` from 22.13 and 23.5 on,
 * `--experimental-permission` on 20.x–22.12, none before 20.
 */
export function permissionFlag(nodeVersion: string): string | undefined {
  const [major = 0, minor = 0] = nodeVersion.replace(/^v/, '').split('.').map(Number);
  if (major >= 24 || (major === 23 && minor >= 5) || (major === 22 && minor >= 13)) return '--permission';
  if (major >= 20) return '--experimental-permission';
  return undefined;
}

export interface IsolationOptions {
  readonly files: RunnerFiles;
  readonly heapMb: number;
  /** The Node version the child will run on (Electron's for a utility process). */
  readonly nodeVersion: string;
  /** Turn the permission model off, for a runtime where it is known not to work. */
  readonly permissionModel?: boolean;
}

/** The flags that fence the child in. Each one is a separate layer; the vm context is another. */
export function isolationArgs(options: IsolationOptions): string[] {
  const args = [
    `--max-old-space-size=${options.heapMb}`,
    // Closes the classic vm escape (reaching the host's Function through a host object) and eval.
    '--disallow-code-generation-from-strings',
    '--no-warnings',
  ];
  const flag = options.permissionModel === false ? undefined : permissionFlag(options.nodeVersion);
  if (flag) {
    // Read access to the runner's own folder and the SQL engine only. No write, child process or worker access.
    args.push(flag, `--allow-fs-read=${path.dirname(options.files.scriptPath)}${path.sep}*`, `--allow-fs-read=${options.files.sqlJsDist}${path.sep}*`);
  }
  return args;
}

/** A minimal environment: on Windows Node needs SystemRoot to start; nothing else is passed. */
export function childEnv(files: RunnerFiles): Record<string, string> {
  const env: Record<string, string> = { [SQL_DIST_ENV]: files.sqlJsDist };
  if (process.platform === 'win32' && process.env.SystemRoot) env.SystemRoot = process.env.SystemRoot;
  return env;
}

/** child_process.fork with the current Node binary: the web host, the CLI and the tests. */
export const forkSpawner: SpawnRunner = (request) => {
  const child = fork(request.scriptPath, [], {
    execPath: process.execPath,
    execArgv: [...request.execArgv],
    env: { ...request.env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'json',
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL);
  });
  // A child that dies mid-send must not raise in the host.
  child.on('error', () => {});
  return {
    pid: child.pid,
    send: (message) => {
      if (child.connected) child.send(message as object, (error) => void error);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', (code, signal) => listener({ code, signal })),
    stderrTail: () => stderr,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
};
