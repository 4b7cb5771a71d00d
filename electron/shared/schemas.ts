/** Zod schemas for the data that crosses a transport or lands on disk. */
import { z } from 'zod';
import { CUSTOM_TOPIC_PREFIX, EXERCISE_STATUSES, LIMITS, REVIEW_RATINGS, THEMES, TOPIC_STATUSES } from './constants';

export { CUSTOM_TOPIC_PREFIX, EXERCISE_STATUSES, LIMITS, REVIEW_RATINGS, THEMES, TOPIC_STATUSES };

/** Words that name parts of every JavaScript object; no id may be one, so no lookup can reach them. */
const RESERVED_IDS: ReadonlySet<string> = new Set(['constructor', 'prototype']);

/** Content ids are kebab-case ASCII: stable, readable, and never a prototype key. */
export const CONTENT_ID = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens')
  .refine((id) => !RESERVED_IDS.has(id), 'this word is reserved and cannot be an id');

export const TOPIC_ID = CONTENT_ID;

export const TOPIC_STATUS = z.enum(TOPIC_STATUSES);
export type TopicStatus = z.infer<typeof TOPIC_STATUS>;

export const THEME = z.enum(THEMES);
export type Theme = z.infer<typeof THEME>;

const ISO_TIME = z.string().max(40);

export const CUSTOM_TOPIC_ID = CONTENT_ID.refine((id) => id.startsWith(CUSTOM_TOPIC_PREFIX), 'your own topics have ids starting with "my-"');

/** A local calendar day, `YYYY-MM-DD`. */
export const DAY_KEY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'days are written YYYY-MM-DD');

const COUNT = z.number().int().min(0).max(1_000_000_000);

/** An http(s) link a learner adds to a topic. */
export const LINK_URL = z
  .string()
  .trim()
  .max(LIMITS.url)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'links must be web addresses starting with http:// or https://');

export const TOPIC_LINK = z
  .object({
    id: z.string().regex(/^[a-z0-9]{1,40}$/),
    title: z.string().min(1).max(LIMITS.linkTitle),
    url: LINK_URL,
    addedAt: ISO_TIME,
  })
  .strict();
export type TopicLink = z.infer<typeof TOPIC_LINK>;

export const TOPIC_PROGRESS = z
  .object({
    status: TOPIC_STATUS,
    updatedAt: ISO_TIME,
    /** Indexes of the ticked checklist items, ascending. */
    checklist: z.array(z.number().int().min(0).max(LIMITS.checklistIndex)).max(LIMITS.checklistIndex + 1).optional(),
    notes: z.string().max(LIMITS.notes).optional(),
    notesUpdatedAt: ISO_TIME.optional(),
    links: z.array(TOPIC_LINK).max(LIMITS.links).optional(),
  })
  .strict();
export type TopicProgress = z.infer<typeof TOPIC_PROGRESS>;

export const CUSTOM_TOPIC = z
  .object({
    sectionId: CONTENT_ID,
    title: z.string().trim().min(1).max(LIMITS.customTitle),
    summary: z.string().max(LIMITS.customSummary).optional(),
    createdAt: ISO_TIME,
  })
  .strict();
export type CustomTopic = z.infer<typeof CUSTOM_TOPIC>;

/** A completed git level: the latest run and the best one. */
export const LEVEL_PROGRESS = z
  .object({
    completedAt: ISO_TIME,
    commands: COUNT,
    par: COUNT,
    bestCommands: COUNT,
  })
  .strict();
export type LevelProgress = z.infer<typeof LEVEL_PROGRESS>;

export const EXERCISE_PROGRESS = z
  .object({
    status: z.enum(EXERCISE_STATUSES),
    /** Runs of the tests, passing or not. */
    attempts: COUNT,
    passedAt: ISO_TIME.optional(),
    /** How many runs the first pass took (so a hard-won pass can become a review card). */
    attemptsToPass: COUNT.optional(),
    draft: z.string().max(LIMITS.draft).optional(),
    draftUpdatedAt: ISO_TIME.optional(),
  })
  .strict();
export type ExerciseProgress = z.infer<typeof EXERCISE_PROGRESS>;

/**
 * Review card ids: `<topicId>/<cardId>` for a topic's cards, `exercise:<id>` and `level:<id>`
 * for practice the learner found hard.
 */
export const REVIEW_CARD_ID = z
  .string()
  .max(170)
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*|(?:exercise|level):[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'not a review card id');

export const REVIEW_RATING = z.enum(REVIEW_RATINGS);
export type ReviewRating = z.infer<typeof REVIEW_RATING>;

/** FSRS memory state of one card (ts-fsrs fields, camel-cased), plus suspension. */
export const REVIEW_CARD_STATE = z
  .object({
    due: ISO_TIME,
    stability: z.number().min(0).max(1e9),
    difficulty: z.number().min(0).max(100),
    scheduledDays: COUNT,
    learningSteps: COUNT,
    reps: COUNT,
    lapses: COUNT,
    /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`). */
    state: z.number().int().min(0).max(3),
    lastReview: ISO_TIME.optional(),
    suspended: z.boolean().optional(),
  })
  .strict();
export type ReviewCardState = z.infer<typeof REVIEW_CARD_STATE>;

export const REVIEW_LOG_ENTRY = z
  .object({
    cardId: REVIEW_CARD_ID,
    rating: REVIEW_RATING,
    reviewedAt: ISO_TIME,
    /** When the card was due next after this answer. */
    due: ISO_TIME,
  })
  .strict();
export type ReviewLogEntry = z.infer<typeof REVIEW_LOG_ENTRY>;

export const REVIEW_STORE = z
  .object({
    cards: z.record(REVIEW_CARD_ID, REVIEW_CARD_STATE),
    log: z.array(REVIEW_LOG_ENTRY).max(LIMITS.reviewLog),
  })
  .strict();

/** One day of study: seconds of active use and items completed. */
export const ACTIVITY_DAY = z
  .object({
    seconds: z.number().int().min(0).max(86_400),
    completed: COUNT,
  })
  .strict();
export type ActivityDay = z.infer<typeof ACTIVITY_DAY>;

/** `HH:MM`, 24-hour clock. */
export const CLOCK_TIME = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'times are written HH:MM');

export const SETTINGS = z
  .object({
    theme: THEME,
    welcomeSeen: z.boolean(),
    /** Desktop only: a notification once a day when review cards are due. */
    reviewReminder: z.boolean(),
    reviewReminderTime: CLOCK_TIME,
    /** New review cards introduced per day. */
    newCardsPerDay: z.number().int().min(0).max(200),
  })
  .strict();
export type Settings = z.infer<typeof SETTINGS>;

export const SETTINGS_PATCH = SETTINGS.partial().strict();

/** The current on-disk shape of progress.json. Older shapes are migrated to it. */
export const STORE_SCHEMA_VERSION = 2;
export const PROGRESS_STORE = z
  .object({
    schemaVersion: z.literal(STORE_SCHEMA_VERSION),
    topics: z.record(TOPIC_ID, TOPIC_PROGRESS),
    customTopics: z.record(CUSTOM_TOPIC_ID, CUSTOM_TOPIC),
    levels: z.record(CONTENT_ID, LEVEL_PROGRESS),
    exercises: z.record(CONTENT_ID, EXERCISE_PROGRESS),
    review: REVIEW_STORE,
    activity: z.record(DAY_KEY, ACTIVITY_DAY),
    settings: SETTINGS,
  })
  .strict();
export type ProgressStore = z.infer<typeof PROGRESS_STORE>;
