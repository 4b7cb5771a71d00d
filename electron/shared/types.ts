/** Domain types shared by the services and the renderer. */
import type { z } from 'zod';
import type { RESOURCE, REVIEW_CARD, SECTION } from './content-schema';
import type { ProgressStore, TopicStatus } from './schemas';

export type Resource = z.infer<typeof RESOURCE>;
export type ReviewCard = z.infer<typeof REVIEW_CARD>;

export interface Topic {
  readonly id: string;
  readonly sectionId: string;
  readonly title: string;
  readonly summary: string;
  /** Markdown, written for Roadbook. */
  readonly body: string;
  readonly checklist: readonly string[];
  readonly resources: readonly Resource[];
  readonly related: readonly string[];
  /** Spaced-repetition cards; a card's full id is `<topicId>/<cardId>`. */
  readonly cards: readonly ReviewCard[];
}

export type Section = Omit<z.infer<typeof SECTION>, 'topics'> & { readonly topicIds: readonly string[] };

export interface Roadmap {
  readonly title: string;
  readonly sections: readonly Section[];
  readonly topics: Readonly<Record<string, Topic>>;
}

export type Runtime = 'desktop' | 'web' | 'cli';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly runtime: Runtime;
  readonly platform: string;
  readonly dataDir: string;
}

/** What the renderer sees of the store: everything but the bookkeeping. */
export type ProgressSnapshot = Omit<ProgressStore, 'schemaVersion'>;

export interface StorageNotice {
  readonly id: string;
  readonly kind: 'corrupt-moved' | 'unwritable';
  readonly message: string;
  /** Where a corrupt file was moved to, when it was. */
  readonly movedTo?: string;
}

export interface StorageStatus {
  readonly dataDir: string;
  readonly storePath: string;
  /** False when changes can only be kept in memory (read-only or full disk). */
  readonly persistent: boolean;
  readonly notices: readonly StorageNotice[];
}

export type { TopicStatus };
