import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detailOf, loadExercises } from '../../../electron/services/exercises/exercise-loader';
import { makeTempDir, removeDir } from '../../helpers/temp-dir';

let content: string;
beforeEach(() => {
  content = makeTempDir();
});
afterEach(() => removeDir(content));

function write(slug: string, files: Record<string, string>): void {
  const dir = path.join(content, 'exercises', slug);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

const meta = (id: string, kind: string) =>
  `id: ${id}\ntitle: T\nkind: ${kind}\ndifficulty: beginner\ntopics: [http]\nminutes: 5\nhints: ["one"]\n`;

describe('loadExercises', () => {
  it('loads a valid exercise of each family, with editor details', () => {
    write('ts-one', { 'exercise.yaml': meta('ts-one', 'http'), 'README.md': '# T', 'starter.ts': 's', 'proof.ts': 'p', 'tests.ts': 't', 'types.d.ts': 'declare const x: 1;' });
    write('sql-one', {
      'exercise.yaml': meta('sql-one', 'sql'),
      'README.md': '# T',
      'schema.sql': 'CREATE TABLE t (x);',
      'starter.sql': 'SELECT 1;',
      'proof.sql': 'SELECT x FROM t;',
      'tests.yaml': 'tests:\n  - name: rows\n    expect: { columns: [x], rows: [] }\n',
    });
    const { exercises, problems } = loadExercises(content);
    expect(problems).toEqual([]);
    expect(detailOf(exercises.get('ts-one')!)).toMatchObject({ language: 'typescript', fileName: 'solution.ts', starter: 's', types: 'declare const x: 1;' });
    const sql = exercises.get('sql-one')!;
    expect(detailOf(sql)).toMatchObject({ language: 'sql', fileName: 'solution.sql', schema: 'CREATE TABLE t (x);' });
    expect(sql.sqlTests).toEqual([{ name: 'rows', expect: { columns: ['x'], rows: [], ordered: false } }]);
  });

  it('reports every problem by folder and leaves the broken exercise out', () => {
    write('good', { 'exercise.yaml': meta('good', 'javascript'), 'README.md': '# T', 'starter.js': 's', 'proof.js': 'p', 'tests.js': 't' });
    write('wrong-id', { 'exercise.yaml': meta('other', 'javascript'), 'README.md': '# T', 'starter.js': 's', 'proof.js': 'p', 'tests.js': 't' });
    write('no-proof', { 'exercise.yaml': meta('no-proof', 'javascript'), 'README.md': '# T', 'starter.js': 's', 'tests.js': 't' });
    write('bad-meta', { 'exercise.yaml': 'id: bad-meta\ntitle: T\nkind: cobol\n', 'README.md': '# T' });
    write('bad-sql', {
      'exercise.yaml': meta('bad-sql', 'sql'),
      'README.md': '# T',
      'schema.sql': '',
      'starter.sql': '',
      'proof.sql': '',
      'tests.yaml': 'tests:\n  - name: a\n    expectError: true\n',
    });
    const { exercises, problems } = loadExercises(content);
    expect([...exercises.keys()]).toEqual(['good']);
    expect(problems).toContain('exercises/wrong-id: exercise.yaml declares id "other" but the folder is "wrong-id"');
    expect(problems).toContain('exercises/no-proof: proof.js is missing');
    expect(problems.some((p) => p.startsWith('exercises/bad-meta: exercise.yaml kind:'))).toBe(true);
    expect(problems).toContain('exercises/bad-sql: tests.yaml tests.0: expectError and expectMatch need a `run` statement');
  });
});
