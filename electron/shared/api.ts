/**
 * The one API contract between the renderer and the services.
 *
 * Every call the renderer may make is an entry here: `domain.method`, the zod schema
 * its input is parsed with before any service sees it, and its result type. The
 * preload, the IPC gate, the web host and the renderer client are all derived from
 * this table, so adding a call means one entry here and one service method.
 *
 * This file is pure TypeScript: it imports nothing from Node, Electron or our code
 * outside `electron/shared`.
 */
import { z } from 'zod';
import type { AppInfo, Roadmap, ProgressSnapshot, StorageStatus } from './types';
import {
  CONTENT_ID,
  CUSTOM_TOPIC_ID,
  LIMITS,
  LINK_URL,
  REVIEW_CARD_ID,
  REVIEW_RATING,
  SETTINGS_PATCH,
  TOPIC_ID,
  TOPIC_STATUS,
} from './schemas';
import type {
  BackupInfo,
  DataChangeResult,
  ExportFile,
  ImportPreview,
  ImportResult,
  ReviewQueue,
  ReviewRateResult,
  ReviewSuspendResult,
  SavedExport,
} from './progress-types';
import {
  EXERCISE_REF_INPUT,
  EXERCISE_RUN_INPUT,
  type ExerciseDetail,
  type ExerciseProof,
  type ExerciseRunOutcome,
  type ExerciseSummary,
} from './exercises';
import {
  GIT_COMMIT_INPUT,
  GIT_READ_FILE_INPUT,
  GIT_RUN_INPUT,
  GIT_TARGET_INPUT,
  GIT_TODO_INPUT,
  GIT_WRITE_FILE_INPUT,
  LEVEL_INPUT,
  SANDBOX_INPUT,
  SANDBOX_RENAME_INPUT,
  type GitCommitDetail,
  type GitFileContent,
  type GitRepoPicture,
  type GitRunResult,
  type GitVocabulary,
  type LevelSequence,
  type LevelSession,
  type SandboxSummary,
} from './git-view';

