/** Types for run-js.mjs (plain JavaScript so the runner child starts without a loader). */
export function messageOf(error: unknown): string;
export function runJs(job: unknown, send: (message: object) => void, catchUncaught: (onUncaught: (error: unknown) => void) => void): Promise<object>;
