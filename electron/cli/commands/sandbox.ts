/**
 * `roadbook sandbox --dir <dir> [--clock <unix-seconds>]`: runs git-sandbox commands read from
 * standard input, one per line, and prints their output as a terminal would.
 */
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { runSandboxScript } from '../../services/git-sandbox/script';
import type { CliCommand } from '../command';

export const sandbox: CliCommand = {
  name: ['sandbox'],
  summary: 'run git sandbox commands from standard input in a folder',
  usage: 'roadbook sandbox --dir <dir> [--clock <unix-seconds>]',
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { dir: { type: 'string' }, clock: { type: 'string' } }, strict: true });
    if (!values.dir) throw new Error('--dir is required');
    let clock: number | undefined;
    if (values.clock !== undefined) {
      if (!/^\d+$/.test(values.clock)) throw new Error(`--clock takes whole seconds since 1970, not '${values.clock}'`);
      clock = Number(values.clock);
    }
    const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
    const result = await runSandboxScript(lines, {
      dir: values.dir,
      ...(clock !== undefined ? { clock } : {}),
      onOutput: (chunk) => (chunk.stream === 'stdout' ? process.stdout : process.stderr).write(chunk.text),
    });
    return result.exitCode;
  },
};
