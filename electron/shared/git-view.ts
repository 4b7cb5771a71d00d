/**
 * The git sandbox view's side of the contract: the inputs of the `git.*` calls (zod, with caps)
 * and the shapes the renderer draws — the repository picture, a command's result, levels.
 */
import { z } from 'zod';
import { CONTENT_ID } from './schemas';
import type { ProgressSnapshot } from './types';

/** Caps on what the renderer may send. */
export const GIT_VIEW_LIMITS = {
  command: 4_000,
  path: 400,
  fileContent: 1_000_000,
  todo: 20_000,
} as const;

/** A free-play sandbox's name is also its folder's name, so it stays plain. */
export const SANDBOX_NAME = z
  .string()
  .trim()
  .min(1, 'give the sandbox a name')
  .max(40, 'sandbox names are at most 40 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'sandbox names use letters, digits, "-" and "_", starting with a letter or digit');

export const GIT_TARGET = z.union([
  z.object({ sandbox: SANDBOX_NAME }).strict(),
  z.object({ level: CONTENT_ID }).strict(),
]);
export type GitTarget = z.infer<typeof GIT_TARGET>;

export const GIT_TARGET_INPUT = z.object({ target: GIT_TARGET }).strict();
export const GIT_RUN_INPUT = z
  .object({ target: GIT_TARGET, command: z.string().max(GIT_VIEW_LIMITS.command, `a command may be at most ${GIT_VIEW_LIMITS.command} characters`) })
  .strict();
const REPO_PATH = z
  .string()
  .min(1)
  .max(GIT_VIEW_LIMITS.path)
  .refine((p) => !p.includes('\0'), 'paths cannot contain NUL bytes');
export const GIT_READ_FILE_INPUT = z.object({ target: GIT_TARGET, path: REPO_PATH }).strict();
export const GIT_WRITE_FILE_INPUT = z
  .object({ target: GIT_TARGET, path: REPO_PATH, content: z.string().max(GIT_VIEW_LIMITS.fileContent, 'the file is too large for the sandbox editor') })
  .strict();
export const GIT_COMMIT_INPUT = z.object({ target: GIT_TARGET, oid: z.string().regex(/^[0-9a-f]{40}$/, 'a full commit id') }).strict();
export const GIT_TODO_INPUT = z
  .object({ target: GIT_TARGET, todo: z.string().max(GIT_VIEW_LIMITS.todo, 'the rebase plan is too long') })
  .strict();
export const SANDBOX_INPUT = z.object({ name: SANDBOX_NAME }).strict();
export const SANDBOX_RENAME_INPUT = z.object({ from: SANDBOX_NAME, to: SANDBOX_NAME }).strict();
export const LEVEL_INPUT = z.object({ levelId: CONTENT_ID }).strict();

export type FileState = 'unmodified' | 'modified' | 'added' | 'deleted' | 'renamed' | 'untracked' | 'conflicted';

export interface GitFileStatus {
  readonly path: string;
  /** What is staged (index against HEAD). */
  readonly staged: FileState;
  /** What is not staged (work tree against the index). */
  readonly unstaged: FileState;
}

export interface GitCommitNode {
  readonly oid: string;
  readonly parents: readonly string[];
  readonly subject: string;
  readonly author: string;
  /** Seconds since the epoch. */
  readonly time: number;
}

export interface GitRefPointer {
  readonly name: string;
  readonly oid: string;
}

export interface GitStashEntry {
  readonly index: number;
  readonly oid: string;
  /** The commit the changes were stashed on (the graph hangs the entry there). */
  readonly base: string;
  readonly message: string;
}

export type GitOperation = 'merge' | 'rebase' | 'cherry-pick' | 'revert' | 'bisect';

/** Everything the view draws, taken after every command. */
export interface GitRepoPicture {
  readonly initialized: boolean;
  readonly head: { readonly attached: boolean; readonly branch?: string; readonly oid?: string };
  /** Newest first, reachable from every ref, HEAD and the stash (capped). */
  readonly commits: readonly GitCommitNode[];
  readonly branches: readonly (GitRefPointer & { readonly upstream?: string })[];
  /** `origin/main`-style names. */
  readonly remoteBranches: readonly GitRefPointer[];
  /** Tags peeled to the commit they mark. */
  readonly tags: readonly (GitRefPointer & { readonly annotated: boolean })[];
  readonly stash: readonly GitStashEntry[];
  /** Every file of the work tree and the index, with its status. */
  readonly files: readonly GitFileStatus[];
  readonly operations: readonly GitOperation[];
  readonly conflicted: readonly string[];
  /** The shell's current folder, repo-relative ('' at the root). */
  readonly cwd: string;
  readonly truncated: boolean;
}

export interface OutputChunk {
  readonly stream: 'stdout' | 'stderr' | 'info';
  readonly text: string;
}

export interface GoalCheckState {
  readonly label: string;
  readonly passed: boolean;
  /** For a failed check: what the repository has instead. */
  readonly detail?: string;
}

/** A level as it is being played. */
export interface LevelPlay {
  readonly levelId: string;
  readonly commands: number;
  readonly par: number;
  readonly checks: readonly GoalCheckState[];
  readonly hintsShown: readonly string[];
  readonly hintsTotal: number;
  /** `show solution` is offered once the learner has tried something. */
  readonly solutionAvailable: boolean;
  readonly complete: boolean;
}

/** What git would open an editor for; saving answers it through `git.answerEditor`. */
export interface EditorRequest {
  readonly kind: 'rebase-todo';
  readonly title: string;
  readonly text: string;
}

export interface GitRunResult {
  readonly output: readonly OutputChunk[];
  readonly exitCode: number;
  readonly cleared: boolean;
  readonly picture: GitRepoPicture;
  readonly level?: LevelPlay;
  /** Set on the command that met the level's goal; the store already holds it. */
  readonly completed?: { readonly commands: number; readonly par: number; readonly progress: ProgressSnapshot };
  readonly editor?: EditorRequest;
}

export interface GitFileContent {
  readonly path: string;
  readonly content: string;
  /** False for binary or over-large files, which the editor shows read-only. */
  readonly editable: boolean;
}

export interface GitCommitDetail {
  readonly oid: string;
  readonly parents: readonly string[];
  readonly message: string;
  readonly author: { readonly name: string; readonly email: string; readonly time: number };
  readonly files: readonly { readonly path: string; readonly change: 'added' | 'modified' | 'deleted' }[];
  /** Unified diff against the first parent (capped). */
  readonly diff: string;
}

export interface SandboxSummary {
  readonly name: string;
  readonly modifiedAt: number;
}

export interface LevelSummary {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly par: number;
  /** Roadmap topic ids the level practises (from the level file), for the topic panel's Practice block. */
  readonly topics?: readonly string[];
}

export interface LevelSequence {
  readonly id: string;
  readonly title: string;
  readonly levels: readonly LevelSummary[];
}

export interface LevelDetail extends LevelSummary {
  readonly sequenceId: string;
  readonly sequenceTitle: string;
  /** Markdown. */
  readonly introduction: string;
  readonly nextLevelId?: string;
}

export interface LevelSession {
  readonly detail: LevelDetail;
  readonly play: LevelPlay;
  readonly picture: GitRepoPicture;
}

/** Words for tab completion. */
export interface GitVocabulary {
  readonly programs: readonly string[];
  readonly gitCommands: readonly string[];
  readonly learnerActions: readonly string[];
}
