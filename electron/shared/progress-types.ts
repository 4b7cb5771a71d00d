/** Result types of the `review` and `data` domains (the progress snapshot itself is in types.ts). */
import type { ProgressSnapshot } from './types';
import type { ReviewRating } from './schemas';

export type ReviewCardKind = 'topic' | 'exercise' | 'level';
/** ts-fsrs's card states in words. */
export type ReviewCardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** A review card and where it comes from. */
export interface ReviewCardSource {
  /** `<topicId>/<cardId>`, `exercise:<id>` or `level:<id>`. */
  readonly cardId: string;
  readonly kind: ReviewCardKind;
  /** The topic, exercise or level the card belongs to. */
  readonly sourceId: string;
  /** The topic's title for topic cards; the practice item's id otherwise (the renderer may know a nicer title). */
  readonly sourceTitle: string;
  readonly q: string;
  readonly a: string;
}

export interface ReviewQueueItem extends ReviewCardSource {
  readonly phase: ReviewCardPhase;
  readonly due: string;
  /** When the card would be due next for each answer, so the buttons can say so. */
  readonly preview: Readonly<Record<ReviewRating, string>>;
}

export interface ReviewQueue {
  /** Cards to study now, in the order to show them. */
  readonly cards: readonly ReviewQueueItem[];
  readonly counts: {
    /** Every card in `cards`. */
    readonly due: number;
    /** Of those, never seen before. */
    readonly new: number;
    /** Cards enrolled (seen, or waiting as new) and not suspended. */
    readonly enrolled: number;
    readonly suspended: number;
    /** Answers given today. */
    readonly reviewedToday: number;
  };
  /** When the next card not in `cards` becomes due (for the empty state). */
  readonly nextDue: string | null;
  /** Cards the learner set aside, so they can bring them back. */
  readonly suspendedCards: readonly Pick<ReviewQueueItem, 'cardId' | 'kind' | 'sourceId' | 'sourceTitle' | 'q'>[];
}

export interface ReviewRateResult {
  readonly cardId: string;
  readonly rating: ReviewRating;
  /** When the card comes back. */
  readonly due: string;
  readonly queue: ReviewQueue;
  readonly snapshot: ProgressSnapshot;
}

export interface ReviewSuspendResult {
  readonly queue: ReviewQueue;
  readonly snapshot: ProgressSnapshot;
}

/** Added / changed / removed counts for one kind of data. */
export interface ChangeCount {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
}

export const CHANGE_CATEGORIES = [
  'topics',
  'checklist',
  'notes',
  'links',
  'customTopics',
  'levels',
  'exercises',
  'reviewCards',
  'reviewLog',
  'activityDays',
  'settings',
] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];
export type ChangeSummary = Readonly<Record<ChangeCategory, ChangeCount>>;

/** What an export file holds, counted. */
export interface ExportContents {
  readonly topics: number;
  readonly notes: number;
  readonly links: number;
  readonly customTopics: number;
  readonly levels: number;
  readonly exercises: number;
  readonly reviewCards: number;
  readonly reviewLog: number;
  readonly activityDays: number;
}

export type ImportPreview =
  | {
      readonly ok: true;
      readonly exportedAt: string;
      readonly schemaVersion: number;
      readonly contents: ExportContents;
      readonly changes: { readonly replace: ChangeSummary; readonly merge: ChangeSummary };
    }
  | { readonly ok: false; readonly reason: string };

export type ImportResult =
  | { readonly ok: true; readonly snapshot: ProgressSnapshot; readonly backup: string | null; readonly changes: ChangeSummary }
  | { readonly ok: false; readonly reason: string };

export interface ExportFile {
  readonly fileName: string;
  readonly text: string;
}

export interface SavedExport {
  /** Where the file was written, or null when the learner cancelled the dialog. */
  readonly savedTo: string | null;
}

export interface BackupInfo {
  readonly name: string;
  readonly createdAt: string;
  /** Why it was taken: startup, import, restore, reset. */
  readonly reason: string;
  readonly bytes: number;
  /** Null when the backup cannot be read. */
  readonly contents: ExportContents | null;
}

export interface DataChangeResult {
  readonly snapshot: ProgressSnapshot;
  /** The backup taken of the progress just replaced (null when none could be written). */
  readonly backup: string | null;
}
