/**
 * Where progress.json is read from and written to.
 *
 * The desktop app hands in an electron-store backend; the web host, the CLI and the tests
 * use conf, the library electron-store is built on, so all of them share one file format
 * and one atomic write path (temp file + rename).
 */
import Conf from 'conf';

export interface StoreBackend {
  readonly path: string;
  read(): unknown;
  /** Writes the whole store atomically; throws when the disk refuses. */
  write(value: Record<string, unknown>): void;
}

export interface StoreBackendOptions {
  readonly dataDir: string;
  readonly name: string;
}

export type StoreBackendFactory = (options: StoreBackendOptions) => StoreBackend;

/** The options both conf and electron-store get: no dot paths, no watching, no silent clearing. */
export function confOptions({ dataDir, name }: StoreBackendOptions) {
  return {
    cwd: dataDir,
    configName: name,
    projectName: 'roadbook',
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
  } as const;
}

/** Adapts a conf-like object (conf itself or electron-store) to a backend. */
export function backendFromConf(conf: { path: string; store: Record<string, unknown> }): StoreBackend {
  return {
    path: conf.path,
    read: () => conf.store,
    write: (value) => {
      conf.store = value;
    },
  };
}

export const confBackend: StoreBackendFactory = (options) =>
  backendFromConf(new Conf<Record<string, unknown>>(confOptions(options)));

/** Keeps the store in memory only: used when the data folder cannot be opened at all. */
export function memoryBackend(storePath: string): StoreBackend {
  let value: unknown = {};
  return {
    path: storePath,
    read: () => value,
    write: (next) => {
      value = structuredClone(next);
    },
  };
}
