/**
 * The `exercises` domain: the catalogue, one exercise for the editor, graded runs and the
 * reference solution once it has been earned. Runs go through the runner host (a child process
 * per run); the attempt is then recorded in the progress store, which also decides when the
 * proof may be shown.
 */
import { PROOF_AFTER_ATTEMPTS, type ExerciseDetail, type ExerciseProof, type ExerciseRunOutcome, type ExerciseSummary, type RunStatus } from '../../shared/exercises';
import type { ProgressSnapshot } from '../../shared/types';
import { detailOf, loadExercises, summaryOf, type Exercise, type ExerciseCatalog } from './exercise-loader';
import { createRunnerHost, type RunnerHost, type RunnerHostOptions } from './runner-host';
import { runExercise } from './run-exercise';

/** What the service needs from the progress store (wired to progress.* in services/index.ts). */
export interface ExerciseProgressPort {
  snapshot(): Promise<ProgressSnapshot>;
  recordRun(exerciseId: string, status: RunStatus): Promise<ProgressSnapshot>;
}

export interface ExerciseServiceOptions {
  readonly contentDir: string;
  readonly progress: ExerciseProgressPort;
  readonly runner?: RunnerHostOptions;
  readonly log?: (message: string) => void;
}

export interface ExerciseService {
  list(): ExerciseSummary[];
  get(exerciseId: string): ExerciseDetail;
  run(exerciseId: string, code: string): Promise<ExerciseRunOutcome>;
  proof(exerciseId: string): Promise<ExerciseProof>;
  /** Stops every runner child. */
  close(): void;
}

export function createExerciseService(options: ExerciseServiceOptions): ExerciseService {
  const log = options.log ?? (() => {});
  let catalog: ExerciseCatalog | undefined;
  let host: RunnerHost | undefined;

  // Content does not change while the app runs: read it once. A broken exercise is left out
  // and named in the log; `roadbook exercise verify` and the content tests fail on it.
  const exercises = () => {
    if (!catalog) {
      catalog = loadExercises(options.contentDir);
      for (const problem of catalog.problems) log(`exercise content: ${problem}`);
    }
    return catalog.exercises;
  };
  const runner = () => (host ??= createRunnerHost({ log, ...options.runner }));
  const find = (exerciseId: string): Exercise => {
    const exercise = exercises().get(exerciseId);
    if (!exercise) throw new Error(`There is no exercise called "${exerciseId}".`);
    return exercise;
  };

  return {
    list: () => [...exercises().values()].map(summaryOf),
    get(exerciseId) {
      const exercise = find(exerciseId);
      // The learner is about to run something: have the right kind of runner child ready.
      runner().prepare(exercise.meta.kind === 'sql' ? 'sql' : 'js');
      return detailOf(exercise);
    },
    async run(exerciseId, code) {
      const result = await runExercise(runner(), find(exerciseId), code);
      const progress = await options.progress.recordRun(exerciseId, result.status);
      return { result, progress };
    },
    async proof(exerciseId) {
      const exercise = find(exerciseId);
      const entry = (await options.progress.snapshot()).exercises[exerciseId];
      const attempts = entry?.attempts ?? 0;
      if (entry?.status !== 'passed' && attempts < PROOF_AFTER_ATTEMPTS) return { available: false, attemptsNeeded: PROOF_AFTER_ATTEMPTS - attempts };
      return { available: true, code: exercise.proof };
    },
    close() {
      host?.close();
      host = undefined;
    },
  };
}
