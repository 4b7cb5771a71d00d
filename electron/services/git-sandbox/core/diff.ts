/**
 * Line diffs and git's unified format: Myers' algorithm for the edit script, hunks with three
 * lines of context, `@@ -a,b +c,d @@ <function line>` headers with git's default function
 * line rule, "\ No newline at end of file", and tree-to-tree comparison with exact renames.
 */
import { compactChanges } from './diff-compact';
import type { TreeEntry } from './objects';
import { compareBytes } from '../jail';

export type EditOp = '=' | '-' | '+';

export interface Edit {
  readonly op: EditOp;
  readonly a: number; // index in a (for '=' and '-')
  readonly b: number; // index in b (for '=' and '+')
}

/** Beyond this many differing lines a diff stops looking for the shortest script. */
const MAX_EDIT_COST = 1500;

/** The fallback for huge, very different files: everything between the common ends replaced. */
function wholesaleEdits(a: readonly string[], b: readonly string[], start: number, endA: number, endB: number): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < start; i++) edits.push({ op: '=', a: i, b: i });
  for (let i = start; i < endA; i++) edits.push({ op: '-', a: i, b: start });
  for (let j = start; j < endB; j++) edits.push({ op: '+', a: endA, b: j });
  for (let i = 0; i < a.length - endA; i++) edits.push({ op: '=', a: endA + i, b: endB + i });
  return edits;
}

/** Myers' O((N+M)D) diff; returns a shortest edit script from a to b. */
function myersEdits(a: readonly string[], b: readonly string[]): Edit[] {
  // Trim common prefix and suffix first: most edits are small.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  // trace[d] keeps only diagonals -d..d, so memory grows with D², not D × (N + M).
  const trace: Int32Array[] = [];
  let found = max === 0;
  for (let d = 0; d <= max && !found; d++) {
    if (d > MAX_EDIT_COST) return wholesaleEdits(a, b, start, endA, endB);
    trace.push(v.slice(max - d, max + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!)) x = v[max + k + 1]!;
      else x = v[max + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  const middle: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d]!;
    const at = (k: number) => vd[k + d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      middle.push({ op: '=', a: start + x, b: start + y });
    }
    if (x === prevX) {
      y--;
      middle.push({ op: '+', a: start + x, b: start + y });
    } else {
      x--;
      middle.push({ op: '-', a: start + x, b: start + y });
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    middle.push({ op: '=', a: start + x, b: start + y });
  }
  middle.reverse();
  const edits: Edit[] = [];
  for (let i = 0; i < start; i++) edits.push({ op: '=', a: i, b: i });
  // Git lists deletions before insertions inside a changed block.
  for (let i = 0; i < middle.length; ) {
    if (middle[i]!.op === '=') {
      edits.push(middle[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < middle.length && middle[j]!.op !== '=') j++;
    const block = middle.slice(i, j);
    edits.push(...block.filter((e) => e.op === '-'), ...block.filter((e) => e.op === '+'));
    i = j;
  }
  for (let i = 0; i < a.length - endA; i++) edits.push({ op: '=', a: endA + i, b: endB + i });
  return edits;
}

/**
 * The edit script git would print: Myers' result, then xdiff's change compaction (slide each
 * group of changed lines as far down as it goes, line it up with a change on the other side
 * when possible, otherwise place it with git's indent heuristic).
 */
export function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  const changedA = new Uint8Array(a.length + 2); // index i + 1 ↔ line i; 0 and n + 1 are sentinels
  const changedB = new Uint8Array(b.length + 2);
  for (const e of myersEdits(a, b)) {
    if (e.op === '-') changedA[e.a + 1] = 1;
    else if (e.op === '+') changedB[e.b + 1] = 1;
  }
  compactChanges(a, changedA, b, changedB);
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && changedA[i + 1]) {
      edits.push({ op: '-', a: i, b: j });
      i++;
    } else if (j < b.length && changedB[j + 1]) {
      edits.push({ op: '+', a: i, b: j });
      j++;
    } else {
      edits.push({ op: '=', a: i, b: j });
      i++;
      j++;
    }
  }
  return edits;
}

export interface SplitText {
  readonly lines: string[];
  readonly missingNewline: boolean;
}

export function splitLines(text: string): SplitText {
  if (text === '') return { lines: [], missingNewline: false };
  const missingNewline = !text.endsWith('\n');
  const lines = (missingNewline ? text : text.slice(0, -1)).split('\n');
  return { lines, missingNewline };
}

export function isBinary(content: Buffer): boolean {
  return content.subarray(0, 8000).includes(0);
}

/** Git's default function-name rule: the nearest earlier line starting with a letter, _ or $. */
function functionContext(lines: readonly string[], before: number): string {
  for (let i = before - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (/^[A-Za-z_$]/.test(line)) {
      const trimmed = line.replace(/\s+$/, '');
      return Buffer.from(trimmed).length > 80 ? Buffer.from(trimmed).subarray(0, 80).toString() : trimmed;
    }
  }
  return '';
}

