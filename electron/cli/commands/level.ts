/**
 * `roadbook level list | setup | check`: the git levels from a terminal. `setup` builds a
 * level's starting repository through the git sandbox; `check` reads a folder and says which
 * parts of the goal are met.
 */
import { parseArgs } from 'node:util';
import { checkLevel, formatGoal, setupLevel } from '../../services/git-levels/level-runner';
import { loadLevels, type Level, type LevelCatalog } from '../../services/git-levels/level-loader';
import { CONTENT_DIR } from '../../services/project-paths';
import type { CliCommand, CliIo } from '../command';

const CONTENT_OPTION = { 'content-dir': { type: 'string' } } as const;

function catalogFrom(dir: string | undefined, io: CliIo): LevelCatalog {
  const catalog = loadLevels(dir ?? CONTENT_DIR);
  for (const problem of catalog.problems) io.err(`problem: ${problem}`);
  return catalog;
}

function pickLevel(args: readonly string[], command: string, io: CliIo): { level?: Level; dir: string } {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { dir: { type: 'string' }, ...CONTENT_OPTION },
    allowPositionals: true,
    strict: true,
  });
  const [id] = positionals;
  if (!id || positionals.length > 1) throw new Error('name one level (see: roadbook level list).');
  if (!values.dir) throw new Error('--dir <dir> is required.');
  const level = catalogFrom(values['content-dir'], io).byId.get(id);
  if (!level) io.err(`roadbook level ${command}: there is no level called "${id}" (see: roadbook level list).`);
  return { level, dir: values.dir };
}

export const levelList: CliCommand = {
  name: ['level', 'list'],
  summary: 'list the git levels in order (ids; --json for id, title, sequence and par)',
  usage: 'roadbook level list [--json] [--content-dir <dir>]',
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean' }, ...CONTENT_OPTION }, strict: true });
    const catalog = catalogFrom(values['content-dir'], io);
    if (values.json) {
      io.out(JSON.stringify(catalog.levels.map((l) => ({ id: l.id, title: l.title, sequence: l.sequence, par: l.par })), null, 2));
    } else {
      for (const level of catalog.levels) io.out(level.id);
    }
    return catalog.problems.length === 0 ? 0 : 1;
  },
};

export const levelSetup: CliCommand = {
  name: ['level', 'setup'],
  summary: "prepare a git level's starting repository in a new or empty folder",
  usage: 'roadbook level setup <id> --dir <dir> [--content-dir <dir>]',
  async run(args, io) {
    const { level, dir } = pickLevel(args, 'setup', io);
    if (!level) return 2;
    await setupLevel(level, dir);
    io.out(`Level "${level.id}" is ready in ${dir}. Par: ${level.par} command${level.par === 1 ? '' : 's'}.`);
    return 0;
  },
};

export const levelCheck: CliCommand = {
  name: ['level', 'check'],
  summary: "check a folder against a git level's goal (exit 0 when met, 1 when not)",
  usage: 'roadbook level check <id> --dir <dir> [--content-dir <dir>]',
  async run(args, io) {
    const { level, dir } = pickLevel(args, 'check', io);
    if (!level) return 2;
    const result = await checkLevel(level, dir);
    const failed = result.results.filter((r) => !r.passed).length;
    io.out(result.met ? `Goal met: ${level.title}` : `Not yet: ${failed} of ${result.results.length} checks to go.`);
    for (const line of formatGoal(result)) io.out(line);
    return result.met ? 0 : 1;
  },
};
