/**
 * A sandbox session: one folder, one current directory, one clock, an undo stack. `run`
 * takes one line as typed, parses it, runs each command and returns what a terminal would
 * show. The CLI, the app service and the tests all go through here.
 */
import path from 'node:path';
import { createRepoHandles, GITDIR, realClock, requireRepo, type Clock, type RepoHandles, type SandboxContext } from './context';
import { CommandError, isCommandError, sandboxError } from './errors';
import { SandboxFs } from './jail';
import { DEFAULT_LIMITS, formatBytes, type SandboxLimits } from './limits';
import { globMatcher, parseCommandLine, type SimpleCommand } from './shell-parser';
import { UndoStack } from './undo';
import { dispatchProgram, isReadOnlyCommand } from './dispatch';

export interface OutputChunk {
  readonly stream: 'stdout' | 'stderr';
  /** Text including its line endings. */
  readonly text: string;
}

export interface RunResult {
  readonly exitCode: number;
  readonly output: readonly OutputChunk[];
  /** The command asked for the screen to be cleared (`clear`). */
  readonly cleared: boolean;
  /** False for blank lines and comments, which do not count as commands. */
  readonly ran: boolean;
}

export interface SessionOptions {
  readonly dir: string;
  /** With a clock T, the i-th command run (0-based) writes dates T + i, UTC. */
  readonly clock?: number;
  readonly limits?: Partial<SandboxLimits>;
}

export class SandboxSession {
  readonly fs: SandboxFs;
  readonly limits: SandboxLimits;
  cwd = '';
  private commandsRun = 0;
  private handles: RepoHandles | undefined;
  private repoChecked = false;
  private readonly undo: UndoStack;
  private readonly clockBase: number | undefined;

  constructor(options: SessionOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.fs = new SandboxFs(options.dir, this.limits);
    this.undo = new UndoStack(this.fs, this.limits.undoDepth);
    this.clockBase = options.clock;
  }

  get dir(): string {
    return this.fs.root;
  }

  /** How many commands have run (the next one uses clock + this). */
  get commandCount(): number {
    return this.commandsRun;
  }

  private clockFor(index: number): Clock {
    if (this.clockBase === undefined) return realClock();
    const timestamp = this.clockBase + index;
    return { now: () => ({ timestamp, tz: '+0000' }) };
  }

  /** A context for code outside a command (the snapshot API, the editor's file calls). */
  context(output?: (chunk: OutputChunk) => void, onClear?: () => void, clock: Clock = this.clockFor(this.commandsRun)): SandboxContext {
    const emit = output ?? (() => undefined);
    const cwd = { get: () => this.cwd, set: (value: string) => (this.cwd = value) };
    return {
      fs: this.fs,
      dir: this.fs.root,
      gitdir: GITDIR,
      gitdirAbs: path.join(this.fs.root, GITDIR),
      get cwd() {
        return cwd.get();
      },
      set cwd(value: string) {
        cwd.set(value);
      },
      limits: this.limits,
      clock,
      out: (text) => emit({ stream: 'stdout', text: `${text}\n` }),
      write: (text) => emit({ stream: 'stdout', text }),
      err: (text) => emit({ stream: 'stderr', text: `${text}\n` }),
      clearScreen: () => onClear?.(),
      hasRepo: () => this.fs.isFile(`${GITDIR}/HEAD`),
      repo: () => {
        // Checked once per command: commands call repo() thousands of times.
        if (this.handles && this.repoChecked) return this.handles;
        this.handles = requireRepo(this.fs, this.handles);
        this.repoChecked = true;
        return this.handles;
      },
      resetRepo: () => {
        this.handles = createRepoHandles(this.fs);
        this.repoChecked = true;
      },
    };
  }

  /** The line running now; the next waits for it, so a double submit cannot interleave. */
  private running: Promise<unknown> = Promise.resolve();

  /** Runs one line as typed. Never throws: problems come back as stderr and an exit code. */
  run(line: string): Promise<RunResult> {
    const next = this.running.then(() => this.runNow(line));
    this.running = next.catch(() => undefined);
    return next;
  }

  private async runNow(line: string): Promise<RunResult> {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return { exitCode: 0, output: [], cleared: false, ran: false };
    const output: OutputChunk[] = [];
    let bytes = 0;
    let cut = false;
    let cleared = false;
    const sink = (chunk: OutputChunk) => {
      if (cut) return;
      bytes += Buffer.byteLength(chunk.text);
      if (bytes > this.limits.maxOutputBytes) {
        cut = true;
        output.push({ stream: 'stderr', text: `sandbox: output cut here: a command may print at most ${formatBytes(this.limits.maxOutputBytes)}\n` });
        return;
      }
      output.push(chunk);
    };
    const index = this.commandsRun++;
    this.fs.beginCommand();
    this.repoChecked = false;
    this.handles?.config.reload();
    const ctx = this.context(sink, () => (cleared = true), this.clockFor(index));
    let exitCode = 0;
    try {
      if (line.length > this.limits.maxCommandLength) {
        throw sandboxError(`sandbox: the command is ${line.length} characters long; the most accepted is ${this.limits.maxCommandLength}`, 2);
      }
      const chain = parseCommandLine(line);
      if (chain.length === 1 && chain[0]!.command.words[0]?.text === 'undo' && !chain[0]!.command.redirect) {
        return { exitCode: this.runUndo(ctx, chain[0]!.command.words.slice(1).map((w) => w.text)), output, cleared, ran: true };
      }
      const mutating = chain.some((item) => item.command.redirect !== undefined || !isReadOnlyCommand(item.command.words.map((w) => w.text)));
      if (mutating) this.undo.record(trimmed, this.cwd);
      for (const item of chain) {
        if (item.joiner === '&&' && exitCode !== 0) continue;
        if (item.joiner === '||' && exitCode === 0) continue;
        exitCode = await this.runSimple(ctx, item.command, sink);
      }
    } catch (error) {
      exitCode = this.report(error, sink);
    }
    return { exitCode, output, cleared, ran: true };
  }

