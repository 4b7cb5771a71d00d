/**
 * `roadbook progress export` and `roadbook progress check`: the learner's progress from the
 * command line. Both only read: they never touch progress.json, so they are safe to run while
 * the app is open. Importing stays in the app, where it takes a backup first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildExport, countContents, parseExport } from '../../services/progress/export-format';
import { mergeStores, summarizeChanges } from '../../services/progress/merge';
import { emptyStore, migrateStore } from '../../services/progress/migrations';
import { resolveDataDir } from '../../services/paths';
import { APP_VERSION } from '../../services/project-paths';
import { STORE_NAME } from '../../services/progress/progress-service';
import { PROGRESS_STORE, type ProgressStore } from '../../shared/schemas';
import { CHANGE_CATEGORIES, type ChangeSummary } from '../../shared/progress-types';
import type { CliCommand, CliIo } from '../command';

/** The store in a data folder, read without side effects; empty when there is none yet. */
function readStore(dataDir: string): ProgressStore {
  const file = path.join(dataDir, `${STORE_NAME}.json`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyStore();
    throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return PROGRESS_STORE.parse(migrateStore(JSON.parse(text)).store);
  } catch (error) {
    throw new Error(`${file} cannot be loaded (${(error as Error).message.split('\n')[0]}); open Roadbook to have it set aside`, { cause: error });
  }
}

export const progressExport: CliCommand = {
  name: ['progress', 'export'],
  summary: 'write all progress as one Roadbook export file (JSON)',
  usage: 'roadbook progress export [--data-dir <dir>] [--out <file>]',
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { 'data-dir': { type: 'string' }, out: { type: 'string' } }, strict: true });
    const text = buildExport(readStore(resolveDataDir(values['data-dir'])), new Date(), APP_VERSION);
    if (values.out) {
      fs.writeFileSync(values.out, text, { flag: 'wx' });
      io.out(`exported to ${path.resolve(values.out)}`);
    } else {
      io.out(text.trimEnd());
    }
    return 0;
  },
};

function printChanges(io: CliIo, label: string, changes: ChangeSummary): void {
  const rows = CHANGE_CATEGORIES.filter((c) => changes[c].added + changes[c].changed + changes[c].removed > 0);
  io.out(`${label}: ${rows.length === 0 ? 'nothing would change' : rows.map((c) => `${c} +${changes[c].added} ~${changes[c].changed} -${changes[c].removed}`).join(', ')}`);
}

export const progressCheck: CliCommand = {
  name: ['progress', 'check'],
  summary: 'check an export file and show what importing it would change',
  usage: 'roadbook progress check <file> [--data-dir <dir>]',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args: [...args], options: { 'data-dir': { type: 'string' } }, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new Error('give exactly one export file');
    const parsed = parseExport(fs.readFileSync(positionals[0]!, 'utf8'));
    if (!parsed.ok) {
      io.err(`refused: ${parsed.reason}`);
      return 1;
    }
    const current = readStore(resolveDataDir(values['data-dir']));
    const contents = countContents(parsed.store);
    io.out(`a Roadbook export from ${parsed.exportedAt} (format version ${parsed.schemaVersion})`);
    io.out(`holds: ${Object.entries(contents).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    printChanges(io, 'replace', summarizeChanges(current, { ...parsed.store, schemaVersion: current.schemaVersion }));
    printChanges(io, 'merge', summarizeChanges(current, mergeStores(current, parsed.store, parsed.exportedAt)));
    return 0;
  },
};
