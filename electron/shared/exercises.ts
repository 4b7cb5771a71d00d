/**
 * Exercises as the renderer sees them, and the results the runner hands back (the shape is
 * agreed in .plan/EXERCISES.md and printed as JSON by `roadbook exercise run`).
 */
import { z } from 'zod';
import { CONTENT_ID } from './schemas';
import type { ProgressSnapshot } from './types';

import { EXERCISE_DIFFICULTIES, EXERCISE_KINDS, MAX_SOLUTION_LENGTH, PROOF_AFTER_ATTEMPTS } from './constants';

export { EXERCISE_DIFFICULTIES, EXERCISE_KINDS, MAX_SOLUTION_LENGTH, PROOF_AFTER_ATTEMPTS };
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];
export type ExerciseDifficulty = (typeof EXERCISE_DIFFICULTIES)[number];

export const EXERCISE_ID = CONTENT_ID;

export const EXERCISE_RUN_INPUT = z
  .object({
    exerciseId: EXERCISE_ID,
    code: z.string().max(MAX_SOLUTION_LENGTH, `a solution may be at most ${MAX_SOLUTION_LENGTH} characters`),
  })
  .strict();

export const EXERCISE_REF_INPUT = z.object({ exerciseId: EXERCISE_ID }).strict();

/** The editor language of the learner's file. */
export type EditorLanguage = 'javascript' | 'typescript' | 'sql';

export interface ExerciseSummary {
  readonly id: string;
  readonly title: string;
  readonly kind: ExerciseKind;
  readonly difficulty: ExerciseDifficulty;
  /** Roadmap topic ids, 1 to 3. */
  readonly topics: readonly string[];
  readonly minutes: number;
}

export interface ExerciseDetail extends ExerciseSummary {
  /** README.md: the task in markdown. */
  readonly instructions: string;
  /** In the order they should be revealed. */
  readonly hints: readonly string[];
  readonly starter: string;
  readonly language: EditorLanguage;
  /** The learner's file name as shown in the editor and in error locations, e.g. `solution.ts`. */
  readonly fileName: string;
  /** Extra TypeScript declarations for the editor (the exercise's types.d.ts), if any. */
  readonly types?: string;
  /** SQL exercises: the schema and seed data the learner's SQL runs against. */
  readonly schema?: string;
}

export type RunStatus = 'pass' | 'fail' | 'error';
export type TestStatus = 'pass' | 'fail' | 'error' | 'skipped';

export interface TestResult {
  readonly name: string;
  readonly status: TestStatus;
  readonly message?: string;
  /** console output captured while this test ran (capped). */
  readonly output: readonly string[];
}

export interface SourceLocation {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export interface RunResult {
  readonly status: RunStatus;
  /** For 'error': the clear reason (timeout, memory, syntax…). */
  readonly message?: string;
  /** For compile and syntax errors: where, in the learner's file. */
  readonly location?: SourceLocation;
  readonly tests: readonly TestResult[];
  readonly durationMs: number;
}

export type ExerciseProof =
  | { readonly available: true; readonly code: string }
  | { readonly available: false; readonly attemptsNeeded: number };

/** What a run answers: the results, and the store after the attempt was recorded. */
export interface ExerciseRunOutcome {
  readonly result: RunResult;
  readonly progress: ProgressSnapshot;
}
