/** The `roadbook` command: `npm run -s roadbook -- <command>`. */
import { COMMANDS } from './registry';
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), COMMANDS, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  stdin: process.stdin,
});
