/** Starts the real web host (`electron/web-host/main.ts`) as a child process, like `npm run web`. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface RunningHost {
  readonly url: string;
  readonly origin: string;
  readonly process: ChildProcess;
  readonly stderr: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Spawns Node with `args` (a web host entry and its flags) and waits for the one line the host
 * prints, `Roadbook is running at <url>`. Rejects if it exits first or takes over 30 s.
 */
export async function launchHost(args: readonly string[]): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ROADBOOK_DATA_DIR: '' } });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start in time:\n${stderr}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^Roadbook is running at (\S+)$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`web host exited (${signal ?? code}) before it started:\n${stderr}`));
    });
  });
  return { child, url, stderr: () => stderr };
}

export async function startHost(dataDir: string, extraArgs: readonly string[] = []): Promise<RunningHost> {
  const { child, url, stderr } = await launchHost(['--import', 'tsx', 'electron/web-host/main.ts', '--port', '0', '--data-dir', dataDir, '--no-open', ...extraArgs]);
  return {
    url,
    origin: new URL(url).origin,
    process: child,
    stderr,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}
