/**
 * Runs a learner's file against an exercise's tests and returns the agreed result shape:
 * transpile (syntax errors never reach a child), hand the job to the runner host, then turn
 * the transcript into per-test results and one overall status with a plain-language reason.
 */
import type { RunResult, TestResult } from '../../shared/exercises';
import type { Exercise } from './exercise-loader';
import type { RunnerHost, RunnerJob, RunTranscript } from './runner-host';
import { gradeSqlTest } from './sql-grader';
import { locationAt, transpileModule } from './transpile';

export async function runExercise(host: RunnerHost, exercise: Exercise, code: string): Promise<RunResult> {
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  if (exercise.meta.kind === 'sql') return runSql(host, exercise, code, elapsed);

  const job = jsJob(exercise, code);
  if ('error' in job) return { ...job.error, durationMs: elapsed() };
  const transcript = await host.execute(job);
  return { ...fromJsTranscript(transcript, host), durationMs: elapsed() };
}

type Draft = Omit<RunResult, 'durationMs'>;

/** The runner job for a JavaScript-family exercise, or the compile error that stops it early. */
export function jsJob(exercise: Exercise, code: string): Extract<RunnerJob, { type: 'run-js' }> | { readonly error: Draft } {
  const solution = transpileModule(code, exercise.fileName);
  if (!solution.ok) return { error: { status: 'error', message: solution.message, location: solution.location, tests: [] } };
  const tests = transpileModule(exercise.tests ?? '', exercise.testsFileName);
  if (!tests.ok) return { error: { status: 'error', message: `The exercise's own tests do not compile: ${tests.message}`, tests: [] } };
  return {
    type: 'run-js',
    solution: { name: 'solution', fileName: exercise.fileName, code: solution.code },
    tests: { name: 'tests', fileName: exercise.testsFileName, code: tests.code },
  };
}

/** The runner job for a SQL exercise. */
export function sqlJob(exercise: Exercise, code: string): Extract<RunnerJob, { type: 'run-sql' }> {
  return {
    type: 'run-sql',
    schema: exercise.schema ?? '',
    solution: code,
    tests: (exercise.sqlTests ?? []).map((test) => (test.run === undefined ? {} : { run: test.run })),
  };
}

function fromJsTranscript(transcript: RunTranscript, host: RunnerHost): Draft {
  const names = transcript.plan ?? [];
  const tests: TestResult[] = names.map((name, index) => {
    const end = transcript.testEnds.get(index);
    if (end) return { name, status: end.status, ...(end.message !== undefined ? { message: end.message } : {}), output: end.output };
    if (index === transcript.running) return { name, status: 'error', message: stoppedHere(transcript), output: [] };
    return { name, status: 'skipped', output: [] };
  });
  const end = transcript.end;
  if (end.kind !== 'done') return { status: 'error', message: stopMessage(transcript, host), tests };
  const moduleError = end.done.moduleError;
  if (moduleError) {
    const location = moduleError.line !== undefined ? { line: moduleError.line, column: moduleError.column ?? 1 } : undefined;
    if (moduleError.phase === 'tests') {
      return { status: 'error', message: `The tests could not start: ${moduleError.message}`, tests };
    }
    const timedOut = /Script execution timed out/.test(moduleError.message);
    const message = timedOut
      ? `Your file was still running after ${host.limits.wallMs / 1000} s while it loaded. Look for a loop at the top level that never ends.`
      : `Your code threw while it loaded${location ? ` (line ${location.line})` : ''}: ${moduleError.message}`;
    return { status: 'error', message, ...(location && !timedOut ? { location } : {}), tests };
  }
  if (tests.length === 0) return { status: 'error', message: 'This exercise has no tests to run.', tests };
  return { status: tests.every((t) => t.status === 'pass') ? 'pass' : 'fail', tests };
}

function stoppedHere(transcript: RunTranscript): string {
  switch (transcript.end.kind) {
    case 'timeout':
      return 'Stopped: this test was still running when the time ran out.';
    case 'memory':
      return 'Stopped: memory ran out while this test was running.';
    default:
      return 'Stopped: the runner ended while this test was running.';
  }
}

function stopMessage(transcript: RunTranscript, host: RunnerHost): string {
  const end = transcript.end;
  switch (end.kind) {
    case 'timeout':
      return `Stopped after ${host.limits.wallMs / 1000} s: your code was still running. Look for a loop that never ends, or an await or recursion that never finishes.`;
    case 'memory':
      return `Stopped: your code used more memory than an exercise may (about ${host.limits.heapMb} MB). Look for a loop that keeps adding to an array, a string or a map.`;
    case 'crash':
      return end.message;
    case 'done':
      return '';
  }
}

async function runSql(host: RunnerHost, exercise: Exercise, code: string, elapsed: () => number): Promise<RunResult> {
  const sqlTests = exercise.sqlTests ?? [];
  const transcript = await host.execute(sqlJob(exercise, code));
  const tests: TestResult[] = sqlTests.map((test, index) => {
    const result = transcript.sqlResults.get(index);
    if (result) return gradeSqlTest(test, result);
    if (index === transcript.running) return { name: test.name, status: 'error', message: stoppedHere(transcript), output: [] };
    return { name: test.name, status: 'skipped', output: [] };
  });
  const end = transcript.end;
  if (end.kind !== 'done') {
    const message =
      end.kind === 'timeout'
        ? `Stopped after ${host.limits.wallMs / 1000} s: the query was still running. Look for a recursive CTE without a stopping condition, or a join that multiplies rows.`
        : stopMessage(transcript, host);
    return { status: 'error', message, tests, durationMs: elapsed() };
  }
  if (end.done.sqlError) {
    const location = locationAt(code, end.done.sqlError.offset);
    return {
      status: 'error',
      message: `Your SQL failed at the statement on line ${location.line}: ${end.done.sqlError.message}`,
      location,
      tests: sqlTests.map((test) => ({ name: test.name, status: 'skipped', output: [] })),
      durationMs: elapsed(),
    };
  }
  return { status: tests.every((t) => t.status === 'pass') ? 'pass' : 'fail', tests, durationMs: elapsed() };
}

