/**
 * The git sandbox as an app service: named sandboxes under `<dataDir>/git-sandboxes/`, one
 * live session each. Transports (the API, later) call these methods; nothing here knows
 * about Electron.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sandboxError } from './errors';
import { SandboxSession, type OutputChunk } from './session';
import { repoSnapshot, type RepoSnapshot } from './snapshot';

export const SANDBOX_NAME_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export interface SandboxRunResult {
  readonly exitCode: number;
  readonly output: readonly OutputChunk[];
  readonly cleared: boolean;
  readonly snapshot: RepoSnapshot;
}

export interface GitSandboxService {
  list(): string[];
  /** Creates an empty sandbox folder (no repository yet) and returns its snapshot. */
  create(name: string): RepoSnapshot;
  /** Deletes a sandbox and everything in it. */
  remove(name: string): void;
  run(name: string, line: string): Promise<SandboxRunResult>;
  snapshot(name: string): RepoSnapshot;
  readFile(name: string, filePath: string): string;
  /** Saves a file from the editor (the same jail and caps as `echo > file`). */
  writeFile(name: string, filePath: string, content: string): RepoSnapshot;
}

export function createGitSandboxService(options: { dataDir: string; clock?: number }): GitSandboxService {
  const root = path.join(options.dataDir, 'git-sandboxes');
  const sessions = new Map<string, SandboxSession>();
  const dirOf = (name: string) => {
    if (!SANDBOX_NAME_RE.test(name)) throw sandboxError(`sandbox: '${name}' is not a valid sandbox name (lowercase letters, digits, - and _)`);
    return path.join(root, name);
  };
  const session = (name: string): SandboxSession => {
    const dir = dirOf(name);
    if (!fs.existsSync(dir)) throw sandboxError(`sandbox: there is no sandbox named '${name}'`);
    let s = sessions.get(name);
    if (!s) {
      s = new SandboxSession({ dir, ...(options.clock !== undefined ? { clock: options.clock } : {}) });
      sessions.set(name, s);
    }
    return s;
  };
  return {
    list: () => (fs.existsSync(root) ? fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && SANDBOX_NAME_RE.test(d.name)).map((d) => d.name).sort() : []),
    create(name) {
      fs.mkdirSync(dirOf(name), { recursive: true });
      return repoSnapshot(session(name).context());
    },
    remove(name) {
      const dir = dirOf(name);
      sessions.delete(name);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    async run(name, line) {
      const s = session(name);
      const result = await s.run(line);
      return { exitCode: result.exitCode, output: result.output, cleared: result.cleared, snapshot: repoSnapshot(s.context()) };
    },
    snapshot: (name) => repoSnapshot(session(name).context()),
    readFile: (name, filePath) => session(name).readFile(filePath),
    writeFile(name, filePath, content) {
      const s = session(name);
      s.writeFile(filePath, content);
      return repoSnapshot(s.context());
    },
  };
}
