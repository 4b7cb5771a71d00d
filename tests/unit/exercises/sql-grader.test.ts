import { describe, expect, it } from 'vitest';
import type { SqlResultMessage } from '../../../electron/services/exercises/child-messages';
import { gradeSqlTest } from '../../../electron/services/exercises/sql-grader';

const rows = (columns: string[], values: (string | number | null)[][], extra: Partial<SqlResultMessage> = {}): SqlResultMessage => ({
  type: 'sql-result',
  index: 0,
  columns,
  rows: values,
  truncated: false,
  ...extra,
});

describe('gradeSqlTest', () => {
  const expectTwo = { name: 'two users', expect: { columns: ['name', 'orders'], rows: [['Ada', 2], ['Linus', null]], ordered: false } };

  it('passes the same rows in any order when order does not matter, with column names in any case', () => {
    expect(gradeSqlTest(expectTwo, rows(['NAME', 'Orders'], [['Linus', null], ['Ada', 2]])).status).toBe('pass');
  });

  it('compares numbers as numbers, with a little float tolerance', () => {
    const test = { name: 'avg', expect: { columns: ['avg'], rows: [[2.33]], ordered: true } };
    expect(gradeSqlTest(test, rows(['avg'], [[7 / 3]])).status).toBe('fail');
    expect(gradeSqlTest({ ...test, expect: { ...test.expect, rows: [[7 / 3]] } }, rows(['avg'], [[2.3333333333333335]])).status).toBe('pass');
  });

  it('lists the missing and unexpected rows', () => {
    const result = gradeSqlTest(expectTwo, rows(['name', 'orders'], [['Ada', 2], ['Grace', 1]]));
    expect(result.status).toBe('fail');
    expect(result.message).toBe("Expected 2 rows, got 2 rows.\nMissing:\n  ('Linus', NULL)\nNot expected:\n  ('Grace', 1)");
  });

  it('names the columns when they differ, with a hint about AS', () => {
    const result = gradeSqlTest(expectTwo, rows(['name', 'count(*)'], [['Ada', 2]]));
    expect(result.message).toBe('Expected the columns "name", "orders", but got "name", "count(*)". Name a computed column with AS, e.g. COUNT(*) AS orders.');
  });

  it('says when ordered rows are right but out of order', () => {
    const test = { name: 'sorted', expect: { ...expectTwo.expect, ordered: true } };
    const result = gradeSqlTest(test, rows(['name', 'orders'], [['Linus', null], ['Ada', 2]]));
    expect(result.status).toBe('fail');
    expect(result.message).toMatch(/^The rows are right but not in the expected order \(check your ORDER BY\)/);
  });

  it('asks for a final SELECT when the last statement returned nothing', () => {
    expect(gradeSqlTest(expectTwo, rows([], [])).message).toBe('Your last statement returned no rows. End your SQL with the SELECT the task asks for.');
  });

  it('grades constraint checks with expectError', () => {
    const test = { name: 'unique email', run: "INSERT INTO users (email) VALUES ('a@b');", expectError: true as const };
    expect(gradeSqlTest(test, rows([], [], { error: 'UNIQUE constraint failed: users.email' })).status).toBe('pass');
    const accepted = gradeSqlTest(test, rows([], []));
    expect(accepted.status).toBe('fail');
    expect(accepted.message).toContain('the database accepted it');
  });

  it('finds text anywhere in the result with expectMatch', () => {
    const test = { name: 'uses the index', run: 'EXPLAIN QUERY PLAN SELECT 1;', expectMatch: 'USING INDEX' };
    expect(gradeSqlTest(test, rows(['id', 'detail'], [[3, 'SEARCH orders USING INDEX idx_customer (customer_id=?)']])).status).toBe('pass');
    expect(gradeSqlTest(test, rows(['id', 'detail'], [[2, 'SCAN orders']])).message).toContain('Expected a row containing "USING INDEX"');
  });

  it('reports a check that could not run as an error, with the statement', () => {
    const test = { name: 'balances', run: 'SELECT balance FROM accounts;', expect: { columns: ['balance'], rows: [[70]], ordered: true } };
    const result = gradeSqlTest(test, rows([], [], { error: 'no such table: accounts' }));
    expect(result).toMatchObject({ status: 'error', message: expect.stringContaining('no such table: accounts') });
  });
});
