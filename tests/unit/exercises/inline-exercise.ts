/** Builds an exercise in memory (no content folder), for runner tests. */
import type { Exercise } from '../../../electron/services/exercises/exercise-loader';
import type { SqlTest } from '../../../electron/services/exercises/exercise-schema';

const META = { title: 'Inline', difficulty: 'beginner', topics: ['javascript-basics'], minutes: 5, hints: ['a hint'] } as const;

export function jsExercise(tests: string, kind: 'javascript' | 'typescript' | 'http' = 'javascript'): Exercise {
  const ext = kind === 'javascript' ? 'js' : 'ts';
  return {
    meta: { ...META, id: 'inline', kind, topics: [...META.topics], hints: [...META.hints] },
    dir: '/nowhere',
    instructions: 'Inline.',
    starter: '',
    proof: '',
    tests,
    fileName: `solution.${ext}`,
    testsFileName: `tests.${ext}`,
  };
}

export function sqlExercise(schema: string, sqlTests: SqlTest[]): Exercise {
  return {
    meta: { ...META, id: 'inline-sql', kind: 'sql', topics: ['sql-basics'], hints: [...META.hints] },
    dir: '/nowhere',
    instructions: 'Inline.',
    starter: '',
    proof: '',
    sqlTests,
    schema,
    fileName: 'solution.sql',
    testsFileName: 'tests.yaml',
  };
}

/** Tests that call one exported function `run` and report what it returns or throws. */
export const RUN_ONCE = `
import { test, assert } from 'roadbook:test';
import { run } from 'solution';
test('runs the learner code', async () => {
  const value = await run();
  console.log('returned', value);
});
`;
