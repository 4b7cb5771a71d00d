/**
 * The real web host for the reliability tests, started many times. It is bundled once with
 * esbuild (same source, same dependencies, no tsx compile at each start) so fifty starts stay
 * fast. The bundle sits two folders below the project root, where the web host's own
 * project-root lookup expects its source file to be.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { launchHost } from '../e2e/web-host-process';

export interface Host {
  readonly port: number;
  readonly token: string;
  readonly process: ChildProcess;
  readonly exited: Promise<NodeJS.Signals | number | null>;
}

/**
 * Builds the bundle into a private folder and returns its path; call `cleanup` when done.
 * The folder also holds a one-page static site, so these tests need no renderer build.
 */
export async function bundleWebHost(): Promise<{ file: string; staticDir: string; cleanup: () => void }> {
  const dir = path.join(PROJECT_ROOT, 'node_modules', `.roadbook-reliability-${process.pid}`);
  const file = path.join(dir, 'web-host.mjs');
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Roadbook</title>');
  await build({
    entryPoints: [path.join(PROJECT_ROOT, 'electron', 'web-host', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: file,
    logLevel: 'silent',
  });
  return { file, staticDir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function startHost(bundle: { file: string; staticDir: string }, dataDir: string): Promise<Host> {
  const { child, url } = await launchHost([bundle.file, '--port', '0', '--data-dir', dataDir, '--no-open', '--static-dir', bundle.staticDir]);
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.signalCode ?? child.exitCode);
    else child.once('exit', (code, signal) => resolve(signal ?? code));
  });
  const parsed = new URL(url);
  return { port: Number(parsed.port), token: /token=([^&]+)/.exec(parsed.hash)![1]!, process: child, exited };
}

/** One API call; resolves to the envelope, or rejects when the connection dies (a killed host). */
export async function call(host: Host, channel: string, input: unknown = {}): Promise<{ ok: boolean; value?: unknown; error?: unknown }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Roadbook-Token': host.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

export async function stop(host: Host, signal: NodeJS.Signals = 'SIGTERM'): Promise<NodeJS.Signals | number | null> {
  if (host.process.exitCode === null && host.process.signalCode === null) host.process.kill(signal);
  return host.exited;
}
