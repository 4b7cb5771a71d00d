/**
 * Checks that an exercise is fair: its reference proof passes every test and its starter
 * fails at least one (so a learner cannot pass by pressing Run). Used by
 * `roadbook exercise verify` and the content tests.
 */
import type { RunResult } from '../../shared/exercises';
import type { Exercise } from './exercise-loader';
import type { RunnerHost } from './runner-host';
import { runExercise } from './run-exercise';

export interface Verification {
  readonly id: string;
  readonly problems: readonly string[];
  readonly proof: RunResult;
  readonly starter: RunResult;
}

export async function verifyExercise(host: RunnerHost, exercise: Exercise): Promise<Verification> {
  const proof = await runExercise(host, exercise, exercise.proof);
  const starter = await runExercise(host, exercise, exercise.starter);
  const problems: string[] = [];
  if (proof.status !== 'pass') problems.push(`the proof does not pass: ${describe(proof)}`);
  if (starter.status !== 'fail') {
    problems.push(starter.status === 'pass' ? 'the starter already passes every test' : `the starter does not run: ${describe(starter)}`);
  }
  return { id: exercise.meta.id, problems, proof, starter };
}

/** The first reason a run did not pass, in one line. */
export function describe(result: RunResult): string {
  if (result.message) return result.message.split('\n')[0]!;
  const bad = result.tests.find((t) => t.status !== 'pass');
  if (!bad) return result.status;
  return `"${bad.name}" ${bad.status}${bad.message ? `: ${bad.message.split('\n').join(' ')}` : ''}`;
}
