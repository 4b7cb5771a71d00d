/**
 * Plain value lists shared by both sides. They live apart from the zod schemas so the
 * renderer can use them without bundling zod.
 */
export const TOPIC_STATUSES = ['not-started', 'learning', 'done', 'skipped'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
