/** Types for run-sql.mjs (plain JavaScript so the runner child starts without a loader). */
export function loadSqlJs(distDir: string): Promise<unknown>;
export function runSql(job: unknown, send: (message: object) => void, engine: Promise<unknown> | undefined): Promise<object>;
