/**
 * Time from Run to results for a JavaScript, an HTTP and a SQL exercise, through the isolated
 * runner (a child process per run), first run and warm. The reference is the same proof run by
 * the same harness code directly in this process, with no child process and no limits: the
 * ratio is the price of isolation.
 */
import { loadExercises, type Exercise } from '../../electron/services/exercises/exercise-loader';
import { jsJob, runExercise, sqlJob } from '../../electron/services/exercises/run-exercise';
import { DEFAULT_LIMITS, createRunnerHost } from '../../electron/services/exercises/runner-host';
import { runJs } from '../../electron/services/exercises/sandbox/run-js.mjs';
import { loadSqlJs, runSql } from '../../electron/services/exercises/sandbox/run-sql.mjs';
import { defaultRunnerFiles } from '../../electron/services/exercises/spawner';
import { CONTENT_DIR } from '../../electron/services/project-paths';
import { compared, median, type BenchSuite, type Metrics } from './metrics';

const WARM_RUNS = 9;
/** Long enough for the spare child to start between two runs (a learner edits for longer than that). */
const PAUSE_MS = 1_000;
const CASES = [
  ['js', 'sum-of-order-totals'],
  ['http', 'health-check-endpoint'],
  ['sql', 'select-active-users'],
] as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The reference: the proof through the same harness, in this process. */
function inProcess(exercise: Exercise): () => Promise<unknown> {
  const limits = { wallMs: DEFAULT_LIMITS.wallMs, testTimeoutMs: DEFAULT_LIMITS.testTimeoutMs, maxOutputLines: DEFAULT_LIMITS.maxOutputLines, maxLineLength: DEFAULT_LIMITS.maxLineLength };
  const ignore = () => {};
  if (exercise.meta.kind === 'sql') {
    let engine: Promise<unknown> | undefined;
    return () => {
      engine ??= loadSqlJs(defaultRunnerFiles().sqlJsDist);
      return runSql({ ...sqlJob(exercise, exercise.proof), maxRows: DEFAULT_LIMITS.maxRows }, ignore, engine);
    };
  }
  return () => {
    const job = jsJob(exercise, exercise.proof);
    if ('error' in job) throw new Error(`${exercise.meta.id}: the proof does not compile`);
    return runJs({ ...job, limits }, ignore, ignore);
  };
}

export const exerciseRuns: BenchSuite = {
  name: 'exercise runs',
  async run(): Promise<Metrics> {
    const { exercises } = loadExercises(CONTENT_DIR);
    const metrics: Metrics = {};
    for (const [label, id] of CASES) {
      const exercise = exercises.get(id);
      if (!exercise) throw new Error(`the benchmark exercise ${id} is missing`);
      const reference = inProcess(exercise);

      // First run: a new host with no child started yet (what the first Run after launch costs).
      const cold = createRunnerHost({ keepWarm: false });
      const first = await timed(async () => {
        const result = await runExercise(cold, exercise, exercise.proof);
        if (result.status !== 'pass') throw new Error(`${id}: the proof did not pass (${result.status})`);
      });
      cold.close();
      const referenceFirst = await timed(reference);

      // Warm: the spare child is already started when Run is pressed.
      const host = createRunnerHost();
      await runExercise(host, exercise, exercise.proof);
      const warm: number[] = [];
      const referenceWarm: number[] = [];
      for (let i = 0; i < WARM_RUNS; i += 1) {
        await pause(PAUSE_MS);
        warm.push(await timed(() => runExercise(host, exercise, exercise.proof)));
        referenceWarm.push(await timed(reference));
      }
      host.close();

      metrics[`exercise ${label} run, first (ms)`] = compared(first, referenceFirst, 'ms');
      metrics[`exercise ${label} run, warm (ms)`] = compared(median(warm), median(referenceWarm), 'ms');
    }
    return metrics;
  },
};
