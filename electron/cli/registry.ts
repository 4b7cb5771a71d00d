/** Every `roadbook` command, in the order `--help` lists them. */
import type { CliCommand } from './command';
import { contentCheck } from './commands/content-check';
import { exerciseList, exerciseRun, exerciseVerify } from './commands/exercise';
import { levelCheck, levelList, levelSetup } from './commands/level';
import { paths } from './commands/paths';
import { progressCheck, progressExport } from './commands/progress';
import { sandbox } from './commands/sandbox';

export const COMMANDS: readonly CliCommand[] = [contentCheck, paths, exerciseList, exerciseRun, exerciseVerify, sandbox, levelList, levelSetup, levelCheck, progressExport, progressCheck];
