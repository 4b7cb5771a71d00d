/** A sandbox session in a fresh temp folder, and a helper that runs lines and returns the text. */
import { afterEach } from 'vitest';
import { SandboxSession, type SessionOptions } from '../../../electron/services/git-sandbox/session';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

const made: string[] = [];
afterEach(() => {
  while (made.length) removeDir(made.pop()!);
});

export interface Harness {
  readonly session: SandboxSession;
  readonly dir: string;
  /** Runs lines; returns the last one's combined output and exit code. */
  run(...lines: string[]): Promise<{ out: string; err: string; code: number }>;
}

/** A session in a fresh temp folder (removed after the test), or in `options.dir` when given. */
export function sandbox(options: Partial<SessionOptions> = {}): Harness {
  const dir = options.dir ?? makeTempDir('roadbook-sandbox-');
  if (!options.dir) made.push(dir);
  const session = new SandboxSession({ dir, clock: 1_700_000_000, ...options });
  return {
    session,
    dir,
    async run(...lines) {
      let last = { out: '', err: '', code: 0 };
      for (const line of lines) {
        const result = await session.run(line);
        last = {
          out: result.output.filter((c) => c.stream === 'stdout').map((c) => c.text).join(''),
          err: result.output.filter((c) => c.stream === 'stderr').map((c) => c.text).join(''),
          code: result.exitCode,
        };
      }
      return last;
    },
  };
}
