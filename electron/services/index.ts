/**
 * Wires the services behind the API contract. Transports (Electron's IPC gate, the web
 * host, the CLI) call `createServices` once and hand `impl` to `createDispatcher`.
 */
import type { ApiImplementation } from '../shared/api';
import type { Roadmap, Runtime, StorageStatus } from '../shared/types';
import { loadRoadmap } from './content/roadmap-loader';
import { openProgressService } from './progress/progress-service';
import type { StoreBackendFactory } from './progress/store-backend';

export interface ServicesOptions {
  readonly runtime: Runtime;
  readonly version: string;
  readonly dataDir: string;
  readonly contentDir: string;
  readonly backendFactory: StoreBackendFactory;
  readonly log?: (message: string) => void;
}

export interface Services {
  readonly impl: ApiImplementation;
  /** The store's health, for transports that report it outside the renderer. */
  status(): StorageStatus;
  /** Flushes the store; call on quit and on SIGTERM. */
  close(): void;
}

export function createServices(options: ServicesOptions): Services {
  const progress = openProgressService({
    dataDir: options.dataDir,
    backendFactory: options.backendFactory,
    log: options.log,
  });
  let roadmap: Roadmap | undefined;

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
      roadmap: async () => (roadmap ??= loadRoadmap(options.contentDir)),
    },
    progress: {
      snapshot: async () => progress.snapshot(),
      setTopicStatus: async ({ topicId, status }) => progress.setTopicStatus(topicId, status),
      updateSettings: async (patch) => progress.updateSettings(patch),
    },
    storage: {
      status: async () => progress.status(),
      dismissNotice: async ({ noticeId }) => progress.dismissNotice(noticeId),
    },
  };
  return { impl, status: () => progress.status(), close: () => progress.close() };
}
