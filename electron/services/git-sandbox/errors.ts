/**
 * Errors a sandbox command raises. The runner prints `lines` to stderr and exits with
 * `exitCode`, the way git does: `fatal:` is 128, `error:` is usually 1, usage is 129.
 */
export class CommandError extends Error {
  constructor(
    readonly lines: readonly string[],
    readonly exitCode: number,
  ) {
    super(lines.join('\n'));
    this.name = 'CommandError';
  }
}

/** `fatal: <message>` (exit 128), optionally followed by `hint:` lines. */
export function fatal(message: string, hints: readonly string[] = []): CommandError {
  return new CommandError([`fatal: ${message}`, ...hints.map(hintLine)], 128);
}

/** `error: <message>` (exit 1 unless told otherwise), optionally followed by more lines. */
export function gitError(message: string, more: readonly string[] = [], exitCode = 1): CommandError {
  return new CommandError([`error: ${message}`, ...more], exitCode);
}

/** A usage mistake (exit 129), like git's option parser. */
export function usageError(message: string, usage?: string): CommandError {
  return new CommandError([`error: ${message}`, ...(usage ? [`usage: ${usage}`] : [])], 129);
}

/** A message from the sandbox itself (not git): a refused path, a limit, an unknown program. */
export function sandboxError(message: string, exitCode = 1): CommandError {
  return new CommandError([message], exitCode);
}

export function hintLine(text: string): string {
  return text === '' ? 'hint:' : `hint: ${text}`;
}

export function isCommandError(error: unknown): error is CommandError {
  return error instanceof CommandError;
}
