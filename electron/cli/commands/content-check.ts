/** `roadbook content check`: validates content/ and prints a summary line. */
import { parseArgs } from 'node:util';
import { ContentError, loadRoadmap } from '../../services/content/roadmap-loader';
import { CONTENT_DIR } from '../../services/project-paths';
import type { CliCommand } from '../command';

export const contentCheck: CliCommand = {
  name: ['content', 'check'],
  summary: 'validate all content (schema, unique ids, references) and print the counts',
  usage: 'roadbook content check [--content-dir <dir>]',
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { 'content-dir': { type: 'string' } }, strict: true });
    try {
      const roadmap = loadRoadmap(values['content-dir'] ?? CONTENT_DIR);
      io.out(`content ok: ${roadmap.sections.length} sections, ${Object.keys(roadmap.topics).length} topics`);
      return 0;
    } catch (error) {
      io.err(error instanceof ContentError ? error.message : `content check failed: ${(error as Error).message}`);
      return 1;
    }
  },
};
