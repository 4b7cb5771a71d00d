/**
 * Grades SQL exercise tests (tests.yaml semantics in .plan/EXERCISES.md) from the rows the
 * runner child returned. Numbers compare as numbers (with a little float tolerance), NULL as
 * null, column names without regard to case; row order only counts when a test says so.
 */
import type { TestResult } from '../../shared/exercises';
import type { SqlResultMessage } from './child-messages';
import type { SqlTest } from './exercise-schema';

type Cell = string | number | null;
const SHOWN_ROWS = 6;

export function gradeSqlTest(test: SqlTest, result: SqlResultMessage): TestResult {
  const verdict = grade(test, result);
  return { name: test.name, status: verdict.status, ...(verdict.message ? { message: verdict.message } : {}), output: [] };
}

function grade(test: SqlTest, result: SqlResultMessage): { status: 'pass' | 'fail' | 'error'; message?: string } {
  if (test.expectError) {
    if (result.error) return { status: 'pass' };
    return { status: 'fail', message: `Expected this statement to be refused, but the database accepted it:\n${test.run}` };
  }
  if (result.error) {
    return { status: 'error', message: `The check could not run after your SQL: ${result.error}\nIt ran:\n${test.run}` };
  }
  if (test.expectMatch !== undefined) {
    const needle = test.expectMatch.toLowerCase();
    const found = result.rows.some((row) => row.some((cell) => String(cell).toLowerCase().includes(needle)));
    if (found) return { status: 'pass' };
    return { status: 'fail', message: `Expected a row containing "${test.expectMatch}", but the result was:\n${showTable(result.columns, result.rows)}` };
  }
  const expect = test.expect!;
  const source = test.run === undefined ? 'Your last statement' : 'The check';
  if (result.columns.length === 0) {
    return { status: 'fail', message: `${source} returned no rows. ${test.run === undefined ? 'End your SQL with the SELECT the task asks for.' : ''}`.trim() };
  }
  const expectedColumns = expect.columns.map((c) => c.toLowerCase());
  const actualColumns = result.columns.map((c) => c.toLowerCase());
  if (expectedColumns.join('\u0000') !== actualColumns.join('\u0000')) {
    return {
      status: 'fail',
      message: `Expected the columns ${list(expect.columns)}, but got ${list(result.columns)}.${test.run === undefined && expectedColumns.length === actualColumns.length ? ' Name a computed column with AS, e.g. COUNT(*) AS orders.' : ''}`,
    };
  }
  if (result.truncated) return { status: 'fail', message: `${source} returned far more rows than expected (${expect.rows.length}).` };
  const actual = result.rows as readonly (readonly Cell[])[];
  if (expect.ordered) {
    if (actual.length === expect.rows.length && actual.every((row, i) => sameRow(row, expect.rows[i]!))) return { status: 'pass' };
    const unorderedMatch = compareUnordered(expect.rows, actual);
    const note = unorderedMatch.missing.length === 0 && unorderedMatch.extra.length === 0 ? 'The rows are right but not in the expected order (check your ORDER BY).\n' : '';
    return { status: 'fail', message: `${note}Expected:\n${showTable(expect.columns, expect.rows)}\nGot:\n${showTable(result.columns, actual)}` };
  }
  const { missing, extra } = compareUnordered(expect.rows, actual);
  if (missing.length === 0 && extra.length === 0) return { status: 'pass' };
  const parts = [`Expected ${count(expect.rows.length)}, got ${count(actual.length)}.`];
  if (missing.length > 0) parts.push(`Missing:\n${showRows(missing)}`);
  if (extra.length > 0) parts.push(`Not expected:\n${showRows(extra)}`);
  return { status: 'fail', message: parts.join('\n') };
}

function sameCell(a: Cell, b: Cell): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

function sameRow(a: readonly Cell[], b: readonly Cell[]): boolean {
  return a.length === b.length && a.every((cell, i) => sameCell(cell, b[i]!));
}

/** Matches rows one to one, whatever their order. */
function compareUnordered(expected: readonly (readonly Cell[])[], actual: readonly (readonly Cell[])[]) {
  const unmatched = [...actual];
  const missing: (readonly Cell[])[] = [];
  for (const row of expected) {
    const at = unmatched.findIndex((candidate) => sameRow(candidate, row));
    if (at === -1) missing.push(row);
    else unmatched.splice(at, 1);
  }
  return { missing, extra: unmatched };
}

const count = (n: number) => `${n} row${n === 1 ? '' : 's'}`;
const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
const showCell = (cell: Cell) => (cell === null ? 'NULL' : typeof cell === 'string' ? `'${cell}'` : String(cell));

function showRows(rows: readonly (readonly Cell[])[]): string {
  const shown = rows.slice(0, SHOWN_ROWS).map((row) => `  (${row.map(showCell).join(', ')})`);
  if (rows.length > SHOWN_ROWS) shown.push(`  … ${rows.length - SHOWN_ROWS} more`);
  return shown.join('\n');
}

function showTable(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `  ${columns.join(' | ')}\n${rows.length === 0 ? '  (no rows)' : showRows(rows)}`;
}