/** One contract entry: the input schema plus a phantom result type. */
export interface MethodSpec<I extends z.ZodType, R> {
  readonly input: I;
  /** Never read at run time; carries the result type for the typed client. */
  readonly result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

/** Input of calls that take no arguments: an empty object and nothing else. */
const NO_INPUT = z.object({}).strict();

export const api = {
  app: {
    info: method<AppInfo>()(NO_INPUT),
  },
  content: {
    roadmap: method<Roadmap>()(NO_INPUT),
  },
  progress: {
    snapshot: method<ProgressSnapshot>()(NO_INPUT),
    setTopicStatus: method<ProgressSnapshot>()(
      z.object({ topicId: TOPIC_ID, status: TOPIC_STATUS }).strict(),
    ),
    updateSettings: method<ProgressSnapshot>()(SETTINGS_PATCH),
    setChecklistItem: method<ProgressSnapshot>()(
      z.object({ topicId: TOPIC_ID, index: z.number().int().min(0).max(LIMITS.checklistIndex), done: z.boolean() }).strict(),
    ),
    setTopicNotes: method<ProgressSnapshot>()(z.object({ topicId: TOPIC_ID, notes: z.string().max(LIMITS.notes) }).strict()),
    addTopicLink: method<ProgressSnapshot>()(
      z.object({ topicId: TOPIC_ID, title: z.string().trim().min(1).max(LIMITS.linkTitle), url: LINK_URL }).strict(),
    ),
    removeTopicLink: method<ProgressSnapshot>()(
      z.object({ topicId: TOPIC_ID, linkId: z.string().regex(/^[a-z0-9]{1,40}$/) }).strict(),
    ),
    addCustomTopic: method<ProgressSnapshot>()(
      z
        .object({
          sectionId: CONTENT_ID,
          title: z.string().trim().min(1).max(LIMITS.customTitle),
          summary: z.string().trim().max(LIMITS.customSummary).optional(),
        })
        .strict(),
    ),
    removeCustomTopic: method<ProgressSnapshot>()(z.object({ id: CUSTOM_TOPIC_ID }).strict()),
    recordLevel: method<ProgressSnapshot>()(
      z.object({ levelId: CONTENT_ID, commands: z.number().int().min(0).max(100_000), par: z.number().int().min(0).max(100_000) }).strict(),
    ),
    saveExerciseDraft: method<ProgressSnapshot>()(z.object({ exerciseId: CONTENT_ID, code: z.string().max(LIMITS.draft) }).strict()),
    recordExerciseRun: method<ProgressSnapshot>()(
      z.object({ exerciseId: CONTENT_ID, status: z.enum(['pass', 'fail', 'error']) }).strict(),
    ),
    /** Seconds of active study since the last call (the renderer's heartbeat). */
    recordActivity: method<ProgressSnapshot>()(
      z.object({ seconds: z.number().int().min(1).max(LIMITS.activitySecondsPerCall) }).strict(),
    ),
  },
  review: {
    queue: method<ReviewQueue>()(NO_INPUT),
    rate: method<ReviewRateResult>()(z.object({ cardId: REVIEW_CARD_ID, rating: REVIEW_RATING }).strict()),
    suspend: method<ReviewSuspendResult>()(z.object({ cardId: REVIEW_CARD_ID }).strict()),
    unsuspend: method<ReviewSuspendResult>()(z.object({ cardId: REVIEW_CARD_ID }).strict()),
  },
  data: {
    /** The whole store as one JSON export file. */
    export: method<ExportFile>()(NO_INPUT),
    /** Desktop: writes the export through a save dialog. Other runtimes answer not-found. */
    saveExport: method<SavedExport>()(NO_INPUT),
    previewImport: method<ImportPreview>()(z.object({ text: z.string().max(LIMITS.importText) }).strict()),
    import: method<ImportResult>()(
      z.object({ text: z.string().max(LIMITS.importText), mode: z.enum(['replace', 'merge']) }).strict(),
    ),
    backups: method<readonly BackupInfo[]>()(NO_INPUT),
    restoreBackup: method<DataChangeResult>()(
      z.object({ name: z.string().max(120).regex(/^[A-Za-z0-9._-]+\.json$/, 'not a backup name') }).strict(),
    ),
    /** Clears all progress after a backup; `confirm` must be the word "reset". */
    reset: method<DataChangeResult>()(z.object({ confirm: z.literal('reset') }).strict()),
  },
  exercises: {
    list: method<readonly ExerciseSummary[]>()(NO_INPUT),
    /** Everything the exercise page needs: instructions, hints, starter, editor types. */
    get: method<ExerciseDetail>()(EXERCISE_REF_INPUT),
    /** Runs the tests against `code` in an isolated runner and records the attempt. */
    run: method<ExerciseRunOutcome>()(EXERCISE_RUN_INPUT),
    /** The reference solution, once the store shows enough attempts (or a pass). */
    proof: method<ExerciseProof>()(EXERCISE_REF_INPUT),
  },
  git: {
    /** Free-play sandboxes, newest first. The four changes below return the new list. */
    sandboxes: method<readonly SandboxSummary[]>()(NO_INPUT),
    createSandbox: method<readonly SandboxSummary[]>()(SANDBOX_INPUT),
    renameSandbox: method<readonly SandboxSummary[]>()(SANDBOX_RENAME_INPUT),
    resetSandbox: method<readonly SandboxSummary[]>()(SANDBOX_INPUT),
    deleteSandbox: method<readonly SandboxSummary[]>()(SANDBOX_INPUT),
    /** The repository picture of a sandbox or a level being played. */
    picture: method<GitRepoPicture>()(GIT_TARGET_INPUT),
    /** Runs one terminal line: shell and git commands, and the learner actions (undo, hint, show goal, show solution, reset level). */
    run: method<GitRunResult>()(GIT_RUN_INPUT),
    readFile: method<GitFileContent>()(GIT_READ_FILE_INPUT),
    writeFile: method<GitRepoPicture>()(GIT_WRITE_FILE_INPUT),
    commit: method<GitCommitDetail>()(GIT_COMMIT_INPUT),
    /** Answers the editor git opened (the interactive rebase plan): saving continues the command. */
    answerEditor: method<GitRunResult>()(GIT_TODO_INPUT),
    /** Closes that editor without saving: the command is abandoned, as when git's editor is emptied. */
    cancelEditor: method<GitRunResult>()(GIT_TARGET_INPUT),
    vocabulary: method<GitVocabulary>()(NO_INPUT),
    levels: method<readonly LevelSequence[]>()(NO_INPUT),
    /** A level as it was left (set up fresh the first time). */
    openLevel: method<LevelSession>()(LEVEL_INPUT),
    /** The level set up fresh, its command count back to zero. */
    startLevel: method<LevelSession>()(LEVEL_INPUT),
  },
  storage: {
    status: method<StorageStatus>()(NO_INPUT),
    dismissNotice: method<StorageStatus>()(z.object({ noticeId: z.string().min(1).max(200) }).strict()),
  },
} as const;

export type Api = typeof api;
export type Domain = keyof Api;
export type MethodName<D extends Domain> = keyof Api[D] & string;

type SpecOf<D extends Domain, M extends MethodName<D>> = Api[D][M];
export type InputOf<D extends Domain, M extends MethodName<D>> =
  SpecOf<D, M> extends MethodSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<D extends Domain, M extends MethodName<D>> =
  SpecOf<D, M> extends MethodSpec<infer I, unknown> ? z.output<I> : never;
export type ResultOf<D extends Domain, M extends MethodName<D>> =
  SpecOf<D, M> extends MethodSpec<z.ZodType, infer R> ? R : never;

/** The shape a service layer must implement: one async function per contract entry. */
export type ApiImplementation = {
  [D in Domain]: {
    [M in MethodName<D>]: (input: ParsedInputOf<D, M>) => Promise<ResultOf<D, M>>;
  };
};

/** The shape the renderer calls: same names, unparsed inputs. */
export type ApiClient = {
  [D in Domain]: {
    [M in MethodName<D>]: (input: InputOf<D, M>) => Promise<ResultOf<D, M>>;
  };
};

/** `domain.method` strings, the channel names used by every transport. */
export type Channel = { [D in Domain]: `${D}.${MethodName<D>}` }[Domain];

/** Every channel in the contract, in declaration order. */
export const CHANNELS: readonly Channel[] = Object.entries(api).flatMap(([domain, methods]) =>
  Object.keys(methods).map((name) => `${domain}.${name}` as Channel),
);

/** Looks a channel up; `undefined` for anything not in the contract (including prototype keys). */
export function findMethod(channel: string): MethodSpec<z.ZodType, unknown> | undefined {
  if (!(CHANNELS as readonly string[]).includes(channel)) return undefined;
  const [domain, name] = channel.split('.') as [string, string];
  return (api as unknown as Record<string, Record<string, MethodSpec<z.ZodType, unknown>>>)[domain]?.[name];
}

/** Prefix of the IPC channels, so the gate can refuse anything else by name. */
export const IPC_PREFIX = 'roadbook:';

/** The one renderer → main call outside the contract: it hands a validated URL to the OS, no service runs. */
export const OPEN_EXTERNAL_CHANNEL = `${IPC_PREFIX}openExternal`;

/** Desktop only: opens a free-play sandbox's folder in the system's file manager (the name is checked again in main). */
export const OPEN_SANDBOX_FOLDER_CHANNEL = `${IPC_PREFIX}openSandboxFolder`;

/** Desktop only: prints the current page (the roadmap's print layout) to a PDF the learner saves. */
export const EXPORT_PDF_CHANNEL = `${IPC_PREFIX}exportPdf`;

/** Main → renderer notifications (menu commands). Listed so the preload can expose them by name. */
export const MENU_COMMANDS = [
  'navigate:roadmap',
  'navigate:git',
  'navigate:exercises',
  'navigate:review',
  'navigate:progress',
  'navigate:settings',
  'theme:toggle',
  'search:open',
  'welcome:show',
  'roadmap:print',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'roadbook:menu';
