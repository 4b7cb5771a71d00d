/**
 * Where sandbox commands are registered. `git <name>` looks up a GitCommand; any other
 * program name (`teammate`, …) looks up a Program. Command files call the register
 * functions at import time; commands/all.ts imports every command file (add one line there).
 */
import type { SandboxContext } from './context';

export interface GitCommand {
  /** The subcommand: 'commit', 'merge', … */
  readonly name: string;
  /** One line for `help`. */
  readonly summary: string;
  /** git-style usage, printed by `help git <name>` and on usage errors. */
  readonly usage: string;
  /**
   * True when this invocation cannot change anything, so `undo` needs no snapshot
   * (e.g. `git branch` with no arguments). Omit when the command may write.
   */
  readonly readOnly?: (args: readonly string[]) => boolean;
  /** Whether the command needs an existing repository (default true). */
  readonly needsRepo?: boolean;
  /**
   * Runs the command. Print with ctx.out / ctx.err; return the exit code (0 success, 1 for
   * `error:`, 128 for `fatal:`), or throw a CommandError from errors.ts.
   */
  run(ctx: SandboxContext, args: readonly string[]): Promise<number> | number;
}

export interface Program {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly readOnly?: (args: readonly string[]) => boolean;
  run(ctx: SandboxContext, args: readonly string[]): Promise<number> | number;
}

const gitCommands = new Map<string, GitCommand>();
const programs = new Map<string, Program>();

export function registerGitCommand(command: GitCommand): void {
  gitCommands.set(command.name, command);
}

export function registerProgram(program: Program): void {
  programs.set(program.name, program);
}

export function getGitCommand(name: string): GitCommand | undefined {
  return gitCommands.get(name);
}

export function getProgram(name: string): Program | undefined {
  return programs.get(name);
}

export function listGitCommands(): GitCommand[] {
  return [...gitCommands.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function listPrograms(): Program[] {
  return [...programs.values()].sort((a, b) => a.name.localeCompare(b.name));
}
