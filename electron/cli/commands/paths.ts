/** `roadbook paths`: where Roadbook keeps data and content on this machine. */
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../../services/paths';
import { CONTENT_DIR } from '../../services/project-paths';
import type { CliCommand } from '../command';

export const paths: CliCommand = {
  name: ['paths'],
  summary: 'print the data folder and the content folder in use',
  usage: 'roadbook paths [--data-dir <dir>]',
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { 'data-dir': { type: 'string' } }, strict: true });
    io.out(`data:    ${resolveDataDir(values['data-dir'])}`);
    io.out(`content: ${CONTENT_DIR}`);
    return 0;
  },
};
