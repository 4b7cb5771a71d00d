/**
 * The `progress`, `review` and `data` domains of the API, wired to one progress store.
 * electron/services/index.ts spreads these into the implementation.
 */
import type { ApiImplementation } from '../../shared/api';
import type { Roadmap } from '../../shared/types';
import { applyContentMigrations, loadContentMigrations } from './content-migrations';
import { openDataService } from './data-service';
import { openProgressService, type ProgressService } from './progress-service';
import { openReviewService, type PracticeTitle, type ReviewService } from './review-service';
import type { StoreBackendFactory } from './store-backend';

export interface ProgressDomainsOptions {
  readonly dataDir: string;
  readonly contentDir: string;
  readonly version: string;
  readonly backendFactory: StoreBackendFactory;
  /** The roadmap, or undefined when it cannot be loaded (review then shows practice cards only). */
  readonly roadmap: () => Roadmap | undefined;
  /** Titles of exercises and levels, keyed `exercise:<id>` / `level:<id>`, loaded once when review first needs them. */
  readonly practiceTitles?: () => Promise<ReadonlyMap<string, string>>;
  /** Desktop only: a save dialog for exports. */
  readonly saveFile?: (suggestedName: string, text: string) => Promise<string | null>;
  readonly log?: (message: string) => void;
  readonly now?: () => Date;
}

export interface ProgressDomains {
  readonly progress: ProgressService;
  readonly review: ReviewService;
  readonly impl: Pick<ApiImplementation, 'progress' | 'review' | 'data'>;
}

export function createProgressDomains(options: ProgressDomainsOptions): ProgressDomains {
  const log = options.log ?? (() => {});
  const progress = openProgressService({
    dataDir: options.dataDir,
    backendFactory: options.backendFactory,
    log,
    ...(options.now ? { now: options.now } : {}),
    onLoad: (store) => {
      try {
        return applyContentMigrations(store, loadContentMigrations(options.contentDir));
      } catch (error) {
        // A broken migrations file must not stop the learner's app: carry nothing over, say why.
        log(`content migrations not applied: ${(error as Error).message}`);
        return store;
      }
    },
  });
  let titles: ReadonlyMap<string, string> = new Map();
  let titlesLoaded: Promise<void> | undefined;
  const practiceTitle: PracticeTitle = (kind, id) => titles.get(`${kind}:${id}`);
  // Review cards for practice name it by title; without titles they fall back to the id.
  const withTitles = async () => {
    titlesLoaded ??= (options.practiceTitles?.() ?? Promise.resolve(new Map<string, string>())).then(
      (loaded) => {
        titles = loaded;
      },
      (error: unknown) => log(`practice titles unavailable for review cards: ${(error as Error).message}`),
    );
    await titlesLoaded;
  };
  const titled = async <T>(run: () => T): Promise<T> => {
    await withTitles();
    return run();
  };
  const review = openReviewService({ progress, roadmap: options.roadmap, practiceTitle });
  const data = openDataService({ progress, version: options.version, ...(options.saveFile ? { saveFile: options.saveFile } : {}) });

  return {
    progress,
    review,
    impl: {
      progress: {
        snapshot: async () => progress.snapshot(),
        setTopicStatus: async ({ topicId, status }) => progress.setTopicStatus(topicId, status),
        updateSettings: async (patch) => progress.updateSettings(patch),
        setChecklistItem: async ({ topicId, index, done }) => progress.setChecklistItem(topicId, index, done),
        setTopicNotes: async ({ topicId, notes }) => progress.setTopicNotes(topicId, notes),
        addTopicLink: async ({ topicId, title, url }) => progress.addTopicLink(topicId, { title, url }),
        removeTopicLink: async ({ topicId, linkId }) => progress.removeTopicLink(topicId, linkId),
        addCustomTopic: async ({ sectionId, title, summary }) => progress.addCustomTopic({ sectionId, title, summary }),
        removeCustomTopic: async ({ id }) => progress.removeCustomTopic(id),
        recordLevel: async ({ levelId, commands, par }) => progress.recordLevel(levelId, commands, par),
        saveExerciseDraft: async ({ exerciseId, code }) => progress.saveExerciseDraft(exerciseId, code),
        recordExerciseRun: async ({ exerciseId, status }) => progress.recordExerciseRun(exerciseId, status),
        recordActivity: async ({ seconds }) => progress.recordActivity(seconds),
      },
      review: {
        queue: () => titled(() => review.queue()),
        rate: ({ cardId, rating }) => titled(() => review.rate(cardId, rating)),
        suspend: ({ cardId }) => titled(() => review.suspend(cardId)),
        unsuspend: ({ cardId }) => titled(() => review.unsuspend(cardId)),
      },
      data: {
        export: async () => data.export(),
        saveExport: async () => data.saveExport(),
        previewImport: async ({ text }) => data.previewImport(text),
        import: async ({ text, mode }) => data.import(text, mode),
        backups: async () => data.backups(),
        restoreBackup: async ({ name }) => data.restoreBackup(name),
        reset: async () => data.reset(),
      },
    },
  };
}
