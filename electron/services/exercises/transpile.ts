/**
 * Turns an exercise file (ES module, JavaScript or TypeScript) into the CommonJS body the
 * sandbox evaluates. Sucrase keeps line numbers, so runtime errors point at the learner's
 * lines; syntax errors are mapped to a 1-based line and column in the learner's file.
 */
import { transform, type Transform } from 'sucrase';
import type { SourceLocation } from '../../shared/exercises';

export type TranspileResult =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly message: string; readonly location: SourceLocation };

export function transpileModule(source: string, fileName: string): TranspileResult {
  const typescript = /\.tsx?$/.test(fileName);
  const transforms: Transform[] = typescript ? ['typescript', 'imports'] : ['imports'];
  try {
    const { code } = transform(source, { transforms, filePath: fileName, production: true, disableESTransforms: true });
    return { ok: true, code };
  } catch (error) {
    const pos = (error as { pos?: unknown }).pos;
    const location = typeof pos === 'number' ? locationAt(source, pos) : { line: 1, column: 1 };
    const reason = (error as Error).message.replace(/^Error transforming [^:]*:\s*/, '').replace(/\s*\(\d+:\d+\)\s*$/, '').replace(/\.$/, '');
    return {
      ok: false,
      location,
      message: `Syntax error in ${fileName} on line ${location.line}, column ${location.column}: ${reason}.`,
    };
  }
}

/** 1-based line and column of a character offset. */
export function locationAt(text: string, offset: number): SourceLocation {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { line, column };
}
