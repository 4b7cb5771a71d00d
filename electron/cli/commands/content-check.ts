/** `roadbook content check`: validates all of content/ and prints a summary line. */
import { parseArgs } from 'node:util';
import { checkContent } from '../../services/content/content-check';
import { CONTENT_DIR } from '../../services/project-paths';
import type { CliCommand } from '../command';

export const contentCheck: CliCommand = {
  name: ['content', 'check'],
  summary: 'validate all content (schema, unique ids, references, minimums) and print the counts',
  usage: 'roadbook content check [--content-dir <dir>]',
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { 'content-dir': { type: 'string' } }, strict: true });
    let report;
    try {
      report = checkContent(values['content-dir'] ?? CONTENT_DIR);
    } catch (error) {
      io.err(`content check failed: ${(error as Error).message}`);
      return 1;
    }
    const { sections, topics, cards, levels, exercises } = report.summary;
    const counts = `${sections} sections, ${topics} topics, ${cards} review cards, ${levels} levels, ${exercises} exercises`;
    if (report.problems.length === 0) {
      io.out(`content ok: ${counts}`);
      return 0;
    }
    io.err(`The content has ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}:`);
    for (const problem of report.problems) io.err(`- ${problem}`);
    io.err(`content has problems: ${counts}`);
    return 1;
  },
};
