export declare const PROJECT_ROOT: string;
export declare const ELECTRON_DIR: string;
export declare function findElectronBinary(): { path: string; reason?: undefined } | { path?: undefined; reason: string };
