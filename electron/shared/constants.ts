/**
 * Plain value lists shared by both sides. They live apart from the zod schemas so the
 * renderer can use them without bundling zod.
 */
export const TOPIC_STATUSES = ['not-started', 'learning', 'done', 'skipped'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

/** Caps on what a learner can keep per item: generous for study, small enough to stay fast. */
export const LIMITS = {
  notes: 100_000,
  links: 50,
  linkTitle: 200,
  url: 2_000,
  checklistIndex: 63,
  customTopics: 500,
  customTitle: 120,
  customSummary: 2_000,
  draft: 200_000,
  reviewLog: 50_000,
  activitySecondsPerCall: 120,
  /** Largest import file read, in characters. */
  importText: 20_000_000,
} as const;

/** Ids the learner's own topics get: `my-` then words, so they never meet a content id. */
export const CUSTOM_TOPIC_PREFIX = 'my-';

export const EXERCISE_STATUSES = ['attempted', 'passed'] as const;
export const REVIEW_RATINGS = ['again', 'hard', 'good', 'easy'] as const;

export const EXERCISE_KINDS = ['javascript', 'typescript', 'http', 'sql'] as const;
export const EXERCISE_DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;

/** Attempts before an exercise's reference solution is offered. */
export const PROOF_AFTER_ATTEMPTS = 3;

/** Longest learner file an exercise run accepts (characters). */
export const MAX_SOLUTION_LENGTH = 100_000;
