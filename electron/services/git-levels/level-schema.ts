/**
 * The format of a git level (content/git-levels/levels/<id>.yaml) and of the sequence list
 * (content/git-levels/sequences.yaml). content/git-levels/README.md explains each field.
 */
import { z } from 'zod';
import { CONTENT_ID } from '../../shared/schemas';

export const LEVEL_ID = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case words joined by "-"').max(60);

/** A revision as the checker understands it: a branch, tag, remote branch, HEAD or an id, with `~N` / `^` / `^N` after it. */
const REV = z.string().min(1).max(200);
const REGEX = z
  .string()
  .min(1)
  .max(500)
  .refine((text) => {
    try {
      new RegExp(text, 'm');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

export const FILE_STATES = ['untracked', 'unmodified', 'modified', 'staged', 'staged-and-modified', 'deleted', 'conflicted', 'absent'] as const;
export const OPERATIONS = ['merge', 'rebase', 'cherry-pick', 'revert', 'bisect'] as const;

/** Every check may override its failure line with `explain`. */
const base = { explain: z.string().min(1).max(300).optional() };

const count = {
  equals: z.number().int().min(0).optional(),
  atLeast: z.number().int().min(0).optional(),
  atMost: z.number().int().min(0).optional(),
};
const hasCount = (check: { equals?: number; atLeast?: number; atMost?: number }) =>
  check.equals !== undefined || check.atLeast !== undefined || check.atMost !== undefined;

export const CHECK = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ref-exists'), ref: REV, ...base }).strict(),
  z.object({ kind: z.literal('ref-missing'), ref: REV, ...base }).strict(),
  /** `ref` points at the same commit as `as`. */
  z.object({ kind: z.literal('same-commit'), ref: REV, as: REV, ...base }).strict(),
  /** `ref` does not point at the same commit as `as` (e.g. a branch that must have moved). */
  z.object({ kind: z.literal('different-commit'), ref: REV, as: REV, ...base }).strict(),
  /** The message of the commit at `ref`: exactly (surrounding blank space ignored) or by a regex. */
  z
    .object({ kind: z.literal('message'), ref: REV, equals: z.string().min(1).optional(), matches: REGEX.optional(), ...base })
    .strict()
    .refine((c) => (c.equals === undefined) !== (c.matches === undefined), 'give exactly one of equals or matches'),
  /** `ref`'s history includes `commit` (a revision) or a commit whose subject is `subject`. */
  z
    .object({ kind: z.literal('contains'), ref: REV, commit: REV.optional(), subject: z.string().min(1).optional(), ...base })
    .strict()
    .refine((c) => (c.commit === undefined) !== (c.subject === undefined), 'give exactly one of commit or subject'),
  z
    .object({ kind: z.literal('not-contains'), ref: REV, commit: REV.optional(), subject: z.string().min(1).optional(), ...base })
    .strict()
    .refine((c) => (c.commit === undefined) !== (c.subject === undefined), 'give exactly one of commit or subject'),
  /** `ref` is an ancestor of `of` (or the same commit). */
  z.object({ kind: z.literal('ancestor'), ref: REV, of: REV, ...base }).strict(),
  /** HEAD attached to `branch`, or detached (at `at` when given). */
  z
    .object({ kind: z.literal('head'), branch: z.string().min(1).optional(), detached: z.boolean().optional(), at: REV.optional(), ...base })
    .strict()
    .refine((c) => (c.branch !== undefined) !== (c.detached === true), 'give either branch or detached: true')
    .refine((c) => c.at === undefined || c.detached === true, '`at` only goes with detached: true'),
  /** How many commits are reachable from `ref`. */
  z.object({ kind: z.literal('commit-count'), ref: REV, ...count, ...base }).strict().refine(hasCount, 'give equals, atLeast or atMost'),
  /** How many merge commits are reachable from `ref`. */
  z.object({ kind: z.literal('merge-count'), ref: REV, ...count, ...base }).strict().refine(hasCount, 'give equals, atLeast or atMost'),
  /** No merge commits reachable from `ref`. */
  z.object({ kind: z.literal('linear'), ref: REV, ...base }).strict(),
  /** A file's content at `ref`, or in the work tree when `ref` is left out. */
  z
    .object({
      kind: z.literal('file'),
      path: z.string().min(1).max(300),
      ref: REV.optional(),
      equals: z.string().optional(),
      contains: z.string().min(1).optional(),
      lacks: z.string().min(1).optional(),
      matches: REGEX.optional(),
      absent: z.literal(true).optional(),
      ...base,
    })
    .strict()
    .refine(
      (c) => [c.equals, c.contains, c.lacks, c.matches, c.absent].filter((x) => x !== undefined).length >= 1,
      'give equals, contains, lacks, matches or absent: true',
    )
    .refine((c) => c.absent === undefined || [c.equals, c.contains, c.lacks, c.matches].every((x) => x === undefined), 'absent: true goes alone'),
  /** Nothing staged, nothing modified, no untracked files (unless allowUntracked). */
  z.object({ kind: z.literal('clean'), allowUntracked: z.boolean().optional(), ...base }).strict(),
  z.object({ kind: z.literal('file-status'), path: z.string().min(1).max(300), status: z.enum(FILE_STATES), ...base }).strict(),
  z.object({ kind: z.literal('stash'), ...count, ...base }).strict().refine(hasCount, 'give equals, atLeast or atMost'),
  /** A branch in the remote repository itself (not the remote-tracking copy). */
  z
    .object({
      kind: z.literal('remote-branch'),
      remote: z.string().min(1).default('origin'),
      branch: z.string().min(1),
      exists: z.boolean().optional(),
      sameAs: REV.optional(),
      ...base,
    })
    .strict()
    .refine((c) => (c.exists === undefined) !== (c.sameAs === undefined), 'give exactly one of exists or sameAs'),
  /** The branch's upstream (branch.<name>.remote / .merge) is `upstream` (e.g. origin/main). */
  z.object({ kind: z.literal('upstream'), branch: z.string().min(1), upstream: z.string().min(1), ...base }).strict(),
  /** No operation in progress (or not this one). */
  z.object({ kind: z.literal('no-operation'), operation: z.enum(OPERATIONS).optional(), ...base }).strict(),
  z
    .object({ kind: z.literal('tag'), name: z.string().min(1), annotated: z.boolean().optional(), at: REV.optional(), message: REGEX.optional(), ...base })
    .strict(),
]);
export type Check = z.infer<typeof CHECK>;
export type CheckKind = Check['kind'];

const COMMAND_LINES = z
  .string()
  .min(1)
  .transform((text) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );

export const LEVEL_FILE = z
  .object({
    id: LEVEL_ID,
    title: z.string().min(3).max(80),
    topics: z.array(CONTENT_ID).min(1).max(3),
    introduction: z.string().min(80).max(4000),
    /** Sandbox command lines that build the starting repository (one per line, # comments). */
    setup: COMMAND_LINES,
    goal: z.array(CHECK).min(1).max(20),
    hints: z.array(z.string().min(1).max(600)).min(2).max(4),
    /** The reference solution: the command lines, one per line. */
    solution: COMMAND_LINES,
    par: z.number().int().min(1).max(40),
  })
  .strict()
  .refine((level) => level.par === level.solution.length, {
    message: 'par must equal the number of commands in the solution',
    path: ['par'],
  });
export type LevelFile = z.infer<typeof LEVEL_FILE>;

export const SEQUENCES_FILE = z
  .object({
    sequences: z
      .array(
        z
          .object({
            id: LEVEL_ID,
            title: z.string().min(3).max(80),
            summary: z.string().min(10).max(300),
            levels: z.array(LEVEL_ID).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type SequencesFile = z.infer<typeof SEQUENCES_FILE>;
