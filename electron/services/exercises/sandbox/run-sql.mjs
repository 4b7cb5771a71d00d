// @ts-check
/**
 * Runs one SQL submission: for each test a fresh sql.js database (SQLite compiled to wasm,
 * with an in-memory file system), then schema.sql, the learner's SQL and the test's own
 * statement. Only rows go back; the host grades them.
 */
import { createRequire } from 'node:module';
import { messageOf } from './run-js.mjs';

/** Loads sql.js and its wasm from node_modules/sql.js/dist. */
export function loadSqlJs(distDir) {
  const require = createRequire(import.meta.url);
  const initSqlJs = require(`${distDir}/sql-wasm.js`);
  return initSqlJs({ locateFile: (file) => `${distDir}/${file}` });
}

/**
 * @param {any} job the run-sql job from the host
 * @param {(message: object) => void} send
 * @param {Promise<any> | undefined} engine the loaded sql.js module
 */
export async function runSql(job, send, engine) {
  if (!engine) throw new Error('The SQL engine was not configured for this runner.');
  const SQL = await engine;
  for (const [index, test] of job.tests.entries()) {
    send({ type: 'test-start', index });
    const db = new SQL.Database();
    try {
      try {
        db.exec(job.schema);
      } catch (error) {
        throw new Error(`The exercise's schema.sql failed: ${messageOf(error)}`, { cause: error });
      }
      const learner = runStatements(db, job.solution, job.maxRows);
      if (learner.error) {
        // The same SQL would fail the same way for every test: report it once.
        return { sqlError: learner.error };
      }
      if (test.run === undefined) {
        send({ type: 'sql-result', index, ...learner.last });
        continue;
      }
      const after = runStatements(db, test.run, job.maxRows);
      send({ type: 'sql-result', index, ...after.last, error: after.error?.message });
    } finally {
      db.close();
    }
  }
  return {};
}

/** Runs every statement of `sql` in order; returns the last statement's columns and rows, or where it failed. */
function runStatements(db, sql, maxRows) {
  let last = { columns: [], rows: [], truncated: false };
  const iterator = db.iterateStatements(sql);
  for (;;) {
    const remaining = iterator.getRemainingSQL();
    const offset = sql.length - remaining.length + (remaining.length - remaining.trimStart().length);
    try {
      const next = iterator.next();
      if (next.done) break;
      const statement = next.value;
      const columns = statement.getColumnNames();
      const rows = [];
      let truncated = false;
      while (statement.step()) {
        if (rows.length >= maxRows) {
          truncated = true;
          break;
        }
        rows.push(statement.get().map(plainValue));
      }
      last = { columns, rows, truncated };
    } catch (error) {
      return { last, error: { message: messageOf(error), offset } };
    }
  }
  return { last };
}

function plainValue(value) {
  if (value instanceof Uint8Array) return `<blob of ${value.length} bytes>`;
  return value;
}
