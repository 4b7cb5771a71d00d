/** Every shipped exercise is fair and well formed: Exercism-style proof and starter checks. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadRoadmap } from '../../electron/services/content/roadmap-loader';
import { loadExercises } from '../../electron/services/exercises/exercise-loader';
import { createRunnerHost } from '../../electron/services/exercises/runner-host';
import { describe as describeRun, verifyExercise } from '../../electron/services/exercises/verify';
import { CONTENT_DIR } from '../../electron/services/project-paths';

const catalog = loadExercises(CONTENT_DIR);
const exercises = [...catalog.exercises.values()];
// Content checks run on a loaded machine next to other suites: a generous clock, same isolation.
const host = createRunnerHost({ limits: { wallMs: 10_000, testTimeoutMs: 5_000 } });
afterAll(() => host.close());

describe('exercise content', () => {
  it('loads every exercise folder without problems', () => {
    expect(catalog.problems).toEqual([]);
    expect(exercises.length).toBeGreaterThan(0);
  });

  it('links every exercise to 1-3 roadmap topics that exist', () => {
    const roadmap = loadRoadmap(CONTENT_DIR);
    const unknown = exercises.flatMap((e) => e.meta.topics.filter((t) => !roadmap.topics[t]).map((t) => `${e.meta.id} → ${t}`));
    expect(unknown).toEqual([]);
  });

  it('gives every JavaScript/TypeScript test a unique, stable name', () => {
    for (const exercise of exercises.filter((e) => e.tests !== undefined)) {
      const names = [...exercise.tests!.matchAll(/\btest\(\s*(['"`])(.+?)\1/g)].map((m) => m[2]);
      expect(new Set(names).size, exercise.meta.id).toBe(names.length);
    }
  });

  it.each(exercises.map((e) => [e.meta.id, e] as const))('%s: the proof passes and the starter fails', async (_id, exercise) => {
    const verification = await verifyExercise(host, exercise);
    expect(verification.problems, `proof: ${describeRun(verification.proof)}; starter: ${describeRun(verification.starter)}`).toEqual([]);
  });
});
