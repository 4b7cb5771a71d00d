import { afterEach, describe, expect, it } from 'vitest';
import { createExerciseService, type ExerciseService } from '../../../electron/services/exercises/exercise-service';
import { CONTENT_DIR } from '../../../electron/services/project-paths';
import type { RunStatus } from '../../../electron/shared/exercises';
import type { ProgressSnapshot } from '../../../electron/shared/types';

/** A progress store stand-in that counts attempts like the real one. */
function fakeProgress() {
  const exercises: Record<string, { status: 'attempted' | 'passed'; attempts: number }> = {};
  const snapshot = () => ({ exercises }) as unknown as ProgressSnapshot;
  return {
    exercises,
    port: {
      snapshot: async () => snapshot(),
      recordRun: async (id: string, status: RunStatus) => {
        const before = exercises[id] ?? { status: 'attempted' as const, attempts: 0 };
        exercises[id] = { status: before.status === 'passed' || status === 'pass' ? 'passed' : 'attempted', attempts: before.attempts + 1 };
        return snapshot();
      },
    },
  };
}

let service: ExerciseService | undefined;
afterEach(() => service?.close());

describe('the exercises service', () => {
  it('lists the shipped exercises and gives the editor what it needs', () => {
    service = createExerciseService({ contentDir: CONTENT_DIR, progress: fakeProgress().port });
    const ids = service.list().map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['sum-of-order-totals', 'health-check-endpoint', 'select-active-users']));
    expect(service.get('select-active-users')).toMatchObject({ kind: 'sql', language: 'sql', fileName: 'solution.sql', schema: expect.stringContaining('CREATE TABLE users') });
    expect(() => service!.get('no-such-exercise')).toThrow('There is no exercise called "no-such-exercise".');
  });

  it('records each run and holds the reference solution back until three attempts', async () => {
    const progress = fakeProgress();
    service = createExerciseService({ contentDir: CONTENT_DIR, progress: progress.port });
    const starter = service.get('sum-of-order-totals').starter;
    expect(await service.proof('sum-of-order-totals')).toEqual({ available: false, attemptsNeeded: 3 });
    const first = await service.run('sum-of-order-totals', starter);
    expect(first.result.status).toBe('fail');
    expect(progress.exercises['sum-of-order-totals']).toEqual({ status: 'attempted', attempts: 1 });
    await service.run('sum-of-order-totals', starter);
    expect(await service.proof('sum-of-order-totals')).toEqual({ available: false, attemptsNeeded: 1 });
    await service.run('sum-of-order-totals', 'this is not javascript');
    const proof = await service.proof('sum-of-order-totals');
    expect(proof).toMatchObject({ available: true, code: expect.stringContaining('export function sumTotals') });
  });

  it('offers the solution at once after a pass', async () => {
    const progress = fakeProgress();
    service = createExerciseService({ contentDir: CONTENT_DIR, progress: progress.port });
    const { result } = await service.run('select-active-users', 'SELECT email, name FROM users WHERE active = 1 ORDER BY email;');
    expect(result.status).toBe('pass');
    expect((await service.proof('select-active-users')).available).toBe(true);
  });
});
