/**
 * `.git/config` in git's INI dialect: `[section]` / `[section "sub"]`, `key = value`.
 * Section and key names are case-insensitive, subsections are not. Writes keep every
 * other line as it was, like `git config` does.
 */
import type { SandboxFs } from '../jail';

export interface ConfigEntry {
  readonly key: string; // 'user.name', 'remote.origin.url', 'alias.co'
  readonly value: string;
}

interface Line {
  text: string;
  section?: string; // normalised 'remote.origin'
  key?: string; // full normalised key
  value?: string;
}

function normaliseSection(name: string, sub?: string): string {
  return sub === undefined ? name.toLowerCase() : `${name.toLowerCase()}.${sub}`;
}

/** 'Remote.origin.URL' → 'remote.origin.url' (the middle part keeps its case). */
export function normaliseKey(key: string): string {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  if (first === -1) return key.toLowerCase();
  if (first === last) return key.toLowerCase();
  return `${key.slice(0, first).toLowerCase()}${key.slice(first, last)}.${key.slice(last + 1).toLowerCase()}`;
}

function parseValue(raw: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '"') quoted = !quoted;
    else if (c === '\\' && i + 1 < raw.length) {
      const n = raw[++i]!;
      out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
    } else if ((c === '#' || c === ';') && !quoted) break;
    else out += c;
  }
  return quoted ? out : out.trim();
}

function formatValue(value: string): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return /^\s|\s$|[#;]/.test(value) ? `"${escaped}"` : escaped;
}

export class GitConfig {
  private lines: Line[] = [];

  constructor(
    private readonly fs: SandboxFs,
    private readonly file: string,
  ) {
    this.reload();
  }

  reload(): void {
    const text = this.fs.tryReadText(this.file) ?? '';
    this.lines = [];
    let section: string | undefined;
    const rawLines = text.split('\n');
    if (rawLines.at(-1) === '') rawLines.pop();
    for (const raw of rawLines) {
      const header = /^\s*\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(raw);
      if (header) {
        const name = header[1]!;
        const dot = name.indexOf('.');
        section = header[2] !== undefined ? normaliseSection(name, header[2].replace(/\\(.)/g, '$1')) : dot === -1 ? name.toLowerCase() : normaliseSection(name.slice(0, dot), name.slice(dot + 1));
        this.lines.push({ text: raw, section });
        continue;
      }
      const kv = /^\s*([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(raw);
      if (kv && section !== undefined) {
        this.lines.push({ text: raw, section, key: `${section}.${kv[1]!.toLowerCase()}`, value: kv[2] === undefined ? 'true' : parseValue(kv[2]) });
      } else {
        this.lines.push({ text: raw, section });
      }
    }
  }

  get(key: string): string | undefined {
    const k = normaliseKey(key);
    let found: string | undefined;
    for (const line of this.lines) if (line.key === k) found = line.value;
    return found;
  }

  getAll(key: string): string[] {
    const k = normaliseKey(key);
    return this.lines.filter((l) => l.key === k).map((l) => l.value!);
  }

  /** Every entry in file order. */
  entries(): ConfigEntry[] {
    return this.lines.filter((l) => l.key !== undefined).map((l) => ({ key: l.key!, value: l.value! }));
  }

  /** Subsection names of a section: `subsections('remote')` → ['origin']. */
  subsections(section: string): string[] {
    const prefix = `${section.toLowerCase()}.`;
    const out = new Set<string>();
    for (const line of this.lines) {
      if (line.section?.startsWith(prefix) && line.key === undefined) out.add(line.section.slice(prefix.length));
    }
    return [...out];
  }

  /** Sets (replacing the last occurrence) or adds a value, then saves. */
  set(key: string, value: string): void {
    const k = normaliseKey(key);
    const last = k.lastIndexOf('.');
    const section = k.slice(0, last);
    const name = key.slice(key.lastIndexOf('.') + 1);
    const text = `\t${name} = ${formatValue(value)}`;
    let index = -1;
    this.lines.forEach((l, i) => {
      if (l.key === k) index = i;
    });
    if (index >= 0) {
      this.lines[index] = { text, section, key: k, value };
    } else {
      let insertAt = -1;
      this.lines.forEach((l, i) => {
        if (l.section === section) insertAt = i;
      });
      if (insertAt === -1) {
        const first = section.indexOf('.');
        const header = first === -1 ? `[${section}]` : `[${section.slice(0, first)} "${section.slice(first + 1).replace(/"/g, '\\"')}"]`;
        this.lines.push({ text: header, section });
        insertAt = this.lines.length - 1;
      }
      this.lines.splice(insertAt + 1, 0, { text, section, key: k, value });
    }
    this.save();
  }

  /** Removes every value of `key`; returns how many were removed. */
  unset(key: string): number {
    const k = normaliseKey(key);
    const before = this.lines.length;
    this.lines = this.lines.filter((l) => l.key !== k);
    const removed = before - this.lines.length;
    if (removed) this.save();
    return removed;
  }

  /** Removes a whole section such as `remote.origin` or `branch.topic`. */
  removeSection(section: string): boolean {
    const s = normaliseKey(`${section}.x`).slice(0, -2);
    const before = this.lines.length;
    this.lines = this.lines.filter((l) => l.section !== s);
    if (before === this.lines.length) return false;
    this.save();
    return true;
  }

  /** Renames a section, e.g. `branch.old` → `branch.new` when a branch is renamed. */
  renameSection(from: string, to: string): void {
    const f = normaliseKey(`${from}.x`).slice(0, -2);
    const t = normaliseKey(`${to}.x`).slice(0, -2);
    let changed = false;
    for (const line of this.lines) {
      if (line.section !== f) continue;
      changed = true;
      line.section = t;
      if (line.key) line.key = `${t}.${line.key.slice(f.length + 1)}`;
      else {
        const first = t.indexOf('.');
        line.text = first === -1 ? `[${t}]` : `[${t.slice(0, first)} "${t.slice(first + 1)}"]`;
      }
    }
    if (changed) this.save();
  }

  private save(): void {
    const text = this.lines.map((l) => l.text).join('\n');
    this.fs.writeFileAtomic(this.file, text.endsWith('\n') || text === '' ? text : `${text}\n`);
  }
}

/** What `git init` writes, the same lines as git 2.x on Linux. */
export const INITIAL_CONFIG = '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n';
