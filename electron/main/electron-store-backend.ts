/** The desktop app's progress store backend: electron-store over the same file conf writes. */
import ElectronStore from 'electron-store';
import { backendFromConf, confOptions, type StoreBackendFactory } from '../services/progress/store-backend';

/**
 * electron-store names its file with `name` and overwrites conf's `configName` with it
 * (default "config"), so the conf options are translated rather than passed through;
 * otherwise the desktop app would write config.json instead of progress.json.
 */
export const electronStoreBackend: StoreBackendFactory = (options) => {
  const { configName, projectName: _projectName, ...rest } = confOptions(options);
  return backendFromConf(new ElectronStore<Record<string, unknown>>({ ...rest, name: configName }));
};
