/** Schemas for the files of an exercise in content/exercises/<slug>/ (format: .plan/EXERCISES.md). */
import { z } from 'zod';
import { EXERCISE_DIFFICULTIES, EXERCISE_ID, EXERCISE_KINDS, type ExerciseKind } from '../../shared/exercises';
import { CONTENT_ID } from '../../shared/schemas';

export const EXERCISE_META = z
  .object({
    id: EXERCISE_ID,
    title: z.string().min(1).max(120),
    kind: z.enum(EXERCISE_KINDS),
    difficulty: z.enum(EXERCISE_DIFFICULTIES),
    topics: z.array(CONTENT_ID).min(1).max(3),
    minutes: z.number().int().min(1).max(240),
    hints: z.array(z.string().min(1).max(1000)).min(1).max(4),
  })
  .strict();
export type ExerciseMeta = z.infer<typeof EXERCISE_META>;

const SQL_CELL = z.union([z.string(), z.number(), z.null()]);

const SQL_EXPECT = z
  .object({
    columns: z.array(z.string().min(1)).min(1),
    rows: z.array(z.array(SQL_CELL)),
    ordered: z.boolean().default(false),
  })
  .strict()
  .refine((expect) => expect.rows.every((row) => row.length === expect.columns.length), 'every expected row needs one value per column');

export const SQL_TEST = z
  .object({
    name: z.string().min(1).max(200),
    run: z.string().min(1).optional(),
    expect: SQL_EXPECT.optional(),
    expectError: z.literal(true).optional(),
    expectMatch: z.string().min(1).optional(),
  })
  .strict()
  .refine((test) => [test.expect, test.expectError, test.expectMatch].filter((x) => x !== undefined).length === 1, 'a test needs exactly one of expect, expectError or expectMatch')
  .refine((test) => test.run !== undefined || test.expect !== undefined, 'expectError and expectMatch need a `run` statement');
export type SqlTest = z.infer<typeof SQL_TEST>;

export const SQL_TESTS_FILE = z
  .object({ tests: z.array(SQL_TEST).min(1).max(100) })
  .strict()
  .refine((file) => new Set(file.tests.map((t) => t.name)).size === file.tests.length, 'test names must be unique');

/** The learner's file and the tests, by kind. */
export interface KindFiles {
  readonly extension: 'js' | 'ts' | 'sql';
  readonly language: 'javascript' | 'typescript' | 'sql';
  readonly tests: string;
}

export function filesFor(kind: ExerciseKind): KindFiles {
  switch (kind) {
    case 'javascript':
      return { extension: 'js', language: 'javascript', tests: 'tests.js' };
    case 'typescript':
    case 'http':
      return { extension: 'ts', language: 'typescript', tests: 'tests.ts' };
    case 'sql':
      return { extension: 'sql', language: 'sql', tests: 'tests.yaml' };
  }
}
