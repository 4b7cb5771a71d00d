/**
 * Wires the services behind the API contract. Transports (Electron's IPC gate, the web
 * host, the CLI) call `createServices` once and hand `impl` to `createDispatcher`.
 */
import type { ApiImplementation } from '../shared/api';
import type { Roadmap, Runtime, StorageStatus } from '../shared/types';
import { loadRoadmap } from './content/roadmap-loader';
import { createExerciseService } from './exercises/exercise-service';
import { createGitViewService } from './git-view/git-view-service';
import { createLevelBackend } from './git-view/levels-adapter';
import type { RunnerHostOptions } from './exercises/runner-host';
import { createProgressDomains } from './progress/index';
import type { StoreBackendFactory } from './progress/store-backend';

export interface ServicesOptions {
  readonly runtime: Runtime;
  readonly version: string;
  readonly dataDir: string;
  readonly contentDir: string;
  readonly backendFactory: StoreBackendFactory;
  readonly log?: (message: string) => void;
  /** Desktop only: a save dialog for progress exports (data.saveExport). */
  readonly saveFile?: (suggestedName: string, text: string) => Promise<string | null>;
  /** How exercise runs are isolated; the desktop passes a utilityProcess spawner. */
  readonly exerciseRunner?: RunnerHostOptions;
}

export interface Services {
  readonly impl: ApiImplementation;
  /** The store's health, for transports that report it outside the renderer. */
  status(): StorageStatus;
  /** Flushes the store; call on quit and on SIGTERM. */
  close(): void;
}

export function createServices(options: ServicesOptions): Services {
  let roadmap: Roadmap | undefined;
  const getRoadmap = () => (roadmap ??= loadRoadmap(options.contentDir));
  const domains = createProgressDomains({
    dataDir: options.dataDir,
    contentDir: options.contentDir,
    version: options.version,
    backendFactory: options.backendFactory,
    roadmap: () => {
      try {
        return getRoadmap();
      } catch {
        return undefined;
      }
    },
    ...(options.saveFile ? { saveFile: options.saveFile } : {}),
    ...(options.log ? { log: options.log } : {}),
    // Called later, by review, once `exercises` and `gitView` below exist. Each list is optional.
    practiceTitles: async () => {
      const titles = new Map<string, string>();
      try {
        for (const exercise of exercises.list()) titles.set(`exercise:${exercise.id}`, exercise.title);
      } catch {
        // Without exercise content, exercise cards fall back to their ids.
      }
      try {
        for (const sequence of gitView.levels()) for (const level of sequence.levels) titles.set(`level:${level.id}`, level.title);
      } catch {
        // Without level content, level cards fall back to their ids.
      }
      return titles;
    },
  });
  const progress = domains.progress;
  const exercises = createExerciseService({
    contentDir: options.contentDir,
    progress: {
      snapshot: () => domains.impl.progress.snapshot({}),
      recordRun: (exerciseId, status) => domains.impl.progress.recordExerciseRun({ exerciseId, status }),
    },
    ...(options.exerciseRunner ? { runner: options.exerciseRunner } : {}),
    ...(options.log ? { log: options.log } : {}),
  });

  let levelBackend: ReturnType<typeof createLevelBackend> | undefined;
  const gitView = createGitViewService({
    dataDir: options.dataDir,
    levels: () => (levelBackend ??= createLevelBackend(options.contentDir)),
    recordLevel: (levelId, commands, par) => domains.impl.progress.recordLevel({ levelId, commands, par }),
  });

  const impl: ApiImplementation = {
    app: {
      info: async () => ({
        name: 'Roadbook',
        version: options.version,
        runtime: options.runtime,
        platform: process.platform,
        dataDir: options.dataDir,
      }),
    },
    content: {
      // Content does not change while the app runs: read and validate it once.
      roadmap: async () => getRoadmap(),
    },
    ...domains.impl,
    exercises: {
      list: async () => exercises.list(),
      get: async ({ exerciseId }) => exercises.get(exerciseId),
      run: async ({ exerciseId, code }) => exercises.run(exerciseId, code),
      proof: async ({ exerciseId }) => exercises.proof(exerciseId),
    },
    git: {
      sandboxes: async () => gitView.sandboxes(),
      createSandbox: async ({ name }) => gitView.createSandbox(name),
      renameSandbox: ({ from, to }) => gitView.renameSandbox(from, to),
      resetSandbox: ({ name }) => gitView.resetSandbox(name),
      deleteSandbox: ({ name }) => gitView.deleteSandbox(name),
      picture: ({ target }) => gitView.picture(target),
      run: ({ target, command }) => gitView.run(target, command),
      readFile: ({ target, path }) => gitView.readFile(target, path),
      writeFile: ({ target, path, content }) => gitView.writeFile(target, path, content),
      commit: ({ target, oid }) => gitView.commit(target, oid),
      answerEditor: ({ target, todo }) => gitView.answerEditor(target, todo),
      cancelEditor: ({ target }) => gitView.cancelEditor(target),
      vocabulary: async () => gitView.vocabulary(),
      levels: async () => gitView.levels(),
      openLevel: ({ levelId }) => gitView.openLevel(levelId),
      startLevel: ({ levelId }) => gitView.startLevel(levelId),
    },
    storage: {
      status: async () => progress.status(),
      dismissNotice: async ({ noticeId }) => progress.dismissNotice(noticeId),
    },
  };
  return {
    impl,
    status: () => progress.status(),
    close: () => {
      exercises.close();
      progress.close();
    },
  };
}
