/**
 * Three-way merge of one file's text, producing what git writes into the work tree:
 * the same hunks (xdiff's "zealous" merge level, which merge-ort uses), the same conflict
 * markers, the same end-of-line handling. Texts are latin1 strings (one char per byte).
 */
import { diffLines, splitLines, type LineChange } from './line-diff';

export interface MergeFileInput {
  readonly base: string;
  readonly ours: string;
  readonly theirs: string;
  /** Label after `<<<<<<<`, usually `HEAD`. */
  readonly oursLabel: string;
  /** Label after `>>>>>>>`: the branch name, or `abc1234 (subject)` for picks. */
  readonly theirsLabel: string;
  readonly markerSize?: number;
}

export interface MergeFileResult {
  readonly text: string;
  readonly conflicts: number;
}

/** A merge hunk: mode 0 conflict, 1 ours changed, 2 theirs changed, 4 identical on both. */
interface MergeHunk {
  mode: number;
  i0: number;
  chg0: number;
  i1: number;
  chg1: number;
  i2: number;
  chg2: number;
}

/** Merges `ours` and `theirs` against `base` the way `git merge` does for a text file. */
export function mergeFile(input: MergeFileInput): MergeFileResult {
  if (input.ours === input.theirs) return { text: input.ours, conflicts: 0 };
  if (input.base === input.ours) return { text: input.theirs, conflicts: 0 };
  if (input.base === input.theirs) return { text: input.ours, conflicts: 0 };
  const base = splitLines(input.base);
  const ours = splitLines(input.ours);
  const theirs = splitLines(input.theirs);
  const script1 = diffLines(base, ours);
  const script2 = diffLines(base, theirs);
  if (script1.length === 0) return { text: input.theirs, conflicts: 0 };
  if (script2.length === 0) return { text: input.ours, conflicts: 0 };

  const hunks = combine(script1, script2, base.length, ours, theirs);
  refineConflicts(hunks, ours, theirs);
  const merged = simplifyNonConflicts(hunks);
  return render(merged, base, ours, theirs, input);
}

function append(list: MergeHunk[], mode: number, i0: number, chg0: number, i1: number, chg1: number, i2: number, chg2: number): void {
  const m = list[list.length - 1];
  if (m && (i1 <= m.i1 + m.chg1 || i2 <= m.i2 + m.chg2)) {
    if (mode !== m.mode) m.mode = 0;
    m.chg0 = i0 + chg0 - m.i0;
    m.chg1 = i1 + chg1 - m.i1;
    m.chg2 = i2 + chg2 - m.i2;
  } else {
    list.push({ mode, i0, chg0, i1, chg1, i2, chg2 });
  }
}

function sameLines(a: readonly string[], ai: number, b: readonly string[], bi: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (a[ai + k] !== b[bi + k]) return false;
  return true;
}

// The walk over both edit scripts from xdiff's xdl_do_merge.
function combine(s1: LineChange[], s2: LineChange[], baseLength: number, ours: readonly string[], theirs: readonly string[]): MergeHunk[] {
  const out: MergeHunk[] = [];
  let a = 0;
  let b = 0;
  while (a < s1.length && b < s2.length) {
    const x1 = s1[a]!;
    const x2 = s2[b]!;
    if (x1.i1 + x1.chg1 < x2.i1) {
      append(out, 1, x1.i1, x1.chg1, x1.i2, x1.chg2, x2.i2 - x2.i1 + x1.i1, x1.chg1);
      a++;
      continue;
    }
    if (x2.i1 + x2.chg1 < x1.i1) {
      append(out, 2, x2.i1, x2.chg1, x1.i2 - x1.i1 + x2.i1, x2.chg1, x2.i2, x2.chg2);
      b++;
      continue;
    }
    if (x1.i1 !== x2.i1 || x1.chg1 !== x2.chg1 || x1.chg2 !== x2.chg2 || !sameLines(ours, x1.i2, theirs, x2.i2, x1.chg2)) {
      const off = x1.i1 - x2.i1;
      const ffo = off + x1.chg1 - x2.chg1;
      let i0 = x1.i1;
      let i1 = x1.i2;
      let i2 = x2.i2;
      if (off > 0) {
        i0 -= off;
        i1 -= off;
      } else {
        i2 += off;
      }
      let chg0 = x1.i1 + x1.chg1 - i0;
      let chg1 = x1.i2 + x1.chg2 - i1;
      let chg2 = x2.i2 + x2.chg2 - i2;
      if (ffo < 0) {
        chg0 -= ffo;
        chg1 -= ffo;
      } else {
        chg2 += ffo;
      }
      append(out, 0, i0, chg0, i1, chg1, i2, chg2);
    }
    const end1 = x1.i1 + x1.chg1;
    const end2 = x2.i1 + x2.chg1;
    if (end1 >= end2) b++;
    if (end2 >= end1) a++;
  }
  for (; a < s1.length; a++) {
    const x1 = s1[a]!;
    append(out, 1, x1.i1, x1.chg1, x1.i2, x1.chg2, x1.i1 + theirs.length - baseLength, x1.chg1);
  }
  for (; b < s2.length; b++) {
    const x2 = s2[b]!;
    append(out, 2, x2.i1, x2.chg1, x2.i1 + ours.length - baseLength, x2.chg1, x2.i2, x2.chg2);
  }
  return out;
}

