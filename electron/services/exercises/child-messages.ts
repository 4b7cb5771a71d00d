/**
 * What the runner child may say to the host. The child runs learner code, so every message is
 * parsed here before it is believed; oversized text is cut, anything else unexpected ends the run.
 */
import { z } from 'zod';

const MAX_TEXT = 8_000;
const MAX_LINES = 1_000;
const MAX_TESTS = 500;
const MAX_ROWS = 1_000;

const text = z.string().transform((value) => (value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value));
const index = z.number().int().min(0).max(MAX_TESTS);
const cell = z.union([z.string().transform((v) => v.slice(0, MAX_TEXT)), z.number(), z.null()]);

export const CHILD_MESSAGE = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('plan'), names: z.array(text).max(MAX_TESTS) }),
  z.object({ type: z.literal('test-start'), index }),
  z.object({
    type: z.literal('test-end'),
    index,
    status: z.enum(['pass', 'fail', 'error']),
    message: text.optional(),
    output: z.array(text).max(MAX_LINES + 1),
  }),
  z.object({
    type: z.literal('sql-result'),
    index,
    columns: z.array(text).max(200),
    rows: z.array(z.array(cell).max(200)).max(MAX_ROWS),
    truncated: z.boolean(),
    error: text.optional(),
  }),
  z.object({
    type: z.literal('done'),
    moduleError: z
      .object({
        phase: z.enum(['solution', 'tests']),
        message: text,
        line: z.number().int().positive().optional(),
        column: z.number().int().positive().optional(),
      })
      .optional(),
    sqlError: z.object({ message: text, offset: z.number().int().min(0) }).optional(),
  }),
  z.object({ type: z.literal('crash'), message: text }),
]);

export type ChildMessage = z.infer<typeof CHILD_MESSAGE>;
export type SqlResultMessage = Extract<ChildMessage, { type: 'sql-result' }>;
export type DoneMessage = Extract<ChildMessage, { type: 'done' }>;
export type TestEndMessage = Extract<ChildMessage, { type: 'test-end' }>;
