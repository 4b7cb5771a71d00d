/**
 * Runs a script of sandbox commands (one per line) in a folder: what `roadbook sandbox`
 * does with standard input, and what the differential tests call in-process.
 */
import { SandboxSession, type OutputChunk } from './session';

export interface ScriptOptions {
  readonly dir: string;
  /** With T, the i-th command run (0-based) writes dates T + i, UTC. */
  readonly clock?: number;
  /** Called with each command's output as it is produced. */
  readonly onOutput?: (chunk: OutputChunk) => void;
}

export interface ScriptResult {
  /** 0 when every command succeeded, 1 when any failed. */
  readonly exitCode: number;
  /** Exit code of each command run, in order. */
  readonly codes: readonly number[];
  readonly output: readonly OutputChunk[];
  /** Standard output and error of each command run, in order. */
  readonly perCommand: readonly { readonly stdout: string; readonly stderr: string }[];
  readonly session: SandboxSession;
}

export async function runSandboxScript(lines: Iterable<string> | AsyncIterable<string>, options: ScriptOptions): Promise<ScriptResult> {
  const session = new SandboxSession({ dir: options.dir, ...(options.clock !== undefined ? { clock: options.clock } : {}) });
  const codes: number[] = [];
  const output: OutputChunk[] = [];
  const perCommand: { stdout: string; stderr: string }[] = [];
  for await (const line of lines) {
    const result = await session.run(line);
    if (!result.ran) continue;
    codes.push(result.exitCode);
    perCommand.push({
      stdout: result.output.filter((c) => c.stream === 'stdout').map((c) => c.text).join(''),
      stderr: result.output.filter((c) => c.stream === 'stderr').map((c) => c.text).join(''),
    });
    for (const chunk of result.output) {
      output.push(chunk);
      options.onOutput?.(chunk);
    }
  }
  return { exitCode: codes.some((c) => c !== 0) ? 1 : 0, codes, output, perCommand, session };
}