export interface DiffCounts {
  readonly added: number;
  readonly removed: number;
}

/** The hunks of a unified diff (without file headers), plus the line counts. */
export function unifiedHunks(oldText: string, newText: string, context = 3): { text: string[]; counts: DiffCounts } {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  // Compare the last lines with their newline state so a missing newline is a change.
  const aKey = a.lines.map((l, i) => (i === a.lines.length - 1 && a.missingNewline ? `${l}\u0000nonl` : l));
  const bKey = b.lines.map((l, i) => (i === b.lines.length - 1 && b.missingNewline ? `${l}\u0000nonl` : l));
  const edits = diffLines(aKey, bKey);
  const out: string[] = [];
  let added = 0;
  let removed = 0;
  const changes = edits.map((e, i) => (e.op === '=' ? -1 : i)).filter((i) => i >= 0);
  if (changes.length === 0) return { text: out, counts: { added, removed } };
  let i = 0;
  while (i < changes.length) {
    const first = changes[i]!;
    let last = first;
    let j = i;
    while (j + 1 < changes.length && changes[j + 1]! - last <= context * 2 + 1) {
      j++;
      last = changes[j]!;
    }
    const from = Math.max(0, first - context);
    const to = Math.min(edits.length - 1, last + context);
    const slice = edits.slice(from, to + 1);
    const aStart = slice.find((e) => e.op !== '+')?.a ?? slice[0]!.a;
    const bStart = slice.find((e) => e.op !== '-')?.b ?? slice[0]!.b;
    const aCount = slice.filter((e) => e.op !== '+').length;
    const bCount = slice.filter((e) => e.op !== '-').length;
    const range = (start: number, count: number) => (count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`);
    const fn = functionContext(a.lines, aStart);
    out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@${fn ? ` ${fn}` : ''}`);
    for (const e of slice) {
      if (e.op === '=') {
        out.push(` ${a.lines[e.a]}`);
        if (e.a === a.lines.length - 1 && a.missingNewline) out.push('\\ No newline at end of file');
      } else if (e.op === '-') {
        removed++;
        out.push(`-${a.lines[e.a]}`);
        if (e.a === a.lines.length - 1 && a.missingNewline) out.push('\\ No newline at end of file');
      } else {
        added++;
        out.push(`+${b.lines[e.b]}`);
        if (e.b === b.lines.length - 1 && b.missingNewline) out.push('\\ No newline at end of file');
      }
    }
    i = j + 1;
  }
  return { text: out, counts: { added, removed } };
}

/** Added/removed line counts only (for --stat and commit summaries). */
export function countChanges(oldText: string, newText: string): DiffCounts {
  return unifiedHunks(oldText, newText, 0).counts;
}

export type ChangeKind = 'A' | 'D' | 'M' | 'R';

export interface FileChange {
  readonly kind: ChangeKind;
  readonly path: string;
  /** Source path of a rename. */
  readonly from?: string;
  readonly old?: { readonly oid: string; readonly mode: string };
  readonly new?: { readonly oid: string; readonly mode: string };
}

/** Changes between two path → entry maps, with exact-content renames detected. */
export function diffFileMaps(a: ReadonlyMap<string, { oid: string; mode: string }>, b: ReadonlyMap<string, { oid: string; mode: string }>, detectRenames = true): FileChange[] {
  const changes: FileChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path);
    const y = b.get(path);
    if (x && y) {
      if (x.oid !== y.oid || x.mode !== y.mode) changes.push({ kind: 'M', path, old: x, new: y });
    } else if (x) changes.push({ kind: 'D', path, old: x });
    else if (y) changes.push({ kind: 'A', path, new: y });
  }
  let result = changes;
  if (detectRenames) {
    const deleted = changes.filter((c) => c.kind === 'D');
    const renamed = new Set<FileChange>();
    result = [];
    for (const change of changes) {
      if (change.kind !== 'A') continue;
      const source = deleted.find((d) => !renamed.has(d) && d.old!.oid === change.new!.oid);
      if (source) {
        renamed.add(source);
        result.push({ kind: 'R', path: change.path, from: source.path, old: source.old!, new: change.new! });
      }
    }
    const renamedTargets = new Set(result.map((r) => r.path));
    for (const change of changes) {
      if (renamed.has(change) || (change.kind === 'A' && renamedTargets.has(change.path))) continue;
      result.push(change);
    }
  }
  return result.sort((x, y) => compareBytes(x.path, y.path));
}

export function treeEntriesToMap(entries: ReadonlyMap<string, TreeEntry>): ReadonlyMap<string, { oid: string; mode: string }> {
  return entries;
}
