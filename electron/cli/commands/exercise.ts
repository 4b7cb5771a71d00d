/**
 * `roadbook exercise list | run | verify`: the exercises from a terminal, with the same loader,
 * harness and limits as the app. `run` and `verify` never touch the learner's progress.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadExercises, summaryOf, type ExerciseCatalog } from '../../services/exercises/exercise-loader';
import { createRunnerHost } from '../../services/exercises/runner-host';
import { runExercise } from '../../services/exercises/run-exercise';
import { verifyExercise } from '../../services/exercises/verify';
import { CONTENT_DIR } from '../../services/project-paths';
import type { CliCommand, CliIo } from '../command';

const CONTENT_OPTION = { 'content-dir': { type: 'string' } } as const;

function catalogFrom(dir: string | undefined, io: CliIo, quiet = false): ExerciseCatalog {
  const catalog = loadExercises(dir ?? CONTENT_DIR);
  if (!quiet) for (const problem of catalog.problems) io.err(`problem: ${problem}`);
  return catalog;
}

export const exerciseList: CliCommand = {
  name: ['exercise', 'list'],
  summary: 'list the exercises (id, kind, difficulty, title)',
  usage: 'roadbook exercise list [--json] [--content-dir <dir>]',
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean' }, ...CONTENT_OPTION }, strict: true });
    const catalog = catalogFrom(values['content-dir'], io);
    const summaries = [...catalog.exercises.values()].map(summaryOf);
    if (values.json) {
      io.out(JSON.stringify(summaries, null, 2));
    } else {
      const width = Math.max(2, ...summaries.map((s) => s.id.length));
      for (const s of summaries) io.out(`${s.id.padEnd(width)}  ${s.kind.padEnd(10)}  ${s.difficulty.padEnd(12)}  ${s.title}`);
      io.out(`${summaries.length} exercise${summaries.length === 1 ? '' : 's'}`);
    }
    return catalog.problems.length === 0 ? 0 : 1;
  },
};

export const exerciseRun: CliCommand = {
  name: ['exercise', 'run'],
  summary: "run an exercise's tests against a file and print the results as JSON",
  usage: 'roadbook exercise run <slug> --solution <file> [--content-dir <dir>]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { solution: { type: 'string' }, ...CONTENT_OPTION },
      allowPositionals: true,
      strict: true,
    });
    const [slug] = positionals;
    if (!slug || positionals.length > 1) throw new Error('name one exercise.');
    if (!values.solution) throw new Error('--solution <file> is required.');
    const exercise = catalogFrom(values['content-dir'], io, true).exercises.get(slug);
    if (!exercise) {
      io.err(`roadbook exercise run: there is no exercise called "${slug}" (see: roadbook exercise list).`);
      return 2;
    }
    let code: string;
    try {
      code = fs.readFileSync(values.solution, 'utf8');
    } catch (error) {
      io.err(`roadbook exercise run: cannot read ${values.solution}: ${(error as Error).message}`);
      return 2;
    }
    const host = createRunnerHost({ keepWarm: false });
    try {
      const result = await runExercise(host, exercise, code);
      io.out(JSON.stringify(result, null, 2));
      return result.status === 'pass' ? 0 : 1;
    } finally {
      host.close();
    }
  },
};

export const exerciseVerify: CliCommand = {
  name: ['exercise', 'verify'],
  summary: 'check that each proof passes and each starter fails (one line per exercise)',
  usage: 'roadbook exercise verify [<slug> | --all] [--content-dir <dir>]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { all: { type: 'boolean' }, ...CONTENT_OPTION },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 1 || (positionals.length === 1 && values.all)) throw new Error('name one exercise, or use --all.');
    const catalog = catalogFrom(values['content-dir'], io, true);
    const slug = positionals[0];
    let problems = 0;
    if (!slug) {
      for (const problem of catalog.problems) io.out(`FAIL ${problem}`);
      problems += catalog.problems.length;
    }
    const chosen = slug ? [catalog.exercises.get(slug)] : [...catalog.exercises.values()];
    if (slug && !chosen[0]) {
      const problem = catalog.problems.find((p) => p.startsWith(`exercises/${slug}:`));
      io.err(`roadbook exercise verify: ${problem ?? `there is no exercise called "${slug}"`}`);
      return 1;
    }
    const host = createRunnerHost();
    try {
      for (const exercise of chosen) {
        const verification = await verifyExercise(host, exercise!);
        if (verification.problems.length === 0) {
          io.out(`ok   ${verification.id} (${verification.proof.tests.length} tests; proof ${verification.proof.durationMs} ms)`);
        } else {
          problems += 1;
          io.out(`FAIL ${verification.id}: ${verification.problems.join('; ')}`);
        }
      }
    } finally {
      host.close();
    }
    io.out(problems === 0 ? `${chosen.length} exercise${chosen.length === 1 ? '' : 's'} verified` : `${problems} problem${problems === 1 ? '' : 's'} found`);
    return problems === 0 ? 0 : 1;
  },
};