  private report(error: unknown, sink: (chunk: OutputChunk) => void): number {
    if (isCommandError(error)) {
      for (const text of error.lines) sink({ stream: 'stderr', text: `${text}\n` });
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    sink({ stream: 'stderr', text: `sandbox: the command failed unexpectedly: ${message}\n` });
    return 1;
  }

  private expandGlobs(command: SimpleCommand): string[] {
    const out: string[] = [];
    for (const word of command.words) {
      if (!word.glob || out.length === 0) {
        out.push(word.text);
        continue;
      }
      const matches = this.globMatches(word.text);
      if (matches.length) out.push(...matches);
      else out.push(word.text);
    }
    return out;
  }

  /** Shell-style expansion of `*.txt` or `src/*.js` against the work tree (hidden names skipped). */
  private globMatches(pattern: string): string[] {
    const parts = pattern.split('/');
    let candidates = [''];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const last = i === parts.length - 1;
      const next: string[] = [];
      for (const base of candidates) {
        const dirRel = base === '' ? this.cwd : path.posix.join(this.cwd, base);
        if (!/[*?[]/.test(part)) {
          next.push(base === '' ? part : `${base}/${part}`);
          continue;
        }
        if (!this.fs.isDir(dirRel === '' ? '.' : dirRel)) continue;
        const re = globMatcher(part);
        for (const name of this.fs.readdir(dirRel === '' ? '.' : dirRel)) {
          if (name.startsWith('.') && !part.startsWith('.')) continue;
          if (!re.test(name)) continue;
          const rel = base === '' ? name : `${base}/${name}`;
          if (!last && !this.fs.isDir(path.posix.join(this.cwd, rel))) continue;
          next.push(rel);
        }
      }
      candidates = next;
    }
    return candidates.filter((c) => this.fs.exists(path.posix.join(this.cwd, c)));
  }

  private async runSimple(ctx: SandboxContext, command: SimpleCommand, sink: (chunk: OutputChunk) => void): Promise<number> {
    const argv = this.expandGlobs(command);
    if (!command.redirect) {
      try {
        return await dispatchProgram(ctx, argv);
      } catch (error) {
        return this.report(error, sink);
      }
    }
    const target = this.fs.resolveUserPath(this.cwd, command.redirect.target, 'write');
    if (this.fs.isDir(target)) throw sandboxError(`sandbox: ${command.redirect.target}: is a folder`);
    let captured = '';
    const redirected: SandboxContext = Object.create(ctx, {
      out: { value: (text: string) => (captured += `${text}\n`) },
      write: { value: (text: string) => (captured += text) },
    });
    let code: number;
    try {
      code = await dispatchProgram(redirected, argv);
    } catch (error) {
      code = this.report(error, sink);
    }
    if (command.redirect.append) this.fs.appendFile(target, captured);
    else this.fs.writeFile(target, captured);
    return code;
  }

  private runUndo(ctx: SandboxContext, args: string[]): number {
    if (args.length) throw sandboxError('usage: undo   (steps back over the last command that changed something)', 2);
    const snap = this.undo.restore();
    if (!snap) {
      ctx.out('Nothing to undo.');
      return 0;
    }
    this.cwd = snap.cwd;
    this.handles = undefined;
    this.repoChecked = false;
    ctx.out(`Undid: ${snap.label}`);
    return 0;
  }

  /** Reads a file for the editor (any path inside the sandbox, `.git` included). */
  readFile(filePath: string): string {
    this.fs.beginCommand();
    return this.fs.readText(this.fs.resolveUserPath('', filePath, 'read'));
  }

  /**
   * Saves a file from the editor: the same jail and caps as `echo > file`, and `undo` can
   * take it back.
   */
  writeFile(filePath: string, content: string): void {
    this.fs.beginCommand();
    const rel = this.fs.resolveUserPath('', filePath, 'write');
    if (rel === '' || this.fs.isDir(rel)) throw sandboxError(`sandbox: '${filePath}' is a folder`);
    this.undo.record(`edit ${rel}`, this.cwd);
    this.fs.writeFile(rel, content);
  }

  /** Whether `undo` has something to step back over. */
  get canUndo(): boolean {
    return this.undo.size > 0;
  }
}

export { CommandError };
