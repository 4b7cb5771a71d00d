import { describe, expect, it } from 'vitest';
import { locationAt, transpileModule } from '../../../electron/services/exercises/transpile';

describe('transpileModule', () => {
  it('turns a TypeScript module into CommonJS without changing line numbers', () => {
    const source = "interface Order { total: number }\n\nexport function sum(orders: Order[]): number {\n  throw new Error('line 4');\n}\n";
    const result = transpileModule(source, 'solution.ts');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).toContain('exports.sum = sum');
    expect(result.code).not.toContain('interface');
    expect(result.code.split('\n')[3]).toContain("throw new Error('line 4')");
  });

  it('points a syntax error at its line and column in the learner file', () => {
    const result = transpileModule('export function f() {\n  return 1 +;\n}\n', 'solution.js');
    expect(result).toEqual({
      ok: false,
      location: { line: 2, column: 13 },
      message: 'Syntax error in solution.js on line 2, column 13: Unexpected token.',
    });
  });

  it('refuses TypeScript syntax in a JavaScript exercise', () => {
    const result = transpileModule('export function f(x: number) { return x; }', 'solution.js');
    expect(result.ok).toBe(false);
  });
});

describe('locationAt', () => {
  it('counts lines and columns from 1', () => {
    expect(locationAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(locationAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(locationAt('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});
