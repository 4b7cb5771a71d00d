/** Zod schemas for the data that crosses a transport or lands on disk. */
import { z } from 'zod';
import { THEMES, TOPIC_STATUSES } from './constants';

export { THEMES, TOPIC_STATUSES };

/** Content ids are kebab-case ASCII: stable, readable, and never a prototype key. */
export const CONTENT_ID = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens');

export const TOPIC_ID = CONTENT_ID;

export const TOPIC_STATUS = z.enum(TOPIC_STATUSES);
export type TopicStatus = z.infer<typeof TOPIC_STATUS>;

export const THEME = z.enum(THEMES);
export type Theme = z.infer<typeof THEME>;

const ISO_TIME = z.string().max(40);

export const TOPIC_PROGRESS = z
  .object({
    status: TOPIC_STATUS,
    updatedAt: ISO_TIME,
  })
  .strict();

export const SETTINGS = z
  .object({
    theme: THEME,
    welcomeSeen: z.boolean(),
  })
  .strict();
export type Settings = z.infer<typeof SETTINGS>;

export const SETTINGS_PATCH = SETTINGS.partial().strict();

/** The current on-disk shape of progress.json. Older shapes are migrated to it. */
export const STORE_SCHEMA_VERSION = 1;
export const PROGRESS_STORE = z
  .object({
    schemaVersion: z.literal(STORE_SCHEMA_VERSION),
    topics: z.record(TOPIC_ID, TOPIC_PROGRESS),
    settings: SETTINGS,
  })
  .strict();
export type ProgressStore = z.infer<typeof PROGRESS_STORE>;
