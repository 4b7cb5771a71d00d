/** Schemas for the learning content in `content/`. Content is data, proven by tests. */
import { z } from 'zod';
import { CONTENT_ID } from './schemas';

export const RESOURCE_KINDS = ['docs', 'article', 'video', 'book', 'tool'] as const;

export const RESOURCE = z
  .object({
    kind: z.enum(RESOURCE_KINDS),
    title: z.string().min(1).max(200),
    url: z.url({ protocol: /^https$/ }),
  })
  .strict();

/** A question-and-answer card for spaced repetition. Its id is unique within its topic. */
export const REVIEW_CARD = z
  .object({
    id: CONTENT_ID,
    q: z.string().min(1).max(400),
    a: z.string().min(1).max(1200),
  })
  .strict();

export const TOPIC_FRONTMATTER = z
  .object({
    id: CONTENT_ID,
    title: z.string().min(1).max(120),
    summary: z.string().min(1).max(280),
    checklist: z.array(z.string().min(1).max(200)).min(1).max(8),
    resources: z.array(RESOURCE).max(8).default([]),
    related: z.array(CONTENT_ID).max(12).default([]),
    cards: z.array(REVIEW_CARD).max(12).default([]),
  })
  .strict();

export const SECTION = z
  .object({
    id: CONTENT_ID,
    title: z.string().min(1).max(120),
    summary: z.string().min(1).max(400),
    topics: z.array(CONTENT_ID).min(1),
  })
  .strict();

export const ROADMAP_INDEX = z
  .object({
    title: z.string().min(1),
    sections: z.array(SECTION).min(1),
  })
  .strict();