// Shrinks each conflict to the lines where the two sides really differ, splitting it where
// they agree in the middle (xdl_refine_conflicts).
function refineConflicts(hunks: MergeHunk[], ours: readonly string[], theirs: readonly string[]): void {
  for (let k = 0; k < hunks.length; k++) {
    const m = hunks[k]!;
    if (m.mode !== 0 || m.chg1 === 0 || m.chg2 === 0) continue;
    const t1 = ours.slice(m.i1, m.i1 + m.chg1);
    const t2 = theirs.slice(m.i2, m.i2 + m.chg2);
    const script = diffLines(t1, t2);
    if (script.length === 0) {
      m.mode = 4;
      continue;
    }
    const i1 = m.i1;
    const i2 = m.i2;
    const pieces = script.map((x) => ({ ...m, mode: 0, i1: x.i1 + i1, chg1: x.chg1, i2: x.i2 + i2, chg2: x.chg2 }));
    hunks.splice(k, 1, ...pieces);
    k += pieces.length - 1;
  }
}

// Two conflicts separated by three lines or fewer read better as one (xdl_simplify_non_conflicts).
function simplifyNonConflicts(hunks: MergeHunk[]): MergeHunk[] {
  const out = hunks.filter(() => true);
  let k = 0;
  while (k + 1 < out.length) {
    const m = out[k]!;
    const next = out[k + 1]!;
    const begin = m.i1 + m.chg1;
    const end = next.i1;
    if (m.mode !== 0 || next.mode !== 0 || end - begin > 3) {
      k++;
    } else {
      m.chg1 = next.i1 + next.chg1 - m.i1;
      m.chg2 = next.i2 + next.chg2 - m.i2;
      out.splice(k + 1, 1);
    }
  }
  return out;
}

// -1: cannot tell, 0: LF, 1: CRLF (xdiff's is_eol_crlf).
function eolIsCrlf(lines: readonly string[], i: number): number {
  const endsCrlf = (line: string): boolean => line.length > 1 && line.endsWith('\r\n');
  if (i < lines.length - 1) return endsCrlf(lines[i]!) ? 1 : 0;
  if (lines.length === 0) return -1;
  const last = lines[i]!;
  if (last.endsWith('\n')) return endsCrlf(last) ? 1 : 0;
  if (i === 0) return -1;
  return endsCrlf(lines[i - 1]!) ? 1 : 0;
}

function needsCr(m: MergeHunk, base: readonly string[], ours: readonly string[], theirs: readonly string[]): boolean {
  let result = eolIsCrlf(ours, m.i1 ? m.i1 - 1 : 0);
  if (result) result = eolIsCrlf(theirs, m.i2 ? m.i2 - 1 : 0);
  if (result) result = eolIsCrlf(base, 0);
  return result > 0;
}

function copyLines(lines: readonly string[], start: number, count: number, cr: boolean, addNewline: boolean): string {
  if (count < 1) return '';
  let text = lines.slice(start, start + count).join('');
  if (addNewline && !text.endsWith('\n')) text += cr ? '\r\n' : '\n';
  return text;
}

function render(hunks: MergeHunk[], base: readonly string[], ours: readonly string[], theirs: readonly string[], input: MergeFileInput): MergeFileResult {
  const size = input.markerSize ?? 7;
  const label = (ch: string, name: string): string => ch.repeat(size) + (name ? ` ${name}` : '');
  let out = '';
  let i = 0;
  let conflicts = 0;
  for (const m of hunks) {
    if (m.mode === 0) {
      conflicts++;
      const cr = needsCr(m, base, ours, theirs);
      const eol = cr ? '\r\n' : '\n';
      out += copyLines(ours, i, m.i1 - i, false, false);
      out += label('<', input.oursLabel) + eol;
      out += copyLines(ours, m.i1, m.chg1, cr, true);
      out += '='.repeat(size) + eol;
      out += copyLines(theirs, m.i2, m.chg2, cr, true);
      out += label('>', input.theirsLabel) + eol;
    } else if (m.mode & 3) {
      out += copyLines(ours, i, m.i1 - i, false, false);
      if (m.mode & 1) out += copyLines(ours, m.i1, m.chg1, needsCr(m, base, ours, theirs), (m.mode & 2) !== 0);
      if (m.mode & 2) out += copyLines(theirs, m.i2, m.chg2, false, false);
    } else {
      continue;
    }
    i = m.i1 + m.chg1;
  }
  out += copyLines(ours, i, ours.length - i, false, false);
  return { text: out, conflicts };
}
