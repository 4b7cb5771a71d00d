/**
 * Free-play sandboxes on disk: one folder per sandbox under `<dataDir>/sandboxes/`, its name
 * checked by the contract's schema before it gets here (letters, digits, - and _ only).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SandboxSummary } from '../../shared/git-view';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

/**
 * The real folder of sandbox `name` under `<dataDir>/sandboxes`, or undefined when the name is
 * not a sandbox name, the folder is missing, or it resolves (through a link) anywhere else.
 * "Open folder" on the desktop hands only this path to the OS.
 */
export function resolveSandboxFolder(dataDir: string, name: unknown): string | undefined {
  if (typeof name !== 'string' || !NAME.test(name)) return undefined;
  try {
    const root = fs.realpathSync(path.join(dataDir, 'sandboxes'));
    const dir = fs.realpathSync(path.join(root, name));
    if (path.dirname(dir) !== root || !fs.statSync(dir).isDirectory()) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

export class SandboxFolders {
  constructor(readonly root: string) {}

  dirOf(name: string): string {
    if (!NAME.test(name)) throw new Error(`"${name}" is not a sandbox name.`);
    return path.join(this.root, name);
  }

  exists(name: string): boolean {
    return fs.existsSync(this.dirOf(name));
  }

  /** Newest first. */
  list(): SandboxSummary[] {
    if (!fs.existsSync(this.root)) return [];
    return fs
      .readdirSync(this.root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && NAME.test(entry.name))
      .map((entry) => ({ name: entry.name, modifiedAt: Math.floor(fs.statSync(path.join(this.root, entry.name)).mtimeMs) }))
      .sort((a, b) => b.modifiedAt - a.modifiedAt || a.name.localeCompare(b.name));
  }

  create(name: string): void {
    if (this.taken(name)) throw new Error(`A sandbox called "${name}" already exists. Pick another name.`);
    fs.mkdirSync(this.dirOf(name), { recursive: true });
  }

  rename(from: string, to: string): void {
    this.require(from);
    if (from === to) return;
    if (this.taken(to) && from.toLowerCase() !== to.toLowerCase()) throw new Error(`A sandbox called "${to}" already exists. Pick another name.`);
    fs.renameSync(this.dirOf(from), this.dirOf(to));
  }

  /** Empties the sandbox: the folder stays, everything in it goes. */
  reset(name: string): void {
    this.require(name);
    const dir = this.dirOf(name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }

  delete(name: string): void {
    this.require(name);
    fs.rmSync(this.dirOf(name), { recursive: true, force: true });
  }

  require(name: string): void {
    if (!this.exists(name)) throw new Error(`There is no sandbox called "${name}". It may have been renamed or deleted.`);
  }

  /** Case-insensitive, so two names never share a folder on macOS or Windows. */
  private taken(name: string): boolean {
    return this.list().some((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}
