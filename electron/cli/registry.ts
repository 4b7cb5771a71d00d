/** Every `roadbook` command, in the order `--help` lists them. */
import type { CliCommand } from './command';
import { contentCheck } from './commands/content-check';
import { paths } from './commands/paths';

export const COMMANDS: readonly CliCommand[] = [contentCheck, paths];
